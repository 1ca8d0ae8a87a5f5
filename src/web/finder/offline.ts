import type { KeepMessage } from '../sw/strategy.js';

/**
 * Installs the service worker (/sw.js) once the finder has its data, and asks it to keep `urls`
 * (the data, fetched before the worker could see it), so the finder opens and runs offline
 * from then on. Only in a production build served over HTTP(S) by `vias serve`.
 */
export function keepForOffline(urls: string[]): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(
    () => navigator.serviceWorker.ready.then((registration) => {
      const message: KeepMessage = { type: 'keep', urls };
      registration.active?.postMessage(message);
    }),
    (error: unknown) => console.error('the finder could not be made available offline', error),
  );
}
