// @ts-check
// The calculators' Python runs here, in a module worker, so the page never freezes. It loads the
// self-hosted Pyodide, unpacks the calculators wheel and answers requests {id, request} with
// {id, ok, response} (see calculators/web.py for the request's shape).
//
// A start that fails answers every request with {ok: false, failure: {code, detail}}: a code the
// page turns into plain words (failure.js), and a short technical detail for whoever runs the
// site. Nothing from Python's tracebacks or JavaScript's stacks ever reaches the page.

const RUNTIME = new URL("../../assets/runtime/", import.meta.url);
// The cache the service worker keeps the runtime in (scripts/sw.template.js): every runtime file
// this worker downloads is kept there too, so that a first visit downloads each file only once.
const RUNTIME_CACHE = "cpc-runtime";

/** A start failure: `code` says which step failed, `detail` what the browser said. */
class StartFailure extends Error {
  /** @param {string} code @param {string} detail */
  constructor(code, detail) {
    super(detail);
    this.code = code;
    this.detail = detail;
  }
}

/** @type {Record<string, number>} How long each step took (ms), for scripts/bench-browser. */
const timings = {};
/** @type {Promise<unknown>[]} */
const keeping = [];

/** @template T @param {string} name @param {Promise<T>} promise @returns {Promise<T>} */
async function timed(name, promise) {
  const start = performance.now();
  const value = await promise;
  timings[name] = performance.now() - start;
  return value;
}

/** A runtime file, or a StartFailure naming it. @param {URL} url @param {string} code @param {RequestInit} [init] */
async function download(url, code, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new StartFailure(code, `${url.pathname} could not be downloaded (${describe(error)})`);
  }
  if (!response.ok) {
    throw new StartFailure(code, `${url.pathname} answered ${response.status} ${response.statusText}`.trim());
  }
  return response;
}

/** Keep a copy of a downloaded runtime file for the service worker, without waiting for it. */
function keep(/** @type {URL} */ url, /** @type {Response} */ response) {
  if (!self.caches) { return; } // not a secure origin: no offline copy, nothing else changes
  keeping.push(caches.open(RUNTIME_CACHE).then((cache) => cache.put(url, response)).catch(/** @returns {undefined} */ () => undefined));
}

// Pyodide fetches its own files: watch those fetches, keep a copy of each, and stop at the first
// bad answer. (Pyodide itself only logs a warning when its .wasm is missing or sent with the
// wrong type, and then never finishes loading.)
/** @type {(failure: StartFailure) => void} */
let reportFault = () => undefined;
/** @type {Promise<never>} */
const fault = new Promise((_, reject) => { reportFault = reject; });
const pageFetch = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const response = await pageFetch(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input), self.location.href);
  if (url.pathname.startsWith(`${RUNTIME.pathname}pyodide/`)) {
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      reportFault(new StartFailure("pyodide", `${url.pathname} answered ${response.status} ${response.statusText}`.trim()));
    } else if (url.pathname.endsWith(".wasm") && !type.startsWith("application/wasm")) {
      reportFault(new StartFailure("pyodide", `${url.pathname} was sent as "${type || "no type"}", not application/wasm`));
    } else {
      keep(url, response.clone());
    }
  }
  return response;
};

async function start() {
  // runtime.json names this build's files: always the server's current copy.
  const runtime = await timed("runtime", download(new URL("runtime.json", RUNTIME), "runtime", { cache: "no-cache" })
    .then((response) => response.json())
    .catch((error) => { throw error instanceof StartFailure ? error : new StartFailure("runtime", describe(error)); }));
  const pyodideURL = new URL(runtime.pyodide, RUNTIME);
  const wheelURL = new URL(runtime.wheel, RUNTIME);
  // The wheel downloads while Pyodide boots; both come from this site.
  const wheel = download(wheelURL, "wheel").then(async (response) => {
    keep(wheelURL, response.clone());
    return response.arrayBuffer();
  });
  wheel.catch(reportFault); // a missing wheel stops the start at once, not after Pyodide's boot
  let pyodide;
  try {
    const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideURL).href);
    pyodide = await timed("pyodide", Promise.race([loadPyodide({ indexURL: pyodideURL.href }), fault]));
  } catch (error) {
    throw error instanceof StartFailure ? error : new StartFailure("pyodide", firstLine(error));
  }
  const bytes = await wheel;
  try {
    await timed("wheel", Promise.resolve().then(() => pyodide.unpackArchive(bytes, "wheel")));
    const respond = await timed("import", Promise.resolve().then(() => pyodide.runPython("import calculators.web\ncalculators.web.respond")));
    return { respond, runtime };
  } catch (error) {
    throw new StartFailure("wheel", `${wheelURL.pathname} could not be loaded (${firstLine(error)})`);
  }
}

/** The first line of an error's message: never a traceback or a stack. @param {unknown} error */
function firstLine(error) {
  const text = describe(error).split("\n").map((line) => line.trim()).filter(Boolean);
  // Python's tracebacks end with the exception itself: that line says what went wrong.
  const last = text.length && text[0].startsWith("Traceback") ? text[text.length - 1] : text[0];
  return (last || "unknown error").slice(0, 200);
}

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}

const started = start();
started.then(() => Promise.all(keeping)).then(() => self.postMessage({ kept: true }), /** @returns {undefined} */ () => undefined);

self.onmessage = async (event) => {
  const { id, request } = event.data;
  let ready;
  try {
    ready = await started;
  } catch (error) {
    const failure = error instanceof StartFailure ? error : new StartFailure("start", firstLine(error));
    self.postMessage({ id, ok: false, failure: { code: failure.code, detail: failure.detail } });
    return;
  }
  if (request === "ready") {
    const { rules_version: version, rules_built: built } = ready.runtime;
    self.postMessage({ id, ok: true, response: { runtime: ready.runtime, version, built, timings } });
    return;
  }
  try {
    self.postMessage({ id, ok: true, response: JSON.parse(ready.respond(JSON.stringify(request))) });
  } catch (error) {
    // calculators.run never raises on bad input; anything else is a fault in the program.
    self.postMessage({ id, ok: false, failure: { code: "python", detail: firstLine(error) } });
  }
};
