import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue, type CatalogueIssue } from './index.js';

const FIXTURES = new URL('../../test/fixtures/pathways/', import.meta.url).pathname;

/** A data directory holding the real variables and the one fixture pathway. */
function catalogueWith(fixture: string): CatalogueIssue[] {
  const dir = mkdtempSync(join(tmpdir(), 'vias-catalogue-'));
  mkdirSync(join(dir, 'data', 'pathways', 'test'), { recursive: true });
  cpSync(join(dataDir(), 'variables.yaml'), join(dir, 'data', 'variables.yaml'));
  cpSync(join(FIXTURES, fixture), join(dir, 'data', 'pathways', 'test', fixture));
  return readCatalogue(join(dir, 'data')).issues;
}

describe('catalogue.readCatalogue', () => {
  it('accepts the bundled catalogue without a single issue', () => {
    const { catalogue, issues } = readCatalogue(dataDir());
    expect(issues).toEqual([]);
    expect(catalogue.pathways.length).toBeGreaterThan(0);
  });

  it('accepts the minimal valid fixture (so each broken one fails for its own mistake)', () => {
    expect(catalogueWith('valid-minimal.yaml')).toEqual([]);
  });

  it.each([
    ['unknown-variable.yaml', 43, /criterion 'entered-before-cutoff' of pathway 'unknown-variable' uses variable 'entry_dat'.*Did you mean 'entry_date'\?/],
    ['unknown-operation.yaml', 39, /criterion 'venezuelan' of pathway 'unknown-operation': unknown operation 'overlaps'/],
    ['missing-source.yaml', 16, /cites source 'decre'.*Did you mean 'decree'\?/],
    ['bad-date.yaml', 34, /must be a real date written YYYY-MM-DD/],
    ['bad-country.yaml', 14, /ISO 3166-1 alpha-2/],
    ['unsourced-fact.yaml', 16, /a known value must cite at least one source/],
    ['missing-translation.yaml', 10, /summary\.fr|is required/],
    ['misspelt-field.yaml', 10, /unknown field 'sumary'\. Did you mean 'summary'\?/],
    ['overlapping-versions.yaml', 45, /overlaps eligibility version 0/],
    ['wrong-file-name.yaml', 2, /rename it to some-other-id\.yaml/],
    ['yaml-syntax.yaml', null, /YAML syntax/],
  ] as const)('rejects %s at line %s, naming the fix', (fixture, line, message) => {
    const issues = catalogueWith(fixture);
    expect(issues.length).toBeGreaterThan(0);
    const issue = issues.find((i) => message.test(i.message) || message.test(`${i.path} ${i.message}`));
    expect(issue, JSON.stringify(issues, null, 1)).toBeDefined();
    expect(issue?.file).toBe(`data/pathways/test/${fixture}`);
    if (line !== null) expect(issue?.line).toBe(line);
  });
});
