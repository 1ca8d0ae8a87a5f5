/**
 * Answers computed from one catalogue snapshot, remembered while that snapshot is current: the
 * analytics are pure functions of the pathways array and the question, so a repeated question
 * (the web app's default list, a shared link) is answered without recomputing its facets. At most
 * `size` answers are kept per snapshot, the least recently used dropped first; a reload makes a
 * new array, and the old answers go with it (WeakMap).
 *
 * @example
 * const memo = snapshotMemo<PathwayList>(200);
 * memo(snapshot.pathways, JSON.stringify(query), () => search(snapshot.pathways, query));
 */
export function snapshotMemo<T>(size: number): (snapshot: object, key: string, compute: () => T) => T {
  const bySnapshot = new WeakMap<object, Map<string, T>>();
  return (snapshot, key, compute) => {
    let entries = bySnapshot.get(snapshot);
    if (!entries) bySnapshot.set(snapshot, (entries = new Map()));
    const hit = entries.get(key);
    if (hit !== undefined) {
      // Map keeps insertion order: moving a hit to the end makes the first key the least recent.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const value = compute();
    entries.set(key, value);
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
