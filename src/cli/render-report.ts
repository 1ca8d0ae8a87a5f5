import { localize, type CheckReport, type Lang } from '../domain/index.js';
import type { Catalogue } from '../catalogue/index.js';

const MARK = { eligible: '✓', not_eligible: '✗', unknown: '?', closed: '–' } as const;
const WORD: Record<Lang, Record<keyof typeof MARK, string>> = {
  en: { eligible: 'eligible', not_eligible: 'not eligible', unknown: 'unknown', closed: 'closed' },
  es: { eligible: 'elegible', not_eligible: 'no elegible', unknown: 'sin determinar', closed: 'cerrada' },
  pt: { eligible: 'elegível', not_eligible: 'não elegível', unknown: 'indeterminado', closed: 'encerrada' },
  fr: { eligible: 'éligible', not_eligible: 'non éligible', unknown: 'indéterminé', closed: 'fermée' },
};

/** The readable table of `vias check`: one line per pathway, reasons indented below. */
export function renderReport(report: CheckReport, catalogue: Catalogue, lang: Lang): string {
  const names = new Map(catalogue.pathways.map((p) => [p.id, localize(p.name, lang)]));
  const width = Math.max(...Object.values(WORD[lang]).map((w) => w.length));
  const lines = [`as of ${report.as_of}`];
  for (const r of report.results) {
    lines.push(`${MARK[r.outcome]} ${WORD[lang][r.outcome].padEnd(width)}  ${r.pathway}  ${names.get(r.pathway) ?? ''}`);
    for (const c of r.criteria) {
      if (r.outcome === 'eligible') continue;
      if (c.met !== true) lines.push(`    ${c.met === null ? '?' : '✗'} ${c.label}`);
    }
    if (r.missing.length > 0) lines.push(`    → ${r.missing.join(', ')}`);
  }
  return lines.join('\n');
}
