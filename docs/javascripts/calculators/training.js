// @ts-check
// Training scenarios: the learner answers, the calculators (in the worker) work out the right
// answer and why (calculators/training.py), and the page says whether the learner was right.
import { calculate, whenReady } from "./client.js";
import { showFailure } from "./failure.js";
import { SITE_ROOT, sourceLine } from "./actions.js";
import { parseDateParts } from "./dates.js";
import { h, list } from "./dom.js";

/** @typedef {{ type: string, deadline?: string, field?: string, options?: string[] }} Ask */

/**
 * @param {HTMLElement} section
 * @param {Ask} ask
 * @returns {{ error: string, value?: undefined } | { value: string | boolean, error?: undefined }}
 */
function learnerAnswer(section, ask) {
  const id = section.id;
  if (ask.type === "date") {
    const part = (/** @type {string} */ p) => /** @type {HTMLInputElement} */ (section.querySelector(`#${id}-answer-${p}`)).value;
    const date = parseDateParts(part("day"), part("month"), part("year"), "Your answer");
    if (date.empty) { return { error: "Enter a date, for example 27 3 2027" }; }
    return date.error ? { error: date.error } : { value: date.value || "" };
  }
  const checked = /** @type {HTMLInputElement | null} */ (section.querySelector(`input[name="${id}-answer"]:checked`));
  if (!checked) { return { error: "Choose an answer" }; }
  if (ask.type === "yes-no") { return { value: checked.value === "yes" }; }
  return { value: checked.value };
}

/**
 * The answer's own error message, tied to its field (aria-describedby), or none.
 * @param {HTMLElement} section
 * @param {string | undefined} message
 */
function showError(section, message) {
  const group = /** @type {HTMLElement} */ (section.querySelector(".cpc-form-group"));
  const inline = /** @type {HTMLElement} */ (group.querySelector("[data-error-for]"));
  inline.hidden = !message;
  inline.replaceChildren(...(message ? [h("span", { className: "cpc-visually-hidden" }, "Error:"), ` ${message}`] : []));
  group.classList.toggle("cpc-form-group--error", Boolean(message));
  const field = group.querySelector("fieldset") || group;
  const ids = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter((i) => i && i !== inline.id);
  if (message) { ids.push(inline.id); }
  if (ids.length) { field.setAttribute("aria-describedby", ids.join(" ")); } else { field.removeAttribute("aria-describedby"); }
  if (message) { /** @type {HTMLInputElement} */ (group.querySelector("input")).focus(); }
}

/** @param {HTMLElement} section */
function mountScenario(section) {
  const config = JSON.parse(section.dataset.scenario || "{}");
  const form = /** @type {HTMLFormElement} */ (section.querySelector("[data-scenario-form]"));
  const verdict = /** @type {HTMLElement} */ (section.querySelector("[data-verdict]"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const given = learnerAnswer(section, config.ask);
    showError(section, given.error);
    if (given.error) { verdict.replaceChildren(); return; }
    verdict.textContent = "Checking…";
    let response;
    try {
      response = await calculate({ name: config.calculator, payload: config.payload, ask: config.ask });
    } catch (error) {
      verdict.textContent = "";
      failed(section.closest("article") || document.body, error);
      return;
    }
    const { answer, explanation } = response;
    const right = given.value === answer.value;
    const page = new URL(explanation.page, SITE_ROOT).pathname;
    section.dataset.outcome = right ? "right" : "wrong";
    const outcome = right ? "right" : "wrong";
    verdict.replaceChildren(
      h("div", { className: `cpc-panel cpc-panel--${right ? "quorate" : "inquorate"}`, dataset: { verdictOutcome: outcome } },
        h("p", { className: "cpc-panel__title" }, right ? "Correct" : "Not quite"),
        h("p", {}, "The answer is ", h("strong", {}, answer.text), ".")),
      list("ul", {}, explanation.points, (/** @type {string} */ p) => p),
      sourceLine(explanation.source),
      h("p", {}, h("a", { href: page }, "Read about this in the handbook")));
  });
}

/** @param {HTMLElement} root */
export function mountScenarios(root) {
  const sections = /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll("[data-scenario]"));
  if (!sections.length) { return Promise.resolve(); }
  sections.forEach(mountScenario);
  const status = root.querySelector("[data-status]");
  return whenReady().then(() => {
    if (status) { status.textContent = "The answer checker is ready."; }
  }).catch((error) => failed(root, error));
}

// The answer checker cannot start: say so once, where the page's status line is.
/** @param {Element} root @param {any} error */
function failed(root, error) {
  const status = root.querySelector("[data-status]");
  const failure = error.failure || { code: "start", detail: String(error.message || error) };
  if (status) { showFailure(status, failure, ""); }
}
