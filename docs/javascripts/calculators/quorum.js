// The quorum checker's page: ticked agencies -> attendees, result -> verdict and reasons.
import { actionsHtml, escapeHtml, mount, sourceHtml, wireActions } from "./form.js";

const checked = (form, name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);

function read(form) {
  const errors = [];
  const attending = checked(form, "attendee");
  const contact = new Set(checked(form, "direct_contact"));
  const stray = [...contact].filter((agency) => !attending.includes(agency));
  if (stray.length) {
    const names = stray.map((a) => form.querySelector(`label[for="direct_contact-${a}"]`).textContent.trim());
    errors.push({ id: "direct_contact", message: `Tick ${names.join(", ")} as attending too, or untick direct contact` });
  }
  const type = form.querySelector('input[name="conference_type"]:checked');
  const payload = {
    authority: form.querySelector("#authority").value,
    attendees: attending.map((agency) => ({ agency, direct_contact: contact.has(agency) })),
    circumstances: Object.fromEntries(checked(form, "circumstances").map((c) => [c, true])),
  };
  if (type) { payload.conference_type = type.value; } else { errors.push({ id: "conference_type", message: "Select the type of conference" }); }
  return { payload, errors };
}

function fill(form, params) {
  const type = params.get("conference_type");
  const radio = type && form.querySelector(`input[name="conference_type"][value="${CSS.escape(type)}"]`);
  if (radio) { radio.checked = true; }
  for (const value of params.getAll("attendee")) {
    const [agency, flag] = value.split(":");
    const box = form.querySelector(`#attendee-${CSS.escape(agency)}`);
    if (box) { box.checked = true; }
    const contact = form.querySelector(`#direct_contact-${CSS.escape(agency)}`);
    if (contact) { contact.checked = flag !== "no-contact"; }
  }
  for (const box of form.querySelectorAll('input[name="circumstances"]')) {
    box.checked = params.get(box.value) === "true";
  }
}

function query(payload) {
  const params = new URLSearchParams({ authority: payload.authority, conference_type: payload.conference_type });
  for (const a of payload.attendees) { params.append("attendee", a.direct_contact ? a.agency : `${a.agency}:no-contact`); }
  for (const [name, value] of Object.entries(payload.circumstances)) { if (value) { params.append(name, "true"); } }
  return params;
}

function mapField(field) {
  if (field.startsWith("attendees")) { return "attendee"; }
  if (field.startsWith("circumstances")) { return "circumstances"; }
  return field === "conference_type" ? "conference_type" : "authority";
}

const items = (list) => list.map((i) => `<li>${escapeHtml(i.text)}${sourceHtml(i.source)}</li>`).join("");

function render(section, response) {
  const { result, text } = response;
  const outcome = result.quorate === null ? "no-rule" : result.quorate ? "quorate" : "inquorate";
  const headline = { quorate: "Quorate", inquorate: "Not quorate", "no-rule": "No quorum rule" }[outcome];
  const proceed = { true: "Yes", false: "No", null: "The chair decides" }[String(result.may_proceed)];
  const actions = result.required_actions.length ? `<h3>What must also happen</h3><ul class="cpc-reasons">${items(result.required_actions)}</ul>` : "";
  section.innerHTML = `<h2 id="results-title" tabindex="-1">Quorum: ${escapeHtml(result.authority_name)}</h2>
    <div class="cpc-panel cpc-panel--${outcome}" data-outcome="${outcome}">
      <p class="cpc-panel__title">${headline}</p>
      <p>May the conference go ahead? <strong data-may-proceed="${String(result.may_proceed)}">${proceed}</strong></p>
    </div>
    ${actionsHtml(false)}
    <h3>Why</h3><ul class="cpc-reasons">${items(result.reasons)}</ul>
    ${actions}
    <p class="cpc-hint">Check your current local procedure before relying on this.</p>`;
  wireActions(section, { text });
}

export function mountQuorum(form) {
  return mount(form, { name: "quorum", read, fill, query, mapField, render, want: ["text"] });
}
