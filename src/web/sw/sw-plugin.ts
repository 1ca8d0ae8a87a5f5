import type { Plugin } from 'vite';
import type { WorkerManifest } from './worker-types.js';

/** The bundle's outputs as the plugin reads them (Rolldown's OutputChunk, the fields used here). */
interface Chunk {
  type: 'chunk';
  name: string;
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  moduleIds: string[];
  code: string;
  viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
}
type Output = Chunk | { type: 'asset'; fileName: string };

/** FNV-1a of `text`, as 8 hex digits: a cache name that changes when the precached files do. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `chunk`'s file, its CSS and assets, and those of every chunk it imports statically. */
function closure(chunk: Chunk, byFile: ReadonlyMap<string, Chunk>, into: Set<string>): void {
  if (into.has(`/${chunk.fileName}`)) return;
  into.add(`/${chunk.fileName}`);
  for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(`/${css}`);
  for (const asset of chunk.viteMetadata?.importedAssets ?? []) into.add(`/${asset}`);
  for (const file of chunk.imports) {
    const imported = byFile.get(file);
    if (imported) closure(imported, byFile, into);
  }
}

/**
 * The files the service worker keeps at install: index.html, the favicon, the entry with its imports and CSS,
 * the finder page's chunk with its imports, and every language's messages.
 */
export function precacheList(outputs: readonly Output[], finderModule: RegExp): string[] {
  const chunks = outputs.filter((o): o is Chunk => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files = new Set<string>();
  const roots = chunks.filter((c) => (c.isEntry && c.name !== 'sw')
    || (c.facadeModuleId !== null && (finderModule.test(c.facadeModuleId) || /\/i18n\/messages\/[a-z]{2}\.ts$/.test(c.facadeModuleId))));
  if (!roots.some((c) => c.facadeModuleId !== null && finderModule.test(c.facadeModuleId))) throw new Error(`no chunk of the build matches ${String(finderModule)}: the service worker would not keep the finder`);
  for (const chunk of roots) closure(chunk, byFile, files);
  // index.html is in the bundle; the favicon is copied from public/ as it is.
  return ['/index.html', '/favicon.svg', ...[...files].sort()];
}

/**
 * Builds `/sw.js` from the `sw` entry of the build: writes at its top the list of files to keep
 * and a version derived from their (hashed) names, so each release gets a fresh cache and the
 * old ones are removed. Fails the build when the worker would import a chunk (a service worker
 * registered as a classic script cannot), or when `forbidden` modules (zod…) reach the browser.
 *
 * @example plugins: [serviceWorker({ finderModule: /\/pages\/finder\/finder\.tsx$/, forbidden: [/\/node_modules\/zod\//] })]
 */
export function serviceWorker({ finderModule, forbidden = [] }: { finderModule: RegExp; forbidden?: RegExp[] }): Plugin {
  return {
    name: 'vias-service-worker',
    apply: 'build',
    // After Vite has written index.html and the CSS into the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const outputs = Object.values(bundle) as unknown as Output[];
      for (const chunk of outputs) {
        if (chunk.type !== 'chunk') continue;
        const banned = chunk.moduleIds.find((id) => forbidden.some((f) => f.test(id)));
        if (banned) this.error(`${chunk.fileName} bundles ${banned}: the web app must not ship it (see src/web/vite.config.ts, treeshake)`);
      }
      const sw = outputs.find((o): o is Chunk => o.type === 'chunk' && o.isEntry && o.name === 'sw');
      if (!sw) return this.error('the build has no `sw` entry (src/web/sw/sw.ts)');
      if (sw.imports.length > 0) this.error(`sw.js imports ${sw.imports.join(', ')}: the service worker must share no module with the app`);
      const precache = precacheList(outputs, finderModule);
      const manifest: WorkerManifest = { version: fnv1a(precache.join('\n')), precache };
      sw.code = `const VIAS_SW=${JSON.stringify(manifest)};\n${sw.code}`;
    },
  };
}
