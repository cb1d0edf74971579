// One worker for the whole visit: Material's instant navigation keeps this module alive, so
// the warm interpreter survives moving between calculator pages.
let worker = null;
let nextId = 1;
const pending = new Map();
let ready = null;

function ensureWorker() {
  if (worker) { return; }
  // The calculator page starts the worker from an inline script as it loads (see
  // calculators/forms.py); adopt that one rather than start a second.
  worker = window.cpcWorker || new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  window.cpcWorker = worker;
  worker.onmessage = (event) => {
    const { id, ok, response, error } = event.data;
    const waiting = pending.get(id);
    if (!waiting) { return; }
    pending.delete(id);
    if (ok) { waiting.resolve(response); } else { waiting.reject(new Error(error)); }
  };
  worker.onerror = (event) => {
    const error = new Error(event.message || "The calculator could not start.");
    for (const waiting of pending.values()) { waiting.reject(error); }
    pending.clear();
  };
}

function send(request) {
  ensureWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, request });
  });
}

// Resolves with {runtime} once Python and the calculators are loaded.
export function whenReady() {
  if (!ready) {
    ready = send("ready").then((response) => {
      performance.mark("cpc:ready");
      return response;
    });
  }
  return ready;
}

// {name, payload, want?, stamp?} -> {result, text?, ics?}
export function calculate(request) {
  return send(request);
}
