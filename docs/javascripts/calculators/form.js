// What the three calculator forms share: GOV.UK date input and error summary, the remembered
// authority, the address that mirrors every input (after "#"), live recalculation, and offline caching.
import { calculate, watchForNewRules, whenReady } from "./client.js";
import { showFailure } from "./failure.js";
import { deviceToday, workedOutFrom } from "./inputs.js";

const AUTHORITY_KEY = "cpc-authority";
const SITE_ROOT = new URL("../../", import.meta.url);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export { SITE_ROOT };

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

// ------------------------------------------------------------------ dates (GOV.UK date input)
function monthNumber(text) {
  if (/^\d{1,2}$/.test(text)) { return Number(text); }
  const index = MONTHS.indexOf(text.slice(0, 3).toLowerCase());
  return index >= 0 && /^[a-z]+$/i.test(text) ? index + 1 : NaN;
}

// Reads day/month/year parts into "YYYY-MM-DD". Returns {empty}, {value} or {error}; whether
// the date is real (30 February) is the calculator's to say.
export function parseDateParts(day, month, year, label) {
  const parts = { day: day.trim(), month: month.trim(), year: year.trim() };
  const missing = Object.keys(parts).filter((part) => parts[part] === "");
  if (missing.length === 3) { return { empty: true }; }
  if (missing.length) {
    const list = missing.length === 2 ? `${missing[0]} and ${missing[1]}` : missing[0];
    return { error: `${label} must include a ${list}`, part: missing[0] };
  }
  const monthValue = monthNumber(parts.month);
  if (!/^\d{1,2}$/.test(parts.day) || Number.isNaN(monthValue)) {
    return { error: `${label} must be a real date`, part: "day" };
  }
  if (!/^\d{4}$/.test(parts.year)) {
    return { error: "Year must include 4 numbers", part: "year" };
  }
  const pad = (n) => String(n).padStart(2, "0");
  return { value: `${parts.year}-${pad(monthValue)}-${pad(parts.day)}` };
}

export function readDate(form, name) {
  const field = form.querySelector(`[data-date="${name}"]`);
  const get = (part) => field.querySelector(`[data-date-part="${part}"]`).value;
  const label = field.querySelector("legend").textContent.trim();
  return parseDateParts(get("day"), get("month"), get("year"), label);
}

export function writeDate(form, name, iso) {
  const field = form.querySelector(`[data-date="${name}"]`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  const values = match ? { year: match[1], month: String(Number(match[2])), day: String(Number(match[3])) } : { year: "", month: "", day: "" };
  for (const part of ["day", "month", "year"]) {
    field.querySelector(`[data-date-part="${part}"]`).value = values[part];
  }
}

// A free-text date ("24 12 2026", "24/12/2026", "2026-12-24") for lists such as closure days.
export function parseLooseDate(text, label) {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) { return parseDateParts(iso[3], iso[2], iso[1], label); }
  const parts = text.split(/[\s/.-]+/).filter(Boolean);
  if (parts.length !== 3) { return { error: `${label} must be a real date, like 24 12 2026` }; }
  return parseDateParts(parts[0], parts[1], parts[2], label);
}

export function isoToText(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${m} ${y}`;
}

// ------------------------------------------------------------------ errors (GOV.UK error summary)
export function clearErrors(form) {
  const summary = form.querySelector("[data-error-summary]");
  summary.hidden = true;
  summary.querySelector("[data-error-list]").innerHTML = "";
  for (const message of form.querySelectorAll("[data-error-for]")) {
    message.hidden = true;
    message.textContent = "";
  }
  for (const group of form.querySelectorAll(".cpc-form-group--error")) {
    group.classList.remove("cpc-form-group--error");
  }
  for (const input of form.querySelectorAll("[aria-invalid]")) { input.removeAttribute("aria-invalid"); }
  document.title = document.title.replace(/^Error: /, "");
}

// errors: [{id, message, focus?}] where id is the field's element id.
export function showErrors(form, errors) {
  const summary = form.querySelector("[data-error-summary]");
  const list = summary.querySelector("[data-error-list]");
  for (const { id, message, focus } of errors) {
    const target = focus || firstInput(form, id);
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `#${target}`;
    link.textContent = message;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const input = document.getElementById(target);
      if (input) { input.focus(); input.scrollIntoView({ block: "center" }); }
    });
    item.appendChild(link);
    list.appendChild(item);
    const inline = form.querySelector(`[data-error-for="${CSS.escape(id)}"]`);
    if (inline) {
      inline.hidden = false;
      inline.innerHTML = `<span class="cpc-visually-hidden">Error:</span> ${escapeHtml(message)}`;
      inline.closest(".cpc-form-group").classList.add("cpc-form-group--error");
      const details = inline.closest("details");
      if (details) { details.open = true; }
    }
    const input = document.getElementById(target);
    if (input) { input.setAttribute("aria-invalid", "true"); }
  }
  summary.hidden = false;
  if (!document.title.startsWith("Error: ")) { document.title = `Error: ${document.title}`; }
  summary.focus();
}

function firstInput(form, id) {
  const element = document.getElementById(id);
  if (!element) { return id; }
  if (element.matches("input, select, textarea")) { return id; }
  const input = element.querySelector("input, select, textarea");
  return input ? input.id : id;
}

// Calculator errors -> summary entries, using mapField(field) -> element id. The calculator's
// messages are whole sentences naming the field by its label, shown as they are.
export function calculatorErrors(form, errors, mapField) {
  return errors.map(({ field, message }) => ({ id: mapField(field), message }));
}

// ------------------------------------------------------------------ authority, URL, status
export function restoreAuthority(form, params) {
  const select = form.querySelector("#authority");
  const wanted = params.get("authority") || localStorage.getItem(AUTHORITY_KEY);
  if (wanted && [...select.options].some((o) => o.value === wanted)) { select.value = wanted; }
  select.addEventListener("change", () => localStorage.setItem(AUTHORITY_KEY, select.value));
}

export function rememberAuthority(value) {
  localStorage.setItem(AUTHORITY_KEY, value);
}

// The handbook page each calculator applies, for the message shown when it cannot start.
const HANDBOOK = {
  deadlines: "handbook/timing/",
  quorum: "handbook/membership-and-quorum/",
  attendance: "handbook/involving-children-and-families/",
};

// Results from rules the site has since replaced stay visible, marked, until they are redone.
function markSuperseded(section) {
  if (section.hidden || section.querySelector("[data-superseded]")) { return; }
  const notice = document.createElement("div");
  notice.className = "cpc-warning cpc-superseded";
  notice.dataset.superseded = "";
  notice.setAttribute("role", "status");
  notice.textContent = "These results were worked out with rules that have since been updated. " +
    "Working them out again with the current rules…";
  section.prepend(notice);
  section.classList.add("cpc-results--superseded");
}

// ------------------------------------------------------------------ the inputs in the address
// What a user typed (a child's date of birth, say) goes in the address after "#": the part a
// browser never sends to a server, so it reaches no server's logs and no Referer. A "#" holds
// inputs only when it has an "=": a heading's id (Skip to content, a permalink) never does.
function isState(fragment) {
  return fragment.includes("=");
}

// The inputs a link was opened with. Links from before the "#" form carried them in the query
// string: those still work, and the address is rewritten at once so the query leaves it.
function readState() {
  const fragment = window.location.hash.slice(1);
  if (isState(fragment)) { return new URLSearchParams(fragment); }
  const query = new URLSearchParams(window.location.search);
  if ([...query.keys()].length) {
    window.history.replaceState(window.history.state, "", stateLink(query));
  }
  return query;
}

// The page's own address with params after "#" (and no query string).
function stateLink(params) {
  const fragment = params.toString();
  return `${window.location.pathname}${fragment ? `#${fragment}` : ""}`;
}

// ------------------------------------------------------------------ the calculation loop
// Returns a promise that settles after the first answer (see app.js). spec: {name, read(form) -> {payload, errors}, fill(form, params), query(payload) -> URLSearchParams,
//        mapField(field) -> element id, render(section, response, payload, runtime), want}
export function mount(form, spec) {
  const section = form.parentElement.querySelector("[data-results]");
  const params = readState();
  let runtime = null;
  let live = false;
  let running = Promise.resolve();
  restoreAuthority(form, params);
  const hasQuery = [...params.keys()].length > 0;
  if (hasQuery) { spec.fill(form, params); }

  const statusLine = form.parentElement.querySelector("[data-status]");
  let failed = null;
  function fail(error) {
    failed = error.failure || { code: "start", detail: String(error.message || error) };
    form.dataset.failed = failed.code;
    section.hidden = true;
    showFailure(statusLine, failed, HANDBOOK[spec.name]);
  }

  async function run(reason) {
    if (failed) { showFailure(statusLine, failed, HANDBOOK[spec.name]); return; }
    performance.mark("cpc:calc-start");
    clearErrors(form);
    const { payload, errors } = spec.read(form);
    if (errors.length) {
      section.hidden = true;
      showErrors(form, errors);
      return;
    }
    const response = await calculate({ name: spec.name, payload, want: spec.want || [] });
    const { result } = response;
    if (result.errors) {
      section.hidden = true;
      showErrors(form, calculatorErrors(form, result.errors, spec.mapField));
      return;
    }
    rememberAuthority(payload.authority);
    window.history.replaceState(window.history.state, "", stateLink(spec.query(payload)));
    spec.render(section, response, payload, runtime);
    section.classList.remove("cpc-results--superseded");
    section.append(workedOutFrom(result, deviceToday()));
    section.hidden = false;
    performance.mark("cpc:calc-end");
    if (!performance.getEntriesByName("cpc:first-result").length) { performance.mark("cpc:first-result"); }
    if (reason === "submit") { section.querySelector("h2").focus(); }
    live = true;
    watchForNewRules();
  }

  function queue(reason) {
    running = running.then(() => run(reason)).catch((error) => {
      if (error.failure && error.failure.code === "superseded") { return; } // redone on cpc:rules-changed
      fail(error);
    });
    return running;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    queue("submit");
  });
  const recalc = () => { if (live) { queue("input"); } };
  form.addEventListener("input", recalc);
  form.addEventListener("change", recalc);
  document.addEventListener("cpc:rules-superseded", () => markSuperseded(section));
  document.addEventListener("cpc:rules-changed", (event) => {
    runtime = event.detail.runtime;
    if (live && document.contains(form)) { queue("rules"); }
  });

  // Settles once the calculator is ready and has answered the link it was opened with.
  return whenReady().then(({ runtime: loaded }) => {
    runtime = loaded;
    statusLine.textContent = "The calculator is ready.";
    form.dataset.ready = "true";
    return hasQuery ? queue("link") : undefined;
  }).catch(fail);
}

// ------------------------------------------------------------------ result actions
export function actionsHtml(withCalendar) {
  return `<div class="cpc-actions">
    <button type="button" class="cpc-button cpc-button--secondary" data-action="copy">Copy as text</button>
    <button type="button" class="cpc-button cpc-button--secondary" data-action="link">Copy link</button>
    <button type="button" class="cpc-button cpc-button--secondary" data-action="print">Print</button>
    ${withCalendar ? '<button type="button" class="cpc-button cpc-button--secondary" data-action="ics">Add to calendar (.ics)</button>' : ""}
    <span class="cpc-actions__status" role="status" data-action-status></span>
  </div>`;
}

export function wireActions(section, { text, makeCalendar, filename }) {
  const say = (message) => { section.querySelector("[data-action-status]").textContent = message; };
  const copy = async (value, done) => {
    try { await navigator.clipboard.writeText(value); say(done); } catch { say("Copying is blocked in this browser: select the text and copy it instead."); }
  };
  section.querySelector('[data-action="copy"]').addEventListener("click", () => copy(text, "Copied the results as text."));
  section.querySelector('[data-action="link"]').addEventListener("click", () => copy(window.location.href, "Copied a link to these results."));
  section.querySelector('[data-action="print"]').addEventListener("click", () => window.print());
  const ics = section.querySelector('[data-action="ics"]');
  if (ics) {
    ics.addEventListener("click", async () => {
      const content = await makeCalendar();
      const url = URL.createObjectURL(new Blob([content], { type: "text/calendar;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = filename;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      say("Calendar file downloaded: open it to add the deadlines to Outlook or Google Calendar.");
    });
  }
}

export function sourceHtml(source, linkPage) {
  if (!source) { return ""; }
  const cited = source.quote ? `: “${escapeHtml(source.quote)}”` : source.summary ? ` (summary: ${escapeHtml(source.summary)})` : "";
  const anchor = source.authority === "england" ? "national" : source.authority;
  const where = `<a href="${new URL(`sources/#${anchor}`, SITE_ROOT).pathname}">${escapeHtml(source.authority_name)}, ${escapeHtml(source.section)}</a>`;
  return `<p class="cpc-source">Source: ${where}${cited}${linkPage ? ` · <a href="${new URL(linkPage, SITE_ROOT).pathname}">Read about this in the handbook</a>` : ""}</p>`;
}

export { whenReady, calculate };
