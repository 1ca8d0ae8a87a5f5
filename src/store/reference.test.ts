import { expect, it } from 'vitest';
import { dataDir, readCountries } from '../catalogue/index.js';
import type { Bloc } from '../domain/index.js';
import { listBlocs, listCountries, loadReference } from './index.js';
import { describeEachBackend } from './test-backends.js';

const { countries } = readCountries(dataDir());
const name = { en: 'Test bloc', es: 'Bloque de prueba', pt: 'Bloco de teste', fr: 'Bloc de test' };
const blocs: Bloc[] = [{
  id: 'test-bloc', name: { ...name, original: { lang: 'es', text: 'Bloque de prueba' } },
  members: [{ country: 'AR', status: 'member', since: '1991-03-26', sources: ['s'] }, { country: 'CL', status: 'associate', since: null, sources: ['s'] }],
  sources: [{ id: 's', url: 'https://example.org/s', title: 'Test', publisher: 'Test', kind: 'official', date: null }],
  last_reviewed: '2026-11-28',
}];

describeEachBackend('store reference data', (getDb) => {
  it('round-trips countries and blocs, and writes nothing the second time', async () => {
    expect(await loadReference(getDb(), countries, blocs)).toBe(true);
    expect(await listCountries(getDb())).toEqual(countries);
    expect(await listBlocs(getDb())).toEqual(blocs);
    expect(await loadReference(getDb(), countries, blocs)).toBe(false);
  });
  it("lists the blocs a country belongs to, whatever its status", async () => {
    await loadReference(getDb(), countries, blocs);
    expect((await listBlocs(getDb(), 'CL')).map((b) => b.id)).toEqual(['test-bloc']);
    expect(await listBlocs(getDb(), 'US')).toEqual([]);
  });
});
