// @ts-check
// Mounts a calculator wherever a page has one. Material's instant navigation swaps page bodies
// and announces each new page on document$; reading pages have no form, so Pyodide never starts.
import { mountAttendance } from "./attendance.js";
import { mountDeadlines } from "./deadlines.js";
import { mountQuorum } from "./quorum.js";
import { mountPracticePages } from "./practice.js";
import { mountScenarios } from "./training.js";

/** @type {Record<string, (form: HTMLFormElement) => Promise<void>>} */
const MOUNT = { deadlines: mountDeadlines, quorum: mountQuorum, attendance: mountAttendance };
const LATER_AT_THE_LATEST_MS = 8000;

function mountAll() {
  const mounted = [];
  const content = /** @type {HTMLElement} */ (document.querySelector("article") || document.body);
  if (!content.dataset.scenariosMounted && content.querySelector("[data-scenario]")) {
    content.dataset.scenariosMounted = "true";
    mounted.push(mountScenarios(content));
  }
  mounted.push(...mountPracticePages(content));
  for (const form of /** @type {NodeListOf<HTMLFormElement>} */ (document.querySelectorAll("form[data-calculator]"))) {
    if (form.dataset.mounted) { continue; }
    form.dataset.mounted = "true";
    mounted.push(MOUNT[form.dataset.calculator](form));
  }
  return mounted;
}

// Material's script, held back on calculator pages (overrides/main.html) so that it does not
// compete with Pyodide's boot: run it once the calculator has given its first answer.
/** @type {HTMLScriptElement | null} */
let later = null;
function loadLater() {
  const held = /** @type {HTMLScriptElement | null} */ (document.querySelector("script[data-cpc-later]"));
  if (later || !held) { return; }
  later = document.createElement("script");
  later.src = held.dataset.src;
  later.addEventListener("load", () => {
    if (window.document$) { window.document$.subscribe(mountAll); }
  });
  held.after(later);
}

if (window.document$) {
  window.document$.subscribe(mountAll);
} else {
  Promise.allSettled(mountAll()).then(loadLater);
  setTimeout(loadLater, LATER_AT_THE_LATEST_MS);
}
