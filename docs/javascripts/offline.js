// @ts-check
// Registers the service worker (site/sw.js, see scripts/sw.template.js) from every page, so that
// after one visit the whole handbook and every calculator work with the network off.
//
// It waits until the page has what it came for: on a calculator page, until the calculator's
// worker has downloaded the runtime and kept a copy (the service worker then takes that copy
// instead of downloading 13 MB again); elsewhere, until the page has loaded and the browser is idle.
(function () {
  if (!("serviceWorker" in navigator)) { return; }
  const root = new URL("../", /** @type {HTMLScriptElement} */ (document.currentScript || document.querySelector("script[src$='javascripts/offline.js']")).src);
  const LATEST_MS = 60000;
  let done = false;

  function register() {
    if (done) { return; }
    done = true;
    navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname }).catch(() => {
      // Offline use is a bonus: every page and calculator works online without it.
    });
  }

  if (/** @type {any} */ (window).cpcWorker) {
    // A calculator page: its worker started in the page head (overrides/main.html).
    document.addEventListener("cpc:runtime-kept", register);
    document.addEventListener("cpc:failed", register);
    setTimeout(register, LATEST_MS);
  } else {
    const idle = /** @type {any} */ (window).requestIdleCallback || ((/** @type {() => void} */ fn) => setTimeout(fn, 1000));
    const later = () => idle(register);
    if (document.readyState === "complete") { later(); } else { window.addEventListener("load", later); }
  }
})();
