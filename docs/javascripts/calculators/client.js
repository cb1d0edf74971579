// @ts-check
// The page's side of the calculators' worker. One worker for the whole visit: Material's instant
// navigation keeps this module alive, so the warm interpreter survives moving between pages.
//
// It also makes sure no answer from superseded rules goes unmarked: when the server publishes a
// new build while a page is open (or the page was opened from an old kept copy), the worker is
// replaced by one with the new rules and listeners of "cpc:rules-changed" recalculate.

/** @typedef {{code: string, detail: string}} Failure */
/** @typedef {{runtime: any, version: string, built: string, timings: Record<string, number>}} Ready */

/** How long a start may take before the page says it failed (a slow first download included). */
const START_TIMEOUT_MS = 60000;
const RUNTIME_JSON = new URL("../../assets/runtime/runtime.json", import.meta.url);

/** A start or calculation that failed; `failure.code` says which step. */
export class CalculatorFailure extends Error {
  /** @param {Failure} failure */
  constructor(failure) {
    super(failure.detail);
    this.failure = failure;
  }
}

/** @type {Worker | null} */
let worker = null;
let nextId = 1;
/** @type {Map<number, {resolve: (value: any) => void, reject: (error: Error) => void}>} */
const pending = new Map();
/** @type {Promise<Ready> | null} */
let ready = null;

function startWorker() {
  // A calculator page starts the worker from an inline script as it loads (overrides/main.html);
  // adopt that one rather than start a second.
  const win = /** @type {any} */ (window);
  const current = win.cpcWorker || new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  win.cpcWorker = current;
  current.onmessage = (/** @type {MessageEvent} */ event) => {
    if (event.data.kept) { document.dispatchEvent(new CustomEvent("cpc:runtime-kept")); return; }
    const { id, ok, response, failure } = event.data;
    const waiting = pending.get(id);
    if (!waiting) { return; }
    pending.delete(id);
    if (ok) { waiting.resolve(response); } else { waiting.reject(new CalculatorFailure(failure)); }
  };
  // A worker script that cannot load at all (missing, wrong type, a syntax error) ends here,
  // or, when it failed before this module loaded, the page head's script noted it.
  const broken = (/** @type {string} */ message) => {
    workerFailure = { code: "worker", detail: message || "the calculators' worker script could not be loaded" };
    failAll(workerFailure);
  };
  current.onerror = (/** @type {ErrorEvent} */ event) => {
    event.preventDefault();
    broken(event.message);
  };
  if (current.cpcFailed) { broken(current.cpcFailed === "failed" ? "" : current.cpcFailed); }
  return current;
}

/** @type {Failure | null} set once the worker script itself could not load */
let workerFailure = null;

/** @param {Failure} failure */
function failAll(failure) {
  for (const waiting of pending.values()) { waiting.reject(new CalculatorFailure(failure)); }
  pending.clear();
}

/** @param {unknown} request @returns {Promise<any>} */
function send(request) {
  if (!worker) { worker = startWorker(); }
  const id = nextId++;
  const target = worker;
  return new Promise((resolve, reject) => {
    if (workerFailure) { reject(new CalculatorFailure(workerFailure)); return; }
    pending.set(id, { resolve, reject });
    target.postMessage({ id, request });
  });
}

/** Resolves once Python and the calculators are loaded; rejects with a CalculatorFailure. */
export function whenReady() {
  if (!ready) {
    const win = /** @type {any} */ (window);
    const limit = win.cpcStartTimeoutMs || START_TIMEOUT_MS; // tests shorten it
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new CalculatorFailure({
        code: "timeout", detail: `no answer from the calculator after ${Math.round(limit / 1000)} seconds`,
      })), limit);
    });
    ready = /** @type {Promise<Ready>} */ (Promise.race([send("ready"), timeout])).then((response) => {
      clearTimeout(timer);
      performance.mark("cpc:ready");
      document.dispatchEvent(new CustomEvent("cpc:ready", { detail: response }));
      return response;
    }, (error) => {
      clearTimeout(timer);
      document.dispatchEvent(new CustomEvent("cpc:failed", { detail: error.failure }));
      throw error;
    });
  }
  return ready;
}

/** {name, payload, want?, stamp?, ask?} -> {result, text?, ics?, answer?, explanation?} */
export function calculate(/** @type {unknown} */ request) {
  return whenReady().then(() => send(request));
}

/** The rules version the server publishes now, or null when it cannot be asked (offline). */
export async function publishedVersion() {
  try {
    const response = await fetch(RUNTIME_JSON, { cache: "no-cache" });
    return response.ok ? (await response.json()).rules_version : null;
  } catch {
    return null;
  }
}

/**
 * When the server publishes rules newer than the worker's, start a worker with them and tell
 * the page ("cpc:rules-changed", whose detail is the new Ready), so it can mark what it shows as
 * superseded and recalculate. Checked after the first answer, and whenever the page is shown again.
 */
async function checkForNewRules() {
  if (!ready) { return; }
  let loaded;
  try { loaded = await ready; } catch { return; }
  const published = await publishedVersion();
  if (!published || published === loaded.version) { return; }
  document.dispatchEvent(new CustomEvent("cpc:rules-superseded", { detail: { old: loaded.version, published } }));
  if (worker) { worker.terminate(); }
  failAll({ code: "superseded", detail: "the rules changed while this was being worked out" });
  /** @type {any} */ (window).cpcWorker = null;
  workerFailure = null;
  worker = startWorker();
  ready = null;
  const fresh = await whenReady();
  document.dispatchEvent(new CustomEvent("cpc:rules-changed", { detail: fresh }));
}

let watching = false;
/** Start watching for newer rules (once per visit). */
export function watchForNewRules() {
  if (watching) { return; }
  watching = true;
  checkForNewRules();
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") { checkForNewRules(); }
  });
  window.addEventListener("online", () => { checkForNewRules(); });
}
