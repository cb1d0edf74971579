// Mounts a calculator wherever a page has one. Material's instant navigation swaps page bodies
// and announces each new page on document$; reading pages have no form, so Pyodide never starts.
import { mountAttendance } from "./attendance.js";
import { mountDeadlines } from "./deadlines.js";
import { mountQuorum } from "./quorum.js";
import { mountScenarios } from "./training.js";

const MOUNT = { deadlines: mountDeadlines, quorum: mountQuorum, attendance: mountAttendance };

function mountAll() {
  const content = document.querySelector("article") || document.body;
  if (!content.dataset.scenariosMounted && content.querySelector("[data-scenario]")) {
    content.dataset.scenariosMounted = "true";
    mountScenarios(content);
  }
  for (const form of document.querySelectorAll("form[data-calculator]")) {
    if (form.dataset.mounted) { continue; }
    form.dataset.mounted = "true";
    MOUNT[form.dataset.calculator](form);
  }
}

if (window.document$) {
  window.document$.subscribe(mountAll);
} else {
  mountAll();
}
