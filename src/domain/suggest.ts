import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to a misspelt `word`, when close enough to be a plausible typo.
 *
 * @example suggest('entry_dat', ['entry_date', 'birth_date']) // 'entry_date'
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** " Did you mean 'x'?" or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const s = suggest(word, candidates);
  return s === undefined ? '' : ` Did you mean '${s}'?`;
}
