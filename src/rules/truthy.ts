/** JsonLogic truthiness: like JavaScript's, except that an empty list is false. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return Boolean(value);
}
