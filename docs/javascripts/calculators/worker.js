// The calculators' Python runs here, in a module worker, so the page never freezes.
// It loads the self-hosted Pyodide, installs the calculators wheel and answers requests
// {id, request} with {id, ok, response} (see calculators/web.py for the request's shape).
import { loadPyodide } from "../../assets/runtime/pyodide/pyodide.mjs";

const RUNTIME = new URL("../../assets/runtime/", import.meta.url);

// How long each step took (ms), for scripts/bench-browser.
const timings = {};
async function timed(name, promise) {
  const start = performance.now();
  const value = await promise;
  timings[name] = performance.now() - start;
  return value;
}

async function start() {
  // The wheel downloads while Pyodide boots; both come from this site.
  const runtime = fetch(new URL("runtime.json", RUNTIME)).then((response) => response.json());
  const wheel = runtime.then((r) => fetch(new URL(r.wheel, RUNTIME))).then((response) => response.arrayBuffer());
  const pyodide = await timed("pyodide", loadPyodide({ indexURL: new URL("pyodide/", RUNTIME).href }));
  await timed("wheel", wheel.then((bytes) => pyodide.unpackArchive(bytes, "wheel")));
  const respond = await timed("import", Promise.resolve().then(() => pyodide.runPython("import calculators.web\ncalculators.web.respond")));
  return { respond, runtime: await runtime };
}

const started = start();

self.onmessage = async (event) => {
  const { id, request } = event.data;
  try {
    const { respond, runtime } = await started;
    if (request === "ready") {
      self.postMessage({ id, ok: true, response: { runtime, timings } });
      return;
    }
    self.postMessage({ id, ok: true, response: JSON.parse(respond(JSON.stringify(request))) });
  } catch (error) {
    self.postMessage({ id, ok: false, error: String((error && error.message) || error) });
  }
};
