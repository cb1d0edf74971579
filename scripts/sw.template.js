// @ts-check
/// <reference lib="webworker" />
// The service worker: keeps the whole site and the calculators' runtime so that, after one visit
// to any page, every page and every calculator works with the network off. Written into
// site/sw.js at build time by scripts/mkdocs_runtime.py, which fills in the lists below.
//
// Two kinds of file, two rules:
// - IMMUTABLE files have names that change whenever their bytes do (the Pyodide folder named for
//   its version, the wheel named for the rules version, Material's hashed bundles). A kept copy is
//   never stale, so they come from the cache first, and each is downloaded once.
// - FRESH files (pages, runtime.json, the site's own scripts and styles) keep their names across
//   builds. They come from the network first, bypassing the browser's HTTP cache (a server that
//   sends no cache headers lets the browser reuse a stale copy), and from the cache only when the
//   network fails or is too slow. So a returning user online always gets the current build.
// It never contacts any other origin.
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const BUILD = __BUILD__;
const IMMUTABLE = __IMMUTABLE__;
const FRESH = __FRESH__;
const PAGES = `cpc-pages-${BUILD}`;
const RUNTIME = "cpc-runtime"; // shared with the calculators' worker, which fills it as it loads
const NETWORK_TIMEOUT_MS = 4000;
const BASE = new URL("./", sw.location.href);
const absolute = (/** @type {string} */ path) => new URL(path, BASE).href;
const IMMUTABLE_URLS = new Set(IMMUTABLE.map(absolute));

sw.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const runtime = await caches.open(RUNTIME);
    // The worker may already have kept the runtime files while the page loaded: never again.
    for (const url of IMMUTABLE_URLS) {
      if (!(await runtime.match(url))) {
        await keep(runtime, new Request(url, { cache: "force-cache" }));
      }
    }
    const pages = await caches.open(PAGES);
    // "no-cache": ask the server (a cheap 304 when unchanged), never take the HTTP cache's word.
    await Promise.all(FRESH.map((path) => keep(pages, new Request(absolute(path), { cache: "no-cache" }))));
    await sw.skipWaiting();
  })());
});

/** Fetch a request and keep the answer; a failure fails the install, which the browser retries. */
async function keep(/** @type {Cache} */ cache, /** @type {Request} */ request) {
  const response = await fetch(request);
  if (!response.ok) { throw new Error(`${request.url}: ${response.status}`); }
  await cache.put(request.url, response);
}

sw.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith("cpc-") && key !== PAGES && key !== RUNTIME) { await caches.delete(key); }
    }
    const runtime = await caches.open(RUNTIME);
    for (const request of await runtime.keys()) {
      if (!IMMUTABLE_URLS.has(request.url)) { await runtime.delete(request); }
    }
    await sw.clients.claim();
  })());
});

sw.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== sw.location.origin) { return; }
  url.hash = "";
  if (IMMUTABLE_URLS.has(url.href)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});

async function cacheFirst(/** @type {Request} */ request) {
  const cache = await caches.open(RUNTIME);
  const kept = await cache.match(request.url);
  if (kept) { return kept; }
  const response = await fetch(request);
  if (response.ok) { await cache.put(request.url, response.clone()); }
  return response;
}

async function networkFirst(/** @type {Request} */ request) {
  // A navigation's Request cannot be copied with new options: ask for its URL instead.
  const fresh = request.mode === "navigate"
    ? new Request(request.url, { cache: "no-cache", credentials: "same-origin" })
    : new Request(request, { cache: "no-cache" });
  try {
    const response = await withTimeout(fetch(fresh), NETWORK_TIMEOUT_MS);
    // A page may not be answered with a followed redirect: send the browser there itself.
    return response.redirected && request.mode === "navigate" ? Response.redirect(response.url) : response;
  } catch {
    // Offline or too slow: this build's kept copy. A calculator link's ?query is not part of the page.
    const kept = await caches.match(request, { ignoreSearch: true });
    return kept || offlineAnswer(request);
  }
}

/** @template T @param {Promise<T>} promise @param {number} ms @returns {Promise<T>} */
function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}

function offlineAnswer(/** @type {Request} */ request) {
  if (request.mode !== "navigate") { return Response.error(); }
  const body = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Offline</title>" +
    "<h1>You are offline</h1><p>This page has not been kept on this device yet. Connect to the " +
    "network and try again.</p></html>";
  return new Response(body, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
