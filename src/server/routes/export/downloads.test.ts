import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../catalogue/index.js';
import { datasetVersion } from './dataset-version.js';
import { fileCache, type BuiltFile } from './downloads.js';

const built = (name: string): BuiltFile => ({ bytes: new TextEncoder().encode(name), contentType: 'text/plain', filename: name, etag: `W/"${name}"` });

describe('export.fileCache', () => {
  it('builds a file once, however many ask for it, even at the same time', async () => {
    const cache = fileCache(4);
    let builds = 0;
    const build = () => { builds += 1; return built('a'); };
    const [first, second] = await Promise.all([cache('a', build), cache('a', build)]);
    expect(await cache('a', build)).toBe(first);
    expect(second).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps the most recently served files and builds again one it dropped', async () => {
    const cache = fileCache(2);
    const builds: string[] = [];
    const get = (key: string) => cache(key, () => { builds.push(key); return built(key); });
    await get('a');
    await get('b');
    await get('a'); // a is now the most recent
    await get('c'); // drops b
    await get('a');
    await get('b');
    expect(builds).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a failed build', async () => {
    const cache = fileCache(2);
    await expect(cache('a', () => { throw new Error('the store is down'); })).rejects.toThrow('the store is down');
    expect((await cache('a', () => built('a'))).filename).toBe('a');
  });
});

describe('export.datasetVersion', () => {
  it('is the newest release of data/CHANGELOG.md, and unversioned without one', () => {
    expect(datasetVersion(dataDir())).toMatch(/^\d+\.\d+\.\d+$/);
    expect(datasetVersion('/nonexistent')).toBe('unversioned');
  });
});
