// Training scenarios: the learner answers, the calculators (in the worker) work out the right
// answer and why (calculators/training.py), and the page says whether the learner was right.
import { calculate, whenReady } from "./client.js";
import { showFailure } from "./failure.js";
import { escapeHtml, parseDateParts, sourceHtml, SITE_ROOT } from "./form.js";

function learnerAnswer(section, ask) {
  const id = section.id;
  if (ask.type === "date") {
    const part = (p) => section.querySelector(`#${id}-answer-${p}`).value;
    const date = parseDateParts(part("day"), part("month"), part("year"), "Your answer");
    if (date.empty) { return { error: "Enter a date, for example 27 3 2027" }; }
    return date.error ? { error: date.error } : { value: date.value };
  }
  const checked = section.querySelector(`input[name="${id}-answer"]:checked`);
  if (!checked) { return { error: "Choose an answer" }; }
  if (ask.type === "yes-no") { return { value: checked.value === "yes" }; }
  return { value: checked.value };
}

function showError(section, message) {
  const group = section.querySelector(".cpc-form-group");
  const inline = group.querySelector("[data-error-for]");
  inline.hidden = !message;
  inline.innerHTML = message ? `<span class="cpc-visually-hidden">Error:</span> ${escapeHtml(message)}` : "";
  group.classList.toggle("cpc-form-group--error", Boolean(message));
  if (message) { group.querySelector("input").focus(); }
}

function mountScenario(section) {
  const config = JSON.parse(section.dataset.scenario);
  const form = section.querySelector("[data-scenario-form]");
  const verdict = section.querySelector("[data-verdict]");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const given = learnerAnswer(section, config.ask);
    showError(section, given.error);
    if (given.error) { verdict.innerHTML = ""; return; }
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
    verdict.innerHTML = `<div class="cpc-panel cpc-panel--${right ? "quorate" : "inquorate"}" data-verdict-outcome="${right ? "right" : "wrong"}">
        <p class="cpc-panel__title">${right ? "Correct" : "Not quite"}</p>
        <p>The answer is <strong>${escapeHtml(answer.text)}</strong>.</p>
      </div>
      <ul>${explanation.points.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>
      ${sourceHtml(explanation.source)}
      <p><a href="${page}">Read about this in the handbook</a></p>`;
  });
}

export function mountScenarios(root) {
  const sections = root.querySelectorAll("[data-scenario]");
  if (!sections.length) { return Promise.resolve(); }
  sections.forEach(mountScenario);
  const status = root.querySelector("[data-status]");
  return whenReady().then(() => {
    if (status) { status.textContent = "The answer checker is ready."; }
  }).catch((error) => failed(root, error));
}

// The answer checker cannot start: say so once, where the page's status line is.
function failed(root, error) {
  const status = root.querySelector("[data-status]");
  const failure = error.failure || { code: "start", detail: String(error.message || error) };
  if (status) { showFailure(status, failure, ""); }
}
