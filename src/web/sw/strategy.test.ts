import { describe, expect, it } from 'vitest';
import { isKeepMessage, strategyFor } from './strategy.js';

const origin = 'https://vias.example';
const at = (path: string, mode: RequestMode = 'cors', base = origin) => strategyFor(new URL(path, base), mode, origin);

describe('sw.strategyFor', () => {
  it('opens the app’s pages from the cached shell when the network fails', () => {
    expect(at('/es/finder', 'navigate')).toBe('shell');
    expect(at('/pt', 'navigate')).toBe('shell');
    expect(at('/', 'navigate')).toBe('shell'); // offline, the app itself picks the reader's language
    expect(at('/en/pathways/co-etpv-ppt?x=1', 'navigate')).toBe('shell');
  });

  it('leaves the API reference, downloads and other origins to the network', () => {
    expect(at('/api/docs', 'navigate')).toBe('network');
    expect(at('/api/export/pathways.csv', 'navigate')).toBe('network');
    expect(at('/de/finder', 'navigate')).toBe('network');
    expect(at('/favicon.svg', 'navigate')).toBe('network');
    expect(at('/assets/index-abc.js', 'cors', 'https://cdn.example')).toBe('network');
    expect(at('/es/finder', 'navigate', 'https://elsewhere.example')).toBe('network');
  });

  it('serves hashed assets from the cache and the finder’s data stale-while-revalidate', () => {
    expect(at('/assets/finder-abc123.js')).toBe('immutable');
    expect(at('/favicon.svg', 'no-cors')).toBe('immutable');
    expect(at('/api/finder-data?lang=es')).toBe('data');
  });

  it('never caches the other API routes, whose answers may be personal or fresh', () => {
    expect(at('/api/pathways?lang=es')).toBe('network');
    expect(at('/api/questions/next?nationalities=VE')).toBe('network');
    expect(at('/api/check')).toBe('network');
  });
});

describe('sw.isKeepMessage', () => {
  it('takes only a list of URLs to keep', () => {
    expect(isKeepMessage({ type: 'keep', urls: ['/api/finder-data?lang=es'] })).toBe(true);
    expect(isKeepMessage({ type: 'keep' })).toBe(false);
    expect(isKeepMessage('keep')).toBe(false);
    expect(isKeepMessage(null)).toBe(false);
  });
});
