const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * `text` with every `YYYY-MM-DD` in it written by `date` (the reader's calendar words). The
 * comparison's cells give dates as data inside their words ("2 306 810 (as of 2023-12-18)").
 *
 * @example formatDatesIn('Opened 2021-03-01', (d) => 'March 1, 2021') // 'Opened March 1, 2021'
 */
export function formatDatesIn(text: string, date: (isoDate: string) => string): string {
  return text.replace(ISO_DATE, (iso) => date(iso));
}
