// @ts-check
// Practice mode (docs/training/practice.md) and its session pack (session-pack.md). The cases,
// answers, working and hints all come from Python (calculators/practice.py via the worker's
// "practice" request); this module only builds the page, with createElement and textContent.
import { calculate } from "./client.js";

const AUTHORITY_KEY = "cpc-authority";
// No authority named here: without one, the route gives the national baseline's cases.
const DEFAULT = { level: "quiet", authority: "" };

/** @typedef {{seed: string, level: string, authority: string}} Choice */

/**
 * @param {string} tag @param {Record<string, string>} [attrs] @param {(Node|string)[]} [children]
 * @returns {HTMLElement}
 */
function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) { node.setAttribute(key, value); }
  for (const child of children) { node.append(child); }
  return node;
}

/** @returns {string} */
function newSeed() {
  const bytes = new Uint8Array(3);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The choice from after # in the link, else the remembered authority and a fresh seed. */
function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  let remembered = null;
  try { remembered = localStorage.getItem(AUTHORITY_KEY); } catch { /* storage may be off */ }
  return {
    seed: params.get("seed") || newSeed(),
    level: params.get("level") || DEFAULT.level,
    authority: params.get("authority") || remembered || DEFAULT.authority,
  };
}

/** @param {Choice} choice */
function toHash(choice) {
  const hash = `#seed=${encodeURIComponent(choice.seed)}&level=${encodeURIComponent(choice.level)}`
    + `&authority=${encodeURIComponent(choice.authority)}`;
  history.replaceState(null, "", hash);
}

/** @param {Choice} choice @param {Record<string, string>} [more] */
async function ask(choice, more = {}) {
  const response = await calculate({ name: "practice", payload: { ...choice, ...more } });
  return response.result;
}

/** @param {string} label @param {Record<string, string>} options @param {string} value @param {string} id */
function select(label, options, value, id) {
  const box = el("select", { id, class: "cpc-select" });
  for (const [key, text] of Object.entries(options)) {
    const option = /** @type {HTMLOptionElement} */ (el("option", { value: key }, [text]));
    option.selected = key === value;
    box.append(option);
  }
  return el("div", { class: "cpc-form-group" }, [el("label", { class: "cpc-label", for: id }, [label]), box]);
}

/** The working of a case: rule, source, handbook link, and each day counted or skipped. */
function working(/** @type {any} */ item) {
  const parts = [];
  const points = el("ul");
  for (const point of item.explain.points) { points.append(el("li", {}, [point])); }
  parts.push(points);
  const source = item.explain.source;
  if (source) {
    const quote = source.quote ? `“${source.quote}” ` : "";
    parts.push(el("p", {}, [`Source: ${quote}(${source.authority_name}, ${source.document}, ${source.section})`]));
  }
  if (item.working && item.working.days.length) {
    const list = el("ul", { class: "cpc-practice__days" });
    let n = 0;
    for (const day of item.working.days) {
      if (day.counted) { n += 1; }
      const text = day.counted ? `${day.text}: day ${n}` : `${day.text}: skipped (${day.why})`;
      list.append(el("li", { class: day.counted ? "" : "cpc-practice__day--skipped" }, [text]));
    }
    const what = item.working.working_days ? "working days" : "days";
    parts.push(el("p", {}, [`Counting ${item.working.counted} ${what}:`]), list);
  }
  const page = new URL(`../../${item.explain.page}`, location.href).pathname;
  parts.push(el("p", {}, [el("a", { href: page }, ["Read about this in the handbook"])]));
  return parts;
}

/** The answer fields for one case, by question type. */
function answerFields(/** @type {any} */ item, /** @type {string} */ id) {
  if (item.ask.type === "date") {
    const part = (/** @type {string} */ name, /** @type {string} */ label, /** @type {string} */ size) =>
      el("div", {}, [
        el("label", { class: "cpc-label", for: `${id}-${name}` }, [label]),
        el("input", { id: `${id}-${name}`, class: `cpc-input ${size}`, inputmode: "numeric", autocomplete: "off" }),
      ]);
    return el("fieldset", { "aria-describedby": `${id}-hint` }, [
      el("legend", { class: "cpc-label" }, ["Your answer"]),
      el("p", { id: `${id}-hint` }, ["For example, 27 3 2027"]),
      el("div", { class: "cpc-practice__date" }, [
        part("day", "Day", "cpc-input--width-2"), part("month", "Month", "cpc-input--width-2"),
        part("year", "Year", "cpc-practice__year"),
      ]),
    ]);
  }
  const choices = el("fieldset", {}, [el("legend", { class: "cpc-label" }, ["Your answer"])]);
  for (const [i, choice] of item.choices.entries()) {
    choices.append(el("div", {}, [
      el("input", { type: "radio", id: `${id}-choice-${i}`, name: `${id}-answer`, value: choice.value }),
      " ", el("label", { for: `${id}-choice-${i}` }, [choice.text]),
    ]));
  }
  return choices;
}

/** The learner's answer as the route wants it, or {error}. */
function given(/** @type {HTMLElement} */ form, /** @type {any} */ item, /** @type {string} */ id) {
  if (item.ask.type !== "date") {
    const checked = /** @type {HTMLInputElement | null} */ (form.querySelector(`input[name="${id}-answer"]:checked`));
    return checked ? { value: checked.value } : { error: "Choose an answer", field: `${id}-choice-0` };
  }
  const value = (/** @type {string} */ p) => /** @type {HTMLInputElement} */ (form.querySelector(`#${id}-${p}`)).value.trim();
  const [d, m, y] = [value("day"), value("month"), value("year")];
  if (!d || !m || !y) { return { error: "Enter your answer as a day, month and year", field: `${id}-${!d ? "day" : !m ? "month" : "year"}` }; }
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) {
    return { error: "Your answer must be a real date, for example 27 3 2027", field: `${id}-day` };
  }
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const check = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso) {
    return { error: "Your answer must be a real date, for example 27 3 2027", field: `${id}-day` };
  }
  return { value: iso };
}

/** One case, with its form, verdict (a polite live region that takes focus) and working. */
function caseSection(/** @type {any} */ item, /** @type {Choice} */ choice, /** @type {(right: boolean) => void} */ scored) {
  const id = `case-${item.id}`;
  const verdict = el("div", { class: "cpc-practice__verdict", "aria-live": "polite", tabindex: "-1", "data-verdict": "" });
  const error = el("p", { class: "cpc-error-message", id: `${id}-error`, hidden: "" });
  // GOV.UK's error summary, one per case (each case is its own small form).
  const summaryList = el("ul", { class: "cpc-error-summary__list" });
  const summary = el("div", { class: "cpc-error-summary", tabindex: "-1", hidden: "" }, [
    el("h3", { class: "cpc-error-summary__title" }, ["There is a problem"]), summaryList,
  ]);
  const fields = answerFields(item, id);
  const hintIds = fields.getAttribute("aria-describedby") || "";
  const form = el("form", { novalidate: "" }, [
    summary,
    el("div", { class: "cpc-form-group" }, [error, fields]),
    el("button", { type: "submit", class: "md-button md-button--primary" }, ["Check my answer"]),
  ]);
  let answered = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const answer = given(form, item, id);
    const group = /** @type {HTMLElement} */ (error.parentElement);
    error.replaceChildren();
    summaryList.replaceChildren();
    const input = /** @type {HTMLElement | null} */ (form.querySelector(`#${answer.field || `${id}-day`}`));
    if ("error" in answer) {
      error.append(el("span", { class: "cpc-visually-hidden" }, ["Error: "]), answer.error || "");
      error.hidden = false;
      group.classList.add("cpc-form-group--error");
      // The message is tied to the answer's fields, so a screen reader hears it there too.
      fields.setAttribute("aria-describedby", `${hintIds} ${error.id}`.trim());
      input?.setAttribute("aria-invalid", "true");
      const link = el("a", { href: `#${answer.field}` }, [answer.error || ""]);
      link.addEventListener("click", (click) => { click.preventDefault(); input?.focus(); });
      summaryList.append(el("li", {}, [link]));
      summary.hidden = false;
      summary.focus();
      return;
    }
    summary.hidden = true;
    error.hidden = true;
    if (hintIds) { fields.setAttribute("aria-describedby", hintIds); } else { fields.removeAttribute("aria-describedby"); }
    for (const invalid of form.querySelectorAll("[aria-invalid]")) { invalid.removeAttribute("aria-invalid"); }
    group.classList.remove("cpc-form-group--error");
    const result = await ask(choice, { case: item.id, answer: answer.value || "" });
    if (result.errors) { verdict.replaceChildren(el("p", {}, [result.errors[0].message])); verdict.focus(); return; }
    const { right, answer: text, hint } = result.verdict;
    const panel = el("div", { class: `cpc-panel cpc-panel--${right ? "quorate" : "inquorate"}`, "data-verdict-outcome": right ? "right" : "wrong" }, [
      el("p", { class: "cpc-panel__title" }, [right ? "Correct" : "Not quite"]),
      el("p", {}, ["The answer is ", el("strong", {}, [text]), "."]),
    ]);
    if (hint) { panel.append(el("p", {}, [hint])); }
    verdict.replaceChildren(panel, ...working(item));
    if (!answered) { answered = true; scored(right); }
    verdict.focus();
  });
  return el("section", { class: "cpc-practice__case", id, "aria-labelledby": `${id}-title` }, [
    el("h2", { id: `${id}-title` }, [`Case ${item.id}`]),
    el("p", {}, [item.story]), el("p", {}, [el("strong", {}, [item.question])]), form, verdict,
  ]);
}

/** @param {HTMLElement} root */
async function mountPractice(root) {
  const choice = fromHash();
  root.classList.add("cpc-practice");
  root.replaceChildren(el("p", {}, ["Loading the cases…"]));
  const data = await ask(choice);
  if (data.errors) { Object.assign(choice, DEFAULT); }
  const set = data.errors ? await ask(choice) : data;
  toHash(choice);
  let right = 0, answered = 0;
  const score = el("p", { class: "cpc-practice__score", "aria-live": "polite" }, ["Score: none answered yet"]);
  const settings = el("form", { "data-practice-settings": "" }, [
    select("Authority", set.authorities, choice.authority, "practice-authority"),
    select("Level", set.levels, choice.level, "practice-level"),
    el("button", { type: "submit", class: "md-button" }, ["New set of cases"]),
  ]);
  settings.addEventListener("submit", (event) => {
    event.preventDefault();
    const authority = /** @type {HTMLSelectElement} */ (settings.querySelector("#practice-authority")).value;
    const level = /** @type {HTMLSelectElement} */ (settings.querySelector("#practice-level")).value;
    try { localStorage.setItem(AUTHORITY_KEY, authority); } catch { /* storage may be off */ }
    toHash({ seed: newSeed(), level, authority });
    mountPractice(root);
  });
  const pack = el("a", { href: `../session-pack/${location.hash}` }, ["Print this set as a session pack"]);
  const cases = set.cases.map((/** @type {any} */ item) => caseSection(item, choice, (ok) => {
    answered += 1; right += ok ? 1 : 0;
    score.textContent = `Score: ${right} right out of ${answered} answered`;
  }));
  root.replaceChildren(settings, el("p", {}, [`Set number: ${choice.seed}`]), el("p", {}, [pack]), score, ...cases);
}

/** The trainer's session pack: the questions, then on a new page the answers with the working. */
/** @param {HTMLElement} root */
async function mountPack(root) {
  const choice = fromHash();
  const set = await ask(choice);
  if (set.errors) { root.replaceChildren(el("p", {}, [set.errors.map((/** @type {any} */ e) => e.message).join(". ")])); return; }
  const title = `${set.authorities[choice.authority]}, ${set.levels[choice.level]}, set ${choice.seed}`;
  const questions = el("section", { class: "cpc-pack__questions" }, [el("h2", {}, [`Questions: ${title}`])]);
  const answers = el("section", { class: "cpc-pack__answers" }, [el("h2", {}, [`Answer sheet: ${title}`])]);
  for (const item of set.cases) {
    questions.append(el("div", { class: "cpc-practice__case" }, [
      el("h3", {}, [`Case ${item.id}`]), el("p", {}, [item.story]), el("p", {}, [el("strong", {}, [item.question])]),
    ]));
    answers.append(el("div", { class: "cpc-practice__case" }, [
      el("h3", {}, [`Case ${item.id}: ${item.answer.text}`]), ...working(item),
    ]));
  }
  root.replaceChildren(questions, answers);
  root.dataset.ready = "true";
}

/** Mounts practice or the session pack where the page has one. @param {Element} content */
export function mountPracticePages(content) {
  const mounted = [];
  for (const root of content.querySelectorAll("[data-practice], [data-practice-pack]")) {
    const node = /** @type {HTMLElement} */ (root);
    if (node.dataset.mounted) { continue; }
    node.dataset.mounted = "true";
    mounted.push("practicePack" in node.dataset ? mountPack(node) : mountPractice(node));
  }
  return mounted;
}
