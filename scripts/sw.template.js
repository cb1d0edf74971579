// Service worker for the calculators, written into site/sw.js at build time by
// scripts/mkdocs_runtime.py (the version and the precache list are filled in then).
// It precaches the calculator pages and the Pyodide runtime, so that after one visit the
// calculators open from the cache and work with the network off. It never contacts any other
// origin.
const VERSION = "__VERSION__";
const CACHE = `cpc-calculators-${VERSION}`;
const PRECACHE = __PRECACHE__;
const BASE = new URL("./", self.location);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, BASE).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith("cpc-calculators-") && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// Precached files come from the cache (a calculator link's ?query is ignored for the match);
// anything else goes to the network, falling back to the cache when offline.
self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) { return; }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) { return cached; }
    try {
      return await fetch(request);
    } catch (error) {
      return (await caches.match(request, { ignoreSearch: true })) || Response.error();
    }
  })());
});
