// The deadline calculator's page: form -> payload, payload <-> URL, result -> list and timeline.
import {
  actionsHtml, calculate, escapeHtml, mount, parseLooseDate, readDate, sourceHtml, wireActions,
  writeDate,
} from "./form.js";
import { deviceToday } from "./inputs.js";
import { timeline } from "./timeline.js";

function eventNames(form) {
  return [...form.querySelectorAll("[data-date]")].map((field) => field.dataset.date);
}

/** @param {HTMLFormElement} form @returns {HTMLInputElement[]} */
function optionBoxes(form) {
  return [...form.querySelectorAll("input[data-option]")];
}

function read(form) {
  const errors = [];
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
  const payload = { authority: form.querySelector("#authority").value, events, today: deviceToday() };
  const type = form.querySelector('input[name="conference_type"]:checked');
  if (type) { payload.conference_type = type.value; }
  // Yes/no fields beside a date ("the order expires late in the day"): sent only when ticked.
  for (const box of optionBoxes(form)) {
    if (box.checked) { payload[box.name] = true; }
  }
  const closures = form.querySelector("#closure_days").value.split("\n").map((l) => l.trim()).filter(Boolean);
  if (closures.length) {
    payload.closure_days = [];
    closures.forEach((line, index) => {
      const date = parseLooseDate(line, `Closure day on line ${index + 1}`);
      if (date.error) { errors.push({ id: "closure_days", message: date.error }); } else { payload.closure_days.push(date.value); }
    });
  }
  if (!errors.length && !Object.keys(events).length) {
    errors.push({ id: eventNames(form)[0], message: "Enter at least one date, for example the strategy discussion" });
  }
  return { payload, errors };
}

function fill(form, params) {
  for (const name of eventNames(form)) {
    if (params.has(name)) {
      writeDate(form, name, params.get(name));
      form.querySelector(`[data-date="${name}"]`).closest("details").open = true;
    }
  }
  const type = params.get("conference_type");
  const radio = type && form.querySelector(`input[name="conference_type"][value="${CSS.escape(type)}"]`);
  if (radio) { radio.checked = true; }
  for (const box of optionBoxes(form)) {
    box.checked = params.get(box.name) === "true";
    if (box.checked) { box.closest("details").open = true; }
  }
  const closures = params.getAll("closure_days");
  if (closures.length) {
    form.querySelector("#closure_days").value = closures.join("\n");
    form.querySelector("#closure_days").closest("details").open = true;
  }
}

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

function mapField(field) {
  if (field.startsWith("events.")) { return field.slice("events.".length); }
  if (field.startsWith("closure_days")) { return "closure_days"; }
  if (field === "conference_type" || field === "authority") { return field; }
  const option = document.getElementById(field);
  if (option && option.matches("input[data-option]")) { return field; }
  return "authority";
}

function deadlineHtml(item, pages) {
  const notes = item.notes.length ? `<ul class="cpc-notes">${item.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : "";
  const inherited = item.inherited ? '<p><strong class="cpc-tag">National guidance applies</strong></p>' : "";
  const limit = item.limit ? `<p class="cpc-hint">The period itself ends on <time datetime="${item.limit}">${escapeHtml(item.limit_text)}</time>.</p>` : "";
  return `<li class="cpc-deadline" data-deadline="${escapeHtml(item.id)}">
    <h3 class="cpc-deadline__title">${escapeHtml(item.title)}</h3>
    <p class="cpc-deadline__due"><time datetime="${item.due}">${escapeHtml(item.due_text)}</time>${item.status_text ? ` <strong class="cpc-tag cpc-tag--${escapeHtml(item.status)}">${escapeHtml(item.status_text)}</strong>` : ""}</p>
    ${limit}
    <p>${escapeHtml(item.rule)}.</p>
    ${inherited}
    ${sourceHtml(item.source, pages[item.id])}
    ${notes}
  </li>`;
}

function render(section, response, payload, runtime) {
  const { result, text } = response;
  const pages = (runtime && runtime.handbook) || {};
  const warnings = result.warnings.map((w) => `<div class="cpc-warning" role="note"><span class="cpc-warning__icon" aria-hidden="true">!</span><strong class="cpc-warning__text"><span class="cpc-visually-hidden">Warning</span>${escapeHtml(w)}</strong></div>`).join("");
  const notStated = result.not_stated.length
    ? `<details class="cpc-details"><summary class="cpc-details__summary">Not stated in ${escapeHtml(result.authority_name)}'s procedure (${result.not_stated.length})</summary><ul class="cpc-not-stated">${result.not_stated.map((n) => `<li data-not-stated="${escapeHtml(n.id)}"><strong>${escapeHtml(n.title)}</strong>: ${escapeHtml(n.note)}</li>`).join("")}</ul></details>`
    : "";
  const list = result.deadlines.length
    ? `<ol class="cpc-deadlines">${result.deadlines.map((d) => deadlineHtml(d, pages)).join("")}</ol>`
    : "<p>None of the dates you gave starts a timescale in this procedure.</p>";
  section.innerHTML = `<h2 id="results-title" tabindex="-1">Deadlines for ${escapeHtml(result.authority_name)}</h2>
    ${actionsHtml(result.deadlines.length > 0)}
    ${warnings}
    <div data-timeline></div>
    ${list}
    ${notStated}
    <p class="cpc-hint">Check your current local procedure before relying on these dates.</p>`;
  const picture = timeline(result.deadlines, result.today);
  section.querySelector("[data-timeline]").replaceWith(...(picture ? [picture] : []));
  wireActions(section, {
    text,
    filename: `deadlines-${result.authority}.ics`,
    makeCalendar: async () => (await calculate({ name: "deadlines", payload, want: ["ics"], stamp: new Date().toISOString() })).ics,
  });
}

export function mountDeadlines(form) {
  return mount(form, { name: "deadlines", read, fill, query, mapField, render, want: ["text"] });
}
