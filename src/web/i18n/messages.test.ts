import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../domain/lang.js';
import type { Messages } from './catalogue.js';
import en from './messages/en.js';
import es from './messages/es.js';
import fr from './messages/fr.js';
import pt from './messages/pt.js';

const CATALOGUES: Record<Lang, Messages> = { en, es, pt, fr };

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** The arguments and tags a message uses (`{count}`, `<link>`), which every translation must keep. */
function placeholders(ast: Ast, into = new Set<string>()): Set<string> {
  for (const el of ast) {
    if ('value' in el && typeof el.value === 'string' && el.type !== 0) into.add(el.value);
    if ('options' in el) for (const option of Object.values(el.options)) placeholders(option.value, into);
    if ('children' in el) placeholders(el.children, into);
  }
  return into;
}

describe('web i18n: the message catalogues', () => {
  const keys = Object.keys(en).sort();

  it.each(LANGS)('%s has exactly the English keys, none empty', (lang) => {
    expect(Object.keys(CATALOGUES[lang]).sort()).toEqual(keys);
    expect(Object.entries(CATALOGUES[lang]).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it.each(LANGS)('every %s message is valid ICU MessageFormat and keeps the English placeholders', (lang) => {
    const problems: string[] = [];
    for (const key of keys as (keyof Messages)[]) {
      try {
        const ast = new IntlMessageFormat(CATALOGUES[lang][key], lang).getAst();
        const expected = [...placeholders(new IntlMessageFormat(en[key], 'en').getAst())].sort();
        const found = [...placeholders(ast)].sort();
        if (expected.join() !== found.join()) problems.push(`${key}: uses {${found.join(', ')}}, English uses {${expected.join(', ')}}`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('formats plurals by each language’s rules', () => {
    const format = (lang: Lang, count: number) => new IntlMessageFormat(CATALOGUES[lang]['explorer.count'], lang).format({ count });
    expect(format('en', 1)).toBe('1 pathway matches');
    expect(format('es', 3)).toBe('3 vías coinciden');
    expect(format('fr', 0)).toBe('Aucune voie ne correspond');
    expect(format('pt', 1200)).toBe('1.200 vias correspondem');
  });
});
