/**
 * The third truth value: the answer depends on a variable the profile does not have. It flows
 * through operations (Kleene logic) and never leaks out of `evaluate` as a JSON value.
 */
export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

export function isUnknown(value: unknown): value is Unknown {
  return value === UNKNOWN;
}

/** True when the value, or an element of it when it is a list, is unknown. */
export function containsUnknown(value: unknown): boolean {
  return value === UNKNOWN || (Array.isArray(value) && value.some((v) => v === UNKNOWN));
}
