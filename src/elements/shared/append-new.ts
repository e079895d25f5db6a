/**
 * The items of `page` whose id `known` does not hold, each once (a server may repeat one, or pages
 * may overlap); their ids join `known`.
 */
export const unseen = <T extends { id: string }>(known: Set<string>, page: T[]): T[] =>
  page.filter((item) => !known.has(item.id) && !!known.add(item.id));

/** `shown`, then the items of a next page it does not hold yet: each item once, by id. */
export const appendNew = <T extends { id: string }>(shown: T[], page: T[]): T[] => [
  ...shown,
  ...unseen(new Set(shown.map((item) => item.id)), page),
];
