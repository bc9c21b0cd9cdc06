// The service worker, bundled by write-worker.ts after Pagefind has run, with the precache list
// (content-hashed revisions) written in. Tools come from the cache first; pages are network-first
// with the cached copy as fallback; anything else the site serves is cached as it is used.
import type { PrecacheEntry } from "./precache-plan.ts";

/** Written in by the build step. */
declare const PRECACHE: PrecacheEntry[];
declare const VERSION: string;

// The DOM library describes a window; these are the few worker types this file uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: "window" }): Promise<{ url: string }[]> };
  location: Location;
}
const worker = self as unknown as WorkerScope;

const precacheName = `atlas-precache-${VERSION}`;
/** Pages and files cached as they are used; kept across updates, so what was read stays readable. */
const usedName = "atlas-used";
const precached = new Set(PRECACHE.map((entry) => entry.url));
/** How long a page may take on a poor connection before its cached copy is shown instead. */
const slowNetworkMs = 4000;

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(precacheName).then(async (cache) => {
      // Revisions that have not changed are copied from the last version's cache, not downloaded again.
      const previous = (await caches.keys()).filter(
        (name) => name.startsWith("atlas-precache-") && name !== precacheName,
      );
      await Promise.all(
        PRECACHE.map(async ({ url, revision }) => {
          for (const name of previous) {
            const old = await (await caches.open(name)).match(url);
            if (old?.headers.get("x-atlas-revision") === revision) return cache.put(url, old);
          }
          const response = await fetch(url, { cache: "reload" });
          if (!response.ok) throw new Error(`${url} answered ${response.status}`);
          return cache.put(url, await withRevision(response, revision));
        }),
      );
    }),
  );
});

/** The response with its revision in a header, so the next version can tell whether it changed. */
async function withRevision(response: Response, revision: string): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set("x-atlas-revision", revision);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith("atlas-precache-") && name !== precacheName) await caches.delete(name);
      await worker.clients.claim();
      // The page that registered the worker loaded before it: keep a copy of it too, so a guide read
      // on the first visit opens offline.
      const used = await caches.open(usedName);
      for (const client of await worker.clients.matchAll({ type: "window" })) {
        const url = new URL(client.url);
        if (url.origin !== worker.location.origin || precached.has(url.pathname)) continue;
        await fetch(url.pathname).then(
          (response) => (response.ok ? used.put(url.pathname, response) : undefined),
          () => undefined,
        );
      }
    })(),
  );
});

worker.addEventListener("message", (event) => {
  // Sent by the page when the reader chooses "Reload" on "A new version is ready".
  if ((event.data as { type?: unknown } | null)?.type === "skip-waiting") void worker.skipWaiting();
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== worker.location.origin) return;
  const path = url.pathname.endsWith("/index.html") ? url.pathname.slice(0, -"index.html".length) : url.pathname;
  if (precached.has(path)) event.respondWith(fromPrecache(path, request));
  else if (request.mode === "navigate") event.respondWith(page(path, request));
  else event.respondWith(used(path, request));
});

/** A stored tool file; the network only if the cache has lost it. */
async function fromPrecache(path: string, request: Request): Promise<Response> {
  const cached = await caches.match(path, { cacheName: precacheName });
  return cached ?? fetch(request);
}

/** A page: the network first, the copy read last time if the network fails or is slow, else the offline page. */
async function page(path: string, request: Request): Promise<Response> {
  const cache = await caches.open(usedName);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(path, response.clone());
    return response;
  });
  const cached = await cache.match(path);
  if (cached) {
    const slow = new Promise<Response>((resolve) => setTimeout(() => resolve(cached), slowNetworkMs));
    return Promise.race([network.catch(() => cached), slow]);
  }
  return network.catch(async () => (await caches.match("/offline/", { cacheName: precacheName })) ?? Response.error());
}

/**
 * Any other file: Pagefind's chunks are named by content hash, so a stored copy is always right;
 * others (term names, previews) come from the network first, then from the copy stored last time.
 */
async function used(path: string, request: Request): Promise<Response> {
  const cache = await caches.open(usedName);
  const cached = await cache.match(path);
  if (cached && path.startsWith("/pagefind/")) return cached;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(path, response.clone());
    return response;
  } catch (error) {
    if (cached) return cached;
    throw error;
  }
}
