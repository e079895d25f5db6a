/**
 * `messages` with `prefix` put before each key: a catalog module writes its keys without the part
 * they all share (`log.`), which the bundle would otherwise carry once per message.
 */
export function prefixed<Prefix extends string, Messages extends Record<string, string>>(
  prefix: Prefix,
  messages: Messages,
): { [Key in keyof Messages & string as `${Prefix}${Key}`]: Messages[Key] } {
  const result: Record<string, string> = {};
  for (const key in messages) result[prefix + key] = messages[key];
  return result as { [Key in keyof Messages & string as `${Prefix}${Key}`]: Messages[Key] };
}
