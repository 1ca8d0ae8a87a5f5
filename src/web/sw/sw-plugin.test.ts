import { describe, expect, it } from 'vitest';
import { fnv1a, precacheList } from './sw-plugin.js';

const chunk = (fileName: string, over: Partial<{ name: string; isEntry: boolean; facadeModuleId: string | null; imports: string[]; css: string[] }> = {}) => ({
  type: 'chunk' as const, fileName, name: over.name ?? fileName, isEntry: over.isEntry ?? false, facadeModuleId: over.facadeModuleId ?? null,
  imports: over.imports ?? [], moduleIds: [], code: '', viteMetadata: { importedCss: new Set(over.css ?? []), importedAssets: new Set<string>() },
});

const bundle = [
  chunk('assets/index-1.js', { name: 'index', isEntry: true, imports: ['assets/preact-2.js'], css: ['assets/index-3.css'] }),
  chunk('assets/preact-2.js'),
  chunk('assets/finder-4.js', { facadeModuleId: '/src/web/pages/finder/finder.tsx', imports: ['assets/preact-2.js', 'assets/dates-5.js'] }),
  chunk('assets/dates-5.js'),
  chunk('assets/map-6.js', { facadeModuleId: '/src/web/pages/map/map.tsx' }),
  chunk('assets/es-7.js', { facadeModuleId: '/src/web/i18n/messages/es.ts' }),
  chunk('sw.js', { name: 'sw', isEntry: true }),
  { type: 'asset' as const, fileName: 'index.html' },
];

describe('sw.precacheList', () => {
  it('keeps the shell, the finder with its imports and the messages, not the other pages nor the worker', () => {
    expect(precacheList(bundle, /\/pages\/finder\/finder\.tsx$/)).toEqual([
      '/index.html', '/favicon.svg',
      '/assets/dates-5.js', '/assets/es-7.js', '/assets/finder-4.js', '/assets/index-1.js', '/assets/index-3.css', '/assets/preact-2.js',
    ]);
  });

  it('refuses a build without the finder', () => {
    expect(() => precacheList(bundle, /\/pages\/nowhere\.tsx$/)).toThrow(/would not keep the finder/);
  });
});

describe('sw.fnv1a', () => {
  it('names a cache by its content: the same list, the same name; another, another', () => {
    expect(fnv1a('a\nb')).toBe(fnv1a('a\nb'));
    expect(fnv1a('a\nb')).not.toBe(fnv1a('a\nc'));
    expect(fnv1a('')).toMatch(/^[0-9a-f]{8}$/);
  });
});
