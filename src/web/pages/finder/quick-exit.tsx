import { useEffect } from 'preact/hooks';
import { forgetSession } from '../../finder/session.js';
import { useI18n } from '../../i18n/i18n.js';

/** Where "Leave this site quickly" goes: a page anyone could be seen reading. */
export const NEUTRAL_SITE = 'https://www.google.com/';

/** Two presses of Esc within this many milliseconds leave the site. */
const DOUBLE_ESCAPE_MS = 800;

/**
 * Forgets every answer, blanks the page and replaces it in the tab's history by a neutral site,
 * so Back does not return to the finder.
 */
export function leaveQuickly(): void {
  forgetSession();
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(NEUTRAL_SITE);
}

/**
 * The "Leave this site quickly" button, always in view while the finder is open, and the same
 * with Esc pressed twice.
 */
export function QuickExit() {
  const { t } = useI18n();
  useEffect(() => {
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (e.timeStamp - last < DOUBLE_ESCAPE_MS) leaveQuickly();
      last = e.timeStamp;
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      {/* Only the button stays in view while scrolling: on a phone, the hint would cover the page. */}
      <div class="quick-exit">
        <button type="button" class="quick-exit-button" onClick={leaveQuickly} aria-describedby="quick-exit-hint">{t('finder.exit')}</button>
      </div>
      <p id="quick-exit-hint" class="hint quick-exit-hint">{t('finder.exit.hint')}</p>
    </>
  );
}
