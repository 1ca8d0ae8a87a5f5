// The service worker (built to /sw.js, scope /): the finder works offline once visited. It never
// sees an answer: the finder sends none. See strategy.ts for what it does with each request.
import { CACHE_PREFIX, FINDER_DATA_PATH, isKeepMessage, SHELL_KEY, strategyFor } from './strategy.js';
import type { ServiceWorkerScope, WorkerManifest } from './worker-types.js';

declare const VIAS_SW: WorkerManifest;
const worker = self as unknown as ServiceWorkerScope;
const CACHE = `${CACHE_PREFIX}${VIAS_SW.version}`;

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function staleWhileRevalidate(request: Request, waitUntil: (p: Promise<unknown>) => void): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  const fresh = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  if (!cached) return fresh;
  waitUntil(fresh.catch(() => undefined)); // offline: the cached copy stands
  return cached;
}

async function networkThenShell(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match(SHELL_KEY, { cacheName: CACHE });
    if (shell) return shell;
    throw error;
  }
}

worker.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(VIAS_SW.precache)).then(() => worker.skipWaiting()));
});

// A new build's cache takes over the finder's data of the old ones, then the old caches go.
worker.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const name of await caches.keys()) {
      if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
      const old = await caches.open(name);
      for (const request of await old.keys()) {
        if (new URL(request.url).pathname === FINDER_DATA_PATH && !(await cache.match(request))) {
          const response = await old.match(request);
          if (response) await cache.put(request, response);
        }
      }
      await caches.delete(name);
    }
    await worker.clients.claim();
  })());
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  switch (strategyFor(new URL(request.url), request.mode, worker.location.origin)) {
    case 'shell': return event.respondWith(networkThenShell(request));
    case 'immutable': return event.respondWith(cacheFirst(request));
    case 'data': return event.respondWith(staleWhileRevalidate(request, (p) => event.waitUntil(p)));
    default: return undefined;
  }
});

// The page asks to keep what it loaded before this worker controlled it (the finder's data).
worker.addEventListener('message', (event) => {
  if (!isKeepMessage(event.data)) return;
  const urls = event.data.urls.filter((u) => strategyFor(new URL(u, worker.location.origin), 'cors', worker.location.origin) !== 'network');
  event.waitUntil(Promise.all(urls.map(async (url) => {
    const cache = await caches.open(CACHE);
    if (await cache.match(url, { ignoreVary: true })) return;
    const response = await fetch(url);
    if (response.ok) await cache.put(url, response);
  })).catch(() => undefined));
});
