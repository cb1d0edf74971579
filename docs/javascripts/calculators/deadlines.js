// @ts-check
// The deadline calculator's page: form -> payload, payload <-> URL, result -> list and timeline.
import { actions, sourceLine, wireActions } from "./actions.js";
import { parseLooseDate, readDate, writeDate } from "./dates.js";
import { h, list, replaceContent } from "./dom.js";
import { calculate, mount } from "./form.js";
import { deviceToday } from "./inputs.js";
import { timeline } from "./timeline.js";

/**
 * @typedef {import("./errors.js").FieldError} FieldError
 * @typedef {{ id: string, title: string, due: string, due_text: string, rule: string,
 *   status?: string, status_text?: string, limit?: string, limit_text?: string,
 *   inherited: boolean, notes: string[], source: any }} Deadline
 */

/** @param {HTMLFormElement} form @returns {string[]} */
function eventNames(form) {
  return [...form.querySelectorAll("[data-date]")].map((field) => /** @type {HTMLElement} */ (field).dataset.date || "");
}

/** @param {HTMLFormElement} form @returns {HTMLInputElement[]} */
function optionBoxes(form) {
  return [.../** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll("input[data-option]"))];
}

/** @param {HTMLFormElement} form */
function read(form) {
  /** @type {FieldError[]} */
  const errors = [];
  /** @type {Record<string, string>} */
  const events = {};
  for (const name of eventNames(form)) {
    const date = readDate(form, name);
    if (date.error) {
      errors.push({ id: name, message: date.error, focus: `${name}-${date.part || "day"}` });
    } else if (!date.empty) {
      events[name] = date.value;
    }
  }
  // The device's date, so each deadline says where it stands today; never put in the link.
  /** @type {Record<string, any>} */
  const payload = { authority: field(form, "#authority").value, events, today: deviceToday() };
  const type = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="conference_type"]:checked'));
  if (type) { payload.conference_type = type.value; }
  // Yes/no fields beside a date ("the order expires late in the day"): sent only when ticked.
  for (const box of optionBoxes(form)) {
    if (box.checked) { payload[box.name] = true; }
  }
  const closures = field(form, "#closure_days").value.split("\n").map((l) => l.trim()).filter(Boolean);
  if (closures.length) {
    payload.closure_days = [];
    closures.forEach((line, index) => {
      const date = parseLooseDate(line, `Closure day on line ${index + 1}`);
      if (date.error) { errors.push({ id: "closure_days", message: date.error }); } else if (date.value) { payload.closure_days.push(date.value); }
    });
  }
  if (!errors.length && !Object.keys(events).length) {
    errors.push({ id: eventNames(form)[0], message: "Enter at least one date, for example the strategy discussion" });
  }
  return { payload, errors };
}

/** @param {Element | null} element */
function openDetails(element) {
  const details = element && element.closest("details");
  if (details) { details.open = true; }
}

/**
 * @param {ParentNode} form
 * @param {string} selector
 */
function field(form, selector) {
  return /** @type {HTMLInputElement} */ (form.querySelector(selector));
}

/** @param {HTMLFormElement} form @param {URLSearchParams} params */
function fill(form, params) {
  for (const name of eventNames(form)) {
    if (params.has(name)) {
      writeDate(form, name, params.get(name));
      openDetails(form.querySelector(`[data-date="${name}"]`));
    }
  }
  const type = params.get("conference_type");
  const radio = type && field(form, `input[name="conference_type"][value="${CSS.escape(type)}"]`);
  if (radio) { radio.checked = true; }
  for (const box of optionBoxes(form)) {
    box.checked = params.get(box.name) === "true";
    if (box.checked) { openDetails(box); }
  }
  const closures = params.getAll("closure_days");
  if (closures.length) {
    field(form, "#closure_days").value = closures.join("\n");
    openDetails(field(form, "#closure_days"));
  }
}

/** @param {Record<string, any>} payload */
function query(payload) {
  const params = new URLSearchParams({ authority: payload.authority });
  for (const [name, value] of Object.entries(payload.events)) { params.append(name, value); }
  if (payload.conference_type) { params.append("conference_type", payload.conference_type); }
  for (const [name, value] of Object.entries(payload)) {
    if (value === true) { params.append(name, "true"); }
  }
  for (const day of payload.closure_days || []) { params.append("closure_days", day); }
  return params;
}

/** @param {string} field */
function mapField(field) {
  if (field.startsWith("events.")) { return field.slice("events.".length); }
  if (field.startsWith("closure_days")) { return "closure_days"; }
  if (field === "conference_type" || field === "authority") { return field; }
  const option = document.getElementById(field);
  if (option && option.matches("input[data-option]")) { return field; }
  return "authority";
}

/**
 * @param {Deadline} item
 * @param {Record<string, string>} pages each deadline's handbook page
 */
function deadlineItem(item, pages) {
  return h("li", { className: "cpc-deadline", dataset: { deadline: item.id } },
    h("h3", { className: "cpc-deadline__title" }, item.title),
    h("p", { className: "cpc-deadline__due" },
      h("time", { datetime: item.due }, item.due_text),
      item.status_text && [" ", h("strong", { className: `cpc-tag cpc-tag--${item.status}` }, item.status_text)]),
    item.limit && h("p", { className: "cpc-hint" },
      "The period itself ends on ", h("time", { datetime: item.limit }, item.limit_text || ""), "."),
    h("p", {}, `${item.rule}.`),
    item.inherited && h("p", {}, h("strong", { className: "cpc-tag" }, "National guidance applies")),
    sourceLine(item.source, pages[item.id]),
    list("ul", { className: "cpc-notes" }, item.notes, (note) => note));
}

/**
 * @param {HTMLElement} section
 * @param {import("./form.js").Response} response
 * @param {Record<string, any>} payload
 * @param {any} runtime
 */
function render(section, response, payload, runtime) {
  const { result, text } = response;
  /** @type {Record<string, string>} */
  const pages = (runtime && runtime.handbook) || {};
  /** @type {Deadline[]} */
  const deadlines = result.deadlines;
  /** @type {{ id: string, title: string, note: string }[]} */
  const notStated = result.not_stated;
  replaceContent(section,
    h("h2", { id: "results-title", tabindex: "-1" }, `Deadlines for ${result.authority_name}`),
    actions(deadlines.length > 0),
    ...result.warnings.map((/** @type {string} */ warning) => h("div", { className: "cpc-warning", role: "note" },
      h("span", { className: "cpc-warning__icon", "aria-hidden": "true" }, "!"),
      h("strong", { className: "cpc-warning__text" }, h("span", { className: "cpc-visually-hidden" }, "Warning"), warning))),
    timeline(deadlines, result.today),
    deadlines.length
      ? h("ol", { className: "cpc-deadlines" }, deadlines.map((d) => deadlineItem(d, pages)))
      : h("p", {}, "None of the dates you gave starts a timescale in this procedure."),
    notStated.length > 0 && h("details", { className: "cpc-details" },
      h("summary", { className: "cpc-details__summary" }, `Not stated in ${result.authority_name}'s procedure (${notStated.length})`),
      h("ul", { className: "cpc-not-stated" }, notStated.map((n) =>
        h("li", { dataset: { notStated: n.id } }, h("strong", {}, n.title), `: ${n.note}`)))),
    h("p", { className: "cpc-hint" }, "Check your current local procedure before relying on these dates."),
  );
  wireActions(section, {
    text: text || "",
    filename: `deadlines-${result.authority}.ics`,
    makeCalendar: async () => (await calculate({ name: "deadlines", payload, want: ["ics"], stamp: new Date().toISOString() })).ics,
  });
}

/** @param {HTMLFormElement} form */
export function mountDeadlines(form) {
  return mount(form, { name: "deadlines", read, fill, query, mapField, render, want: ["text"] });
}
