/** `shown`, then the items of a next page it does not hold yet (by id): pages that overlap show each item once. */
export function appendNew<T extends { id: string }>(shown: T[], page: T[]): T[] {
  const known = new Set(shown.map((item) => item.id));
  return [...shown, ...page.filter((item) => !known.has(item.id))];
}
