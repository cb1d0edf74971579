// The attendance checker's page: age (or date of birth and conference date) -> presumption.
import { actionsHtml, escapeHtml, mount, readDate, sourceHtml, wireActions, writeDate } from "./form.js";

function read(form) {
  const errors = [];
  const payload = { authority: form.querySelector("#authority").value };
  const age = form.querySelector("#age").value.trim();
  const birth = readDate(form, "date_of_birth");
  const day = readDate(form, "conference_date");
  for (const [name, date] of [["date_of_birth", birth], ["conference_date", day]]) {
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

function fill(form, params) {
  if (params.has("age")) { form.querySelector("#age").value = params.get("age"); }
  for (const name of ["date_of_birth", "conference_date"]) {
    if (params.has(name)) { writeDate(form, name, params.get(name)); }
  }
}

function query(payload) {
  const params = new URLSearchParams({ authority: payload.authority });
  for (const name of ["age", "date_of_birth", "conference_date"]) {
    if (payload[name] !== undefined) { params.append(name, payload[name]); }
  }
  return params;
}

function mapField(field) {
  return ["age", "date_of_birth", "conference_date"].includes(field) ? field : "authority";
}

const PRESUMPTION = {
  offer: "Offer the child the chance to take part",
  "not-expected": "The child is unlikely to take part directly",
  none: "No age presumption in this procedure",
};

function render(section, response) {
  const { result, text } = response;
  const advocate = { true: "Yes, routinely", false: "No", null: "Not routinely: identify one if the child needs it" }[String(result.advocate_offered)];
  const questions = result.questions.length ? `<h3>Questions to ask before deciding</h3><ul>${result.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join("")}</ul>` : "";
  section.innerHTML = `<h2 id="results-title" tabindex="-1">A child aged ${result.age}: ${escapeHtml(result.authority_name)}</h2>
    <div class="cpc-panel cpc-panel--${result.presumption}" data-outcome="${result.presumption}">
      <p class="cpc-panel__title">${PRESUMPTION[result.presumption]}</p>
      <p>Independent advocate offered: <strong>${escapeHtml(advocate)}</strong></p>
    </div>
    ${actionsHtml(false)}
    ${questions}
    <h3>What the procedure says</h3>
    <ul class="cpc-reasons">${result.notes.map((n) => `<li>${escapeHtml(n.text)}${sourceHtml(n.source)}</li>`).join("")}</ul>
    <p class="cpc-hint">A presumption is a starting point: the child's understanding and wishes decide. Check your current local procedure.</p>`;
  wireActions(section, { text });
}

export function mountAttendance(form) {
  return mount(form, { name: "attendance", read, fill, query, mapField, render, want: ["text"] });
}
