import { useEffect, useState } from 'preact/hooks';

/**
 * `value`, once it has stayed the same for `ms` milliseconds: while a slider is dragged, the page
 * follows at once but asks the API only where it comes to rest.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
