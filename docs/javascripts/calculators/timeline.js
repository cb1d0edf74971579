// @ts-check
// The deadline timeline: one row a deadline, its label in ordinary text (legible on a phone and on
// paper, wrapping rather than shrinking or being cut) above a track that places its dot along the
// dates the deadlines span. Today is a row of its own in date order, and a line across the tracks.

/**
 * @typedef {{ due: string, due_text: string, title: string, status?: string, status_text?: string }} TimelineItem
 */

const DAY_MS = 86400000;

/**
 * Where each date falls along the span of all of them, as a percentage from 0 to 100.
 * @param {string[]} isoDates dates written YYYY-MM-DD
 * @returns {number[]}
 */
export function positions(isoDates) {
  const times = isoDates.map((iso) => Date.parse(`${iso}T00:00:00Z`));
  const low = Math.min(...times);
  const span = Math.max(...times) - low;
  return times.map((t) => (span > 0 ? Math.round(((t - low) / span) * 1000) / 10 : 0));
}

/**
 * "13 Jan 2027": short enough to sit beside a title on a phone.
 * @param {string} iso
 */
export function shortDate(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric", month: "short", year: "numeric", timeZone: "UTC",
  });
}

/**
 * The rows in date order, with today placed among them when it is given.
 * @param {TimelineItem[]} deadlines in date order
 * @param {string | null} today YYYY-MM-DD
 * @returns {{ kind: "deadline" | "today", iso: string, item?: TimelineItem }[]}
 */
export function rows(deadlines, today) {
  /** @type {{ kind: "deadline" | "today", iso: string, item?: TimelineItem }[]} */
  const out = deadlines.map((item) => ({ kind: /** @type {const} */ ("deadline"), iso: item.due, item }));
  if (today) {
    // Today goes before the deadlines due on it: they are still to be met.
    const at = out.findIndex((row) => row.iso >= today);
    out.splice(at < 0 ? out.length : at, 0, { kind: "today", iso: today });
  }
  return out;
}

/**
 * @param {string} tag
 * @param {string} className
 * @param {string} [text]
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) { node.textContent = text; }
  return node;
}

/**
 * @param {TimelineItem[]} deadlines in date order
 * @param {string | null} today YYYY-MM-DD, the device's date, or null for no today mark
 * @returns {HTMLElement | null}
 */
export function timeline(deadlines, today) {
  if (!deadlines.length) { return null; }
  const all = rows(deadlines, today);
  const places = positions(all.map((row) => row.iso));
  const todayAt = today ? places[all.findIndex((row) => row.kind === "today")] : null;

  const figure = el("figure", "cpc-timeline");
  const caption = el("figcaption", "cpc-timeline__caption",
    `Timeline: ${deadlines.length} deadline${deadlines.length === 1 ? "" : "s"} from ` +
    `${shortDate(deadlines[0].due)} to ${shortDate(deadlines[deadlines.length - 1].due)}, in date order` +
    (today ? `, with today (${shortDate(today)}) marked.` : "."));
  figure.append(caption);

  const list = el("ol", "cpc-timeline__rows");
  all.forEach((row, index) => {
    const item = el("li", `cpc-timeline__row cpc-timeline__row--${row.kind}`);
    if (row.kind === "deadline" && row.item && row.item.status) {
      item.classList.add(`cpc-timeline__row--${row.item.status}`);
    }
    const label = el("span", "cpc-timeline__label");
    const time = el("time", "cpc-timeline__date", shortDate(row.iso));
    time.setAttribute("datetime", row.iso);
    label.append(time, row.kind === "today" ? ": today" : `: ${row.item ? row.item.title : ""}`);
    if (row.item && row.item.status_text) {
      label.append(" ", el("span", "cpc-timeline__status", `(${row.item.status_text})`));
    }
    const track = el("span", "cpc-timeline__track");
    track.setAttribute("aria-hidden", "true");
    if (todayAt !== null && row.kind !== "today") {
      const line = el("span", "cpc-timeline__today-line");
      line.style.left = `${todayAt}%`;
      track.append(line);
    }
    const dot = el("span", row.kind === "today" ? "cpc-timeline__today-dot" : "cpc-timeline__dot");
    dot.style.left = `${places[index]}%`;
    track.append(dot);
    item.append(label, track);
    list.append(item);
  });
  figure.append(list);
  return figure;
}
