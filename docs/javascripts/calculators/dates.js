// @ts-check
// GOV.UK date input: day, month and year fields read into "YYYY-MM-DD", and the free-text dates
// of lists such as office closure days. Whether a date is real (30 February) is the engine's to
// say; these only say what is missing or not a number, in GOV.UK's words.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * @typedef {{ empty: true, value?: undefined, error?: undefined, part?: undefined }
 *   | { value: string, empty?: undefined, error?: undefined, part?: undefined }
 *   | { error: string, part?: string, empty?: undefined, value?: undefined }} DateReading
 */

/** @param {string} text */
function monthNumber(text) {
  if (/^\d{1,2}$/.test(text)) { return Number(text); }
  const index = MONTHS.indexOf(text.slice(0, 3).toLowerCase());
  return index >= 0 && /^[a-z]+$/i.test(text) ? index + 1 : NaN;
}

/**
 * Day, month and year as typed -> {empty}, {value: "YYYY-MM-DD"} or {error, part}, where part
 * is the field to put the cursor in.
 * @param {string} day
 * @param {string} month
 * @param {string} year
 * @param {string} label the field's name in a sentence, e.g. "Date of the strategy discussion"
 * @returns {DateReading}
 */
export function parseDateParts(day, month, year, label) {
  /** @type {Record<"day" | "month" | "year", string>} */
  const parts = { day: day.trim(), month: month.trim(), year: year.trim() };
  const missing = /** @type {("day" | "month" | "year")[]} */ (Object.keys(parts)).filter((part) => parts[part] === "");
  if (missing.length === 3) { return { empty: true }; }
  if (missing.length) {
    const named = missing.length === 2 ? `${missing[0]} and ${missing[1]}` : missing[0];
    return { error: `${label} must include a ${named}`, part: missing[0] };
  }
  const monthValue = monthNumber(parts.month);
  if (!/^\d{1,2}$/.test(parts.day) || Number.isNaN(monthValue)) {
    return { error: `${label} must be a real date`, part: "day" };
  }
  if (!/^\d{4}$/.test(parts.year)) {
    return { error: `${label}: the year must include 4 numbers`, part: "year" };
  }
  const pad = (/** @type {number | string} */ n) => String(n).padStart(2, "0");
  return { value: `${parts.year}-${pad(monthValue)}-${pad(parts.day)}` };
}

/**
 * A free-text date ("24 12 2026", "24/12/2026", "2026-12-24").
 * @param {string} text
 * @param {string} label
 * @returns {DateReading}
 */
export function parseLooseDate(text, label) {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) { return parseDateParts(iso[3], iso[2], iso[1], label); }
  const parts = text.split(/[\s/.-]+/).filter(Boolean);
  if (parts.length !== 3) { return { error: `${label} must be a real date, like 24 12 2026` }; }
  return parseDateParts(parts[0], parts[1], parts[2], label);
}

/**
 * @param {ParentNode} form
 * @param {string} name the date field's name (its fieldset's data-date)
 */
function dateField(form, name) {
  const field = form.querySelector(`[data-date="${name}"]`);
  if (!field) { throw new Error(`no date field ${name}`); }
  return field;
}

/**
 * @param {ParentNode} field
 * @param {string} part
 */
function partInput(field, part) {
  return /** @type {HTMLInputElement} */ (field.querySelector(`[data-date-part="${part}"]`));
}

/**
 * @param {ParentNode} form
 * @param {string} name
 * @returns {DateReading}
 */
export function readDate(form, name) {
  const field = dateField(form, name);
  const label = (field.querySelector("legend")?.textContent || name).trim();
  return parseDateParts(partInput(field, "day").value, partInput(field, "month").value,
    partInput(field, "year").value, label);
}

/**
 * @param {ParentNode} form
 * @param {string} name
 * @param {string | null} iso
 */
export function writeDate(form, name, iso) {
  const field = dateField(form, name);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  const values = match
    ? { year: match[1], month: String(Number(match[2])), day: String(Number(match[3])) }
    : { year: "", month: "", day: "" };
  for (const part of /** @type {const} */ (["day", "month", "year"])) {
    partInput(field, part).value = values[part];
  }
}
