import { useCallback, useState } from 'preact/hooks';
import { EMPTY_INTERVIEW, type Interview } from './interview.js';

/** What the finder shows: the next question, or the results so far. */
export type FinderView = 'question' | 'results';

export interface FinderSession {
  interview: Interview;
  view: FinderView;
  /** The date to decide on, when not today (a caseworker asking who qualified on a past day). */
  asOf: string | null;
}

const START: FinderSession = { interview: EMPTY_INTERVIEW, view: 'question', asOf: null };

/**
 * The finder's answers live in this variable of the page's memory, and nowhere else: never in
 * a request, a cookie, Web Storage, IndexedDB or the URL. Kept here rather than in the page
 * component so that a look at a pathway's page and Back find them again; gone with the tab, a
 * reload, "Start again" or "Leave this site quickly".
 */
let kept: FinderSession = START;

/** Forgets every answer (quick exit, start again). */
export function forgetSession(): void {
  kept = START;
}

/**
 * The finder's session and a setter, from memory.
 *
 * @example const [session, setSession] = useFinderSession();
 */
export function useFinderSession(): [FinderSession, (next: FinderSession) => void] {
  const [session, setState] = useState(kept);
  const set = useCallback((next: FinderSession) => {
    kept = next;
    setState(next);
  }, []);
  return [session, set];
}
