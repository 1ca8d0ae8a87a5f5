// The few service-worker types the worker uses. TypeScript's "WebWorker" lib cannot be combined
// with the "DOM" lib the rest of the app is checked with, so they are declared here.

export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}

export interface ServiceWorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

/** What the build writes at the top of sw.js (see sw-plugin.ts). */
export interface WorkerManifest {
  /** Changes with every build whose precached files change: names the cache. */
  version: string;
  /** The app shell, the finder's chunks and every language's messages. */
  precache: string[];
}
