// @ts-check
// The quorum checker's page: ticked agencies -> attendees, each condition answered Yes, No or
// Not known (left out of the payload), result -> verdict and reasons.
import { actions, sourceLine, wireActions } from "./actions.js";
import { readDate, writeDate } from "./dates.js";
import { h, list, replaceContent } from "./dom.js";
import { mount } from "./form.js";

/** @typedef {{text: string, source?: object, due?: string, due_text?: string, limit?: string, limit_text?: string, notes?: string[]}} Item */

/** @param {HTMLFormElement} form @param {string} name @returns {string[]} */
const checked = (form, name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => /** @type {HTMLInputElement} */ (i).value);

/** The condition questions: one group per circumstance, each naming the authorities that ask it.
 * @param {HTMLFormElement} form @returns {HTMLElement[]} */
const conditions = (form) => [...form.querySelectorAll("[data-condition]")].map((g) => /** @type {HTMLElement} */ (g));

/** @param {HTMLElement} group @param {string} value */
function answer(group, value) {
  const radio = /** @type {HTMLInputElement | null} */ (group.querySelector(`input[value="${value}"]`));
  if (radio) { radio.checked = true; }
}

/**
 * Shows the questions the chosen authority asks, each in that authority's words (the generic
 * wording only where it has none). With `reset`, a question whose words changed goes back to
 * Not known: an answer to one authority's "2 agencies" is not an answer to another's "3".
 * @param {HTMLFormElement} form @param {boolean} reset
 */
function showAuthority(form, reset) {
  const authority = /** @type {HTMLSelectElement} */ (form.querySelector("#authority")).value;
  for (const group of conditions(form)) {
    const asked = (group.dataset.authorities || "").split(" ").includes(authority);
    group.hidden = !asked;
    let shown = "";
    for (const kind of ["words", "hint"]) {
      const variants = [...group.querySelectorAll(`[data-${kind}]`)].map((v) => /** @type {HTMLElement} */ (v));
      const own = variants.find((v) => v.getAttribute(`data-${kind}`) === authority);
      const chosen = own || variants.find((v) => v.getAttribute(`data-${kind}`) === "*");
      for (const variant of variants) { variant.hidden = variant !== chosen; }
      if (kind === "words" && chosen && asked) { shown = chosen.textContent || ""; }
    }
    if (reset && group.dataset.shownWords !== shown) { answer(group, "unknown"); }
    group.dataset.shownWords = shown;
  }
  // An authority whose document sets no quorum has no conditions to ask.
  const all = /** @type {HTMLElement | null} */ (form.querySelector("#circumstances"));
  if (all) { all.hidden = conditions(form).every((group) => group.hidden); }
}

/** @param {HTMLFormElement} form */
function read(form) {
  const errors = [];
  const attending = checked(form, "attendee");
  const contact = new Set(checked(form, "direct_contact"));
  const stray = [...contact].filter((agency) => !attending.includes(agency));
  if (stray.length) {
    const names = stray.map((a) => (form.querySelector(`label[for="direct_contact-${a}"]`)?.textContent || a).trim());
    errors.push({ id: "direct_contact", message: `Tick ${names.join(", ")} as attending too, or untick direct contact` });
  }
  /** @type {Record<string, boolean>} */
  const circumstances = {};
  for (const group of conditions(form)) {
    if (group.hidden) { continue; }
    const value = checked(form, group.dataset.condition || "")[0];
    if (value === "yes" || value === "no") { circumstances[group.dataset.condition || ""] = value === "yes"; }
  }
  const type = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="conference_type"]:checked'));
  /** @type {{authority: string, attendees: object[], circumstances: Record<string, boolean>, conference_type?: string, conference_date?: string}} */
  const payload = {
    authority: /** @type {HTMLSelectElement} */ (form.querySelector("#authority")).value,
    attendees: attending.map((agency) => ({ agency, direct_contact: contact.has(agency) })),
    circumstances,
  };
  if (type) { payload.conference_type = type.value; } else { errors.push({ id: "conference_type", message: "Select the type of conference" }); }
  const day = readDate(form, "conference_date");
  if (day.error) {
    errors.push({ id: "conference_date", message: day.error, focus: `conference_date-${day.part || "day"}` });
  } else if (!day.empty) {
    payload.conference_date = day.value;
  }
  return { payload, errors };
}

/** @param {HTMLFormElement} form @param {URLSearchParams} params */
function fill(form, params) {
  showAuthority(form, false);
  const type = params.get("conference_type");
  const radio = /** @type {HTMLInputElement | null} */ (type && form.querySelector(`input[name="conference_type"][value="${CSS.escape(type)}"]`));
  if (radio) { radio.checked = true; }
  for (const value of params.getAll("attendee")) {
    const [agency, flag] = value.split(":");
    const box = /** @type {HTMLInputElement | null} */ (form.querySelector(`#attendee-${CSS.escape(agency)}`));
    if (box) { box.checked = true; }
    const contact = /** @type {HTMLInputElement | null} */ (form.querySelector(`#direct_contact-${CSS.escape(agency)}`));
    if (contact) { contact.checked = flag !== "no-contact"; }
  }
  for (const group of conditions(form)) {
    const given = params.get(group.dataset.condition || "");
    answer(group, { true: "yes", false: "no" }[String(given)] || "unknown");
  }
  if (params.has("conference_date")) { writeDate(form, "conference_date", params.get("conference_date")); }
}

/** @param {{authority: string, conference_type: string, attendees: {agency: string, direct_contact: boolean}[], circumstances: Record<string, boolean>, conference_date?: string}} payload */
function query(payload) {
  const params = new URLSearchParams({ authority: payload.authority, conference_type: payload.conference_type });
  if (payload.conference_date) { params.append("conference_date", payload.conference_date); }
  for (const a of payload.attendees) { params.append("attendee", a.direct_contact ? a.agency : `${a.agency}:no-contact`); }
  for (const [name, value] of Object.entries(payload.circumstances)) { params.append(name, String(value)); }
  return params;
}

/** @param {string} field */
function mapField(field) {
  if (field.startsWith("attendees")) { return "attendee"; }
  if (field.startsWith("circumstances.") && document.getElementById(field.slice("circumstances.".length))) {
    return field.slice("circumstances.".length);
  }
  if (field.startsWith("circumstances")) { return "circumstances"; }
  return ["conference_type", "conference_date"].includes(field) ? field : "authority";
}

/** An action, with the date it is due by when the conference date gave one.
 * @param {Item} item */
function reasonItem(item) {
  return h("li", {},
    item.text,
    item.due && h("p", { className: "cpc-deadline__due" }, "By ", h("time", { datetime: item.due }, item.due_text || "")),
    item.limit && h("p", { className: "cpc-hint" },
      "The period itself ends on ", h("time", { datetime: item.limit }, item.limit_text || ""), "."),
    list("ul", { className: "cpc-notes" }, item.notes || [], (note) => note),
    sourceLine(/** @type {any} */ (item.source)));
}

/** @param {HTMLElement} section @param {{result: any, text?: string}} response */
function render(section, response) {
  const { result, text } = response;
  /** @type {"no-rule" | "quorate" | "inquorate"} */
  const outcome = result.quorate === null ? "no-rule" : result.quorate ? "quorate" : "inquorate";
  const headline = { quorate: "Quorate", inquorate: "Not quorate", "no-rule": "No quorum rule" }[outcome];
  const waiting = result.unanswered.length > 0;
  /** @type {Record<string, string>} */
  const proceedWords = { true: "Yes", false: "No", null: "The chair decides" };
  const proceed = waiting ? "Not known yet"
    : outcome === "no-rule" ? "This procedure sets no quorum, so it says nothing on this"
      : proceedWords[String(result.may_proceed)];
  replaceContent(section,
    h("h2", { id: "results-title", tabindex: "-1" }, `Quorum: ${result.authority_name}`),
    h("div", { className: `cpc-panel cpc-panel--${outcome}`, dataset: { outcome } },
      h("p", { className: "cpc-panel__title" }, headline),
      h("p", {}, "May the conference go ahead? ", h("strong", { dataset: { mayProceed: String(result.may_proceed) } }, proceed)),
      waiting && [h("p", {}, "It depends on answers not yet given:"),
        list("ul", {}, result.unanswered, (/** @type {{text: string}} */ u) => u.text)]),
    actions(false),
    h("h3", {}, "Why"),
    h("ul", { className: "cpc-reasons" }, result.reasons.map(reasonItem)),
    result.required_actions.length > 0 && [h("h3", {}, "What must also happen"),
      h("ul", { className: "cpc-reasons" }, result.required_actions.map(reasonItem))],
    h("p", { className: "cpc-hint" }, "Check your current local procedure before relying on this."),
  );
  wireActions(section, { text: text || "" });
}

/** @param {HTMLFormElement} form */
export function mountQuorum(form) {
  const ready = mount(form, { name: "quorum", read, fill, query, mapField, render, want: ["text"] });
  showAuthority(form, false);
  // On the select itself, so the words switch before the form recalculates.
  const select = /** @type {HTMLSelectElement} */ (form.querySelector("#authority"));
  for (const type of ["input", "change"]) { select.addEventListener(type, () => showAuthority(form, true)); }
  return ready;
}
