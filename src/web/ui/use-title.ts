import { useEffect } from 'preact/hooks';

/** Sets the document title to "`title` — Vías" while the page is shown (WCAG 2.4.2). */
export function useTitle(title: string): void {
  useEffect(() => { document.title = `${title} — Vías`; }, [title]);
}
