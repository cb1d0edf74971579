// @ts-check
// The attendance checker's page: age (or date of birth and conference date) -> presumption.
import { actions, sourceLine, wireActions } from "./actions.js";
import { readDate, writeDate } from "./dates.js";
import { h, list, replaceContent } from "./dom.js";
import { mount } from "./form.js";

/** @typedef {import("./errors.js").FieldError} FieldError */

/** @param {ParentNode} form @param {string} selector */
const input = (form, selector) => /** @type {HTMLInputElement} */ (form.querySelector(selector));

/** @param {HTMLFormElement} form */
function read(form) {
  /** @type {FieldError[]} */
  const errors = [];
  /** @type {Record<string, any>} */
  const payload = { authority: input(form, "#authority").value };
  const age = input(form, "#age").value.trim();
  const birth = readDate(form, "date_of_birth");
  const day = readDate(form, "conference_date");
  for (const [name, date] of /** @type {const} */ ([["date_of_birth", birth], ["conference_date", day]])) {
    if (date.error) { errors.push({ id: name, message: date.error, focus: `${name}-${date.part || "day"}` }); }
  }
  if (age !== "") {
    if (!/^\d{1,3}$/.test(age)) {
      errors.push({ id: "age", message: "Child's age must be a whole number of years, like 12" });
    } else {
      payload.age = Number(age);
    }
  }
  if (!birth.empty && !birth.error) { payload.date_of_birth = birth.value; }
  if (!day.empty && !day.error) { payload.conference_date = day.value; }
  if (age === "" && birth.empty && day.empty) {
    errors.push({ id: "age", message: "Enter the child's age, or their date of birth and the conference date" });
  }
  return { payload, errors };
}

/** @param {HTMLFormElement} form @param {URLSearchParams} params */
function fill(form, params) {
  if (params.has("age")) { input(form, "#age").value = params.get("age") || ""; }
  for (const name of ["date_of_birth", "conference_date"]) {
    if (params.has(name)) { writeDate(form, name, params.get(name)); }
  }
}

/** @param {Record<string, any>} payload */
function query(payload) {
  const params = new URLSearchParams({ authority: payload.authority });
  for (const name of ["age", "date_of_birth", "conference_date"]) {
    if (payload[name] !== undefined) { params.append(name, payload[name]); }
  }
  return params;
}

/** @param {string} field */
function mapField(field) {
  return ["age", "date_of_birth", "conference_date"].includes(field) ? field : "authority";
}

/** @type {Record<string, string>} */
const PRESUMPTION = {
  offer: "Offer the child the chance to take part",
  "not-expected": "The child is unlikely to take part directly",
  none: "No age presumption in this procedure",
};

/** @param {HTMLElement} section @param {{result: any, text?: string}} response */
function render(section, response) {
  const { result, text } = response;
  /** @type {Record<string, string>} */
  const advocateWords = { true: "Yes, routinely", false: "No", null: "Not routinely: identify one if the child needs it" };
  /** @type {{ text: string, source: any }[]} */
  const notes = result.notes;
  replaceContent(section,
    h("h2", { id: "results-title", tabindex: "-1" }, `A child aged ${result.age}: ${result.authority_name}`),
    h("div", { className: `cpc-panel cpc-panel--${result.presumption}`, dataset: { outcome: result.presumption } },
      h("p", { className: "cpc-panel__title" }, PRESUMPTION[result.presumption]),
      h("p", {}, "Independent advocate offered: ", h("strong", {}, advocateWords[String(result.advocate_offered)]))),
    actions(false),
    result.questions.length > 0 && [h("h3", {}, "Questions to ask before deciding"),
      list("ul", {}, result.questions, (/** @type {string} */ q) => q)],
    h("h3", {}, "What the procedure says"),
    h("ul", { className: "cpc-reasons" }, notes.map((n) => h("li", {}, n.text, sourceLine(n.source)))),
    h("p", { className: "cpc-hint" }, "A presumption is a starting point: the child's understanding and wishes decide. Check your current local procedure."),
  );
  wireActions(section, { text: text || "" });
}

/** @param {HTMLFormElement} form */
export function mountAttendance(form) {
  return mount(form, { name: "attendance", read, fill, query, mapField, render, want: ["text"] });
}
