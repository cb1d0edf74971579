// @ts-check
// What a result offers: Copy as text, Copy link, Print and Add to calendar, and the source line
// under each rule.
import { h } from "./dom.js";

export const SITE_ROOT = new URL("../../", import.meta.url);

/**
 * @typedef {{ authority: string, authority_name: string, section: string, quote?: string, summary?: string }} Source
 */

/**
 * The row of result actions (wired by wireActions).
 * @param {boolean} withCalendar
 */
export function actions(withCalendar) {
  const button = (/** @type {string} */ action, /** @type {string} */ label) =>
    h("button", { type: "button", className: "cpc-button cpc-button--secondary", dataset: { action } }, label);
  return h("div", { className: "cpc-actions" },
    button("copy", "Copy as text"),
    button("link", "Copy link"),
    button("print", "Print"),
    withCalendar && button("ics", "Add to calendar (.ics)"),
    h("span", { className: "cpc-actions__status", role: "status", dataset: { actionStatus: "" } }));
}

/**
 * @param {HTMLElement} section
 * @param {{ text: string, makeCalendar?: () => Promise<string>, filename?: string }} how
 */
export function wireActions(section, { text, makeCalendar, filename }) {
  const status = /** @type {HTMLElement} */ (section.querySelector("[data-action-status]"));
  const say = (/** @type {string} */ message) => { status.textContent = message; };
  const copy = async (/** @type {string} */ value, /** @type {string} */ done) => {
    try { await navigator.clipboard.writeText(value); say(done); } catch { say("Copying is blocked in this browser: select the text and copy it instead."); }
  };
  const on = (/** @type {string} */ action, /** @type {() => void} */ handler) =>
    section.querySelector(`[data-action="${action}"]`)?.addEventListener("click", handler);
  on("copy", () => copy(text, "Copied the results as text."));
  on("link", () => copy(window.location.href, "Copied a link to these results."));
  on("print", () => window.print());
  if (makeCalendar) {
    on("ics", async () => {
      const content = await makeCalendar();
      const url = URL.createObjectURL(new Blob([content], { type: "text/calendar;charset=utf-8" }));
      const link = h("a", { href: url, download: filename || "deadlines.ics" });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      say("Calendar file downloaded: open it to add the deadlines to Outlook or Google Calendar.");
    });
  }
}

/**
 * A page of this site by its path from the site's root, with its #fragment kept (a URL's
 * pathname alone drops it, which sent every source link to the top of the sources page).
 * @param {string} path
 */
function sitePath(path) {
  const url = new URL(path, SITE_ROOT);
  return `${url.pathname}${url.hash}`;
}

/**
 * "Source: <Name>, section 3: “quote” · Read about this in the handbook".
 * @param {Source | null | undefined} source
 * @param {string} [linkPage] the handbook page, relative to the site's root
 */
export function sourceLine(source, linkPage) {
  if (!source) { return null; }
  const cited = source.quote ? `: “${source.quote}”` : source.summary ? ` (summary: ${source.summary})` : "";
  return h("p", { className: "cpc-source" },
    "Source: ",
    h("a", { href: sitePath(`sources/#${source.authority}`) }, `${source.authority_name}, ${source.section}`),
    cited,
    linkPage && [" · ", h("a", { href: new URL(linkPage, SITE_ROOT).pathname }, "Read about this in the handbook")]);
}
