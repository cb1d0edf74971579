// @ts-check
// What a result was worked out from, shown with it on screen and on paper: a printout in a case
// file names the authority, every date entered (as the engine words it, "Friday 18 December
// 2026"), the rules version and the day it was worked out, so it can be checked later.

/**
 * @typedef {{ field: string, label: string, text: string }} Input
 * @typedef {{ inputs?: Input[], rules_version: string, rules_built: string }} Worked
 */

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

/**
 * "27 November 2026", or "Friday 27 November 2026" with its weekday, for a YYYY-MM-DD date: the
 * engine's wording (browsers' own formats differ, some with a comma after the weekday).
 * @param {string} iso
 * @param {boolean} [weekday]
 */
export function longDate(iso, weekday = true) {
  const day = new Date(`${iso}T00:00:00Z`);
  const date = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  return weekday ? `${DAYS[day.getUTCDay()]} ${date}` : date;
}

/**
 * The rows to show: every input but the device's own date, which the last line gives instead.
 * @param {Input[]} inputs
 * @returns {Input[]}
 */
export function shownInputs(inputs) {
  return inputs.filter((input) => input.field !== "today");
}

/**
 * @param {Worked} result
 * @param {string} today YYYY-MM-DD, the device's date
 * @returns {HTMLElement}
 */
export function workedOutFrom(result, today) {
  const box = document.createElement("div");
  box.className = "cpc-worked-from";
  const heading = document.createElement("h3");
  heading.className = "cpc-worked-from__title";
  heading.textContent = "Worked out from";
  const list = document.createElement("dl");
  list.className = "cpc-summary-list";
  for (const input of shownInputs(result.inputs || [])) {
    const row = document.createElement("div");
    row.className = "cpc-summary-list__row";
    row.dataset.input = input.field;
    const key = document.createElement("dt");
    key.className = "cpc-summary-list__key";
    key.textContent = input.label;
    const value = document.createElement("dd");
    value.className = "cpc-summary-list__value";
    value.textContent = input.text;
    row.append(key, value);
    list.append(row);
  }
  const note = document.createElement("p");
  note.className = "cpc-rules-version";
  note.dataset.rulesVersion = result.rules_version;
  note.textContent = `Worked out on ${longDate(today)} with rules version ${result.rules_version}, ` +
    `built ${longDate(result.rules_built, false)}.`;
  box.append(heading, list, note);
  return box;
}

/** The device's own date, YYYY-MM-DD (local, not UTC: at 00:30 in summer it is already today). */
export function deviceToday() {
  const now = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
