// @ts-check
// A calculator form's life: read it, ask the calculators (client.js), show the result or the
// errors, mirror the inputs in the address, and recalculate as the user edits.
//
// Focus moves only when the user asks for an answer (submits, or opens a link with inputs): to
// the error summary or to the results. While they edit after a result, focus stays where they
// type: the field being edited shows its own message if it is incomplete (other fields' problems
// are listed with the results, so the form does not shift under the user's pointer), the results
// stay but are marked out of date, and a polite live region says when they are up to date again.
import { calculate, watchForNewRules, whenReady } from "./client.js";
import { h } from "./dom.js";
import { calculatorErrors, clearErrors, showErrors } from "./errors.js";
import { showFailure } from "./failure.js";
import { deviceToday, workedOutFrom } from "./inputs.js";
import { readState, rememberAuthority, restoreAuthority, writeState } from "./state.js";

/**
 * @typedef {import("./errors.js").FieldError} FieldError
 * @typedef {{ result: any, text?: string, ics?: string }} Response
 * @typedef {{
 *   name: "deadlines" | "quorum" | "attendance",
 *   read: (form: HTMLFormElement) => { payload: any, errors: FieldError[] },
 *   fill: (form: HTMLFormElement, params: URLSearchParams) => void,
 *   query: (payload: any) => URLSearchParams,
 *   mapField: (field: string) => string,
 *   render: (section: HTMLElement, response: Response, payload: any, runtime: any) => void,
 *   want?: string[],
 * }} Spec
 */

/** The calculator's errors that only say a field was not given: when the page could not read
 * that field, its own message already says why. */
const LEFT_OUT = new Set(["events", "age"]);

/** The handbook page each calculator applies, for the message shown when it cannot start. */
const HANDBOOK = {
  deadlines: "handbook/timing/",
  quorum: "handbook/membership-and-quorum/",
  attendance: "handbook/involving-children-and-families/",
};

/**
 * Results from rules the site has since replaced stay visible, marked, until they are redone.
 * @param {HTMLElement} section
 */
function markSuperseded(section) {
  if (section.hidden || section.querySelector("[data-superseded]")) { return; }
  section.prepend(h("div", { className: "cpc-warning cpc-superseded", dataset: { superseded: "" }, role: "status" },
    "These results were worked out with rules that have since been updated. Working them out again with the current rules…"));
  section.classList.add("cpc-results--superseded");
}

/**
 * Results kept on screen while the form has a problem the user is still typing through, with
 * what is needed to bring them up to date.
 * @param {HTMLElement} section
 * @param {FieldError[] | null} errors null when the results are up to date
 */
function markStale(section, errors) {
  section.classList.toggle("cpc-results--stale", Boolean(errors));
  section.querySelector("[data-stale]")?.remove();
  if (errors) {
    section.prepend(h("div", { className: "cpc-warning cpc-stale", dataset: { stale: "" } },
      h("p", {}, h("strong", {}, "These results are out of date."),
        " They are for the answers you gave before your last change. To update them:"),
      h("ul", {}, errors.map((error) => h("li", {}, error.message)))));
  }
}

/**
 * Mounts a calculator; returns a promise that settles after its first answer (see app.js).
 * @param {HTMLFormElement} form
 * @param {Spec} spec
 */
export function mount(form, spec) {
  const parent = /** @type {HTMLElement} */ (form.parentElement);
  const section = /** @type {HTMLElement} */ (parent.querySelector("[data-results]"));
  const statusLine = /** @type {HTMLElement} */ (parent.querySelector("[data-status]"));
  // Made at mount, empty, so that what is put in it later is announced.
  const announcer = h("p", { className: "cpc-visually-hidden", dataset: { announce: "" }, "aria-live": "polite" });
  section.before(announcer);
  const params = readState();
  /** @type {any} */
  let runtime = null;
  let live = false;
  let running = Promise.resolve();
  /** @type {EventTarget | null} the field the user last changed */
  let edited = null;
  restoreAuthority(form, params);
  const hasQuery = [...params.keys()].length > 0;
  if (hasQuery) { spec.fill(form, params); }

  /** @type {{ code: string, detail?: string } | null} */
  let failed = null;
  /** @param {any} error */
  function fail(error) {
    failed = error.failure || { code: "start", detail: String(error.message || error) };
    form.dataset.failed = /** @type {{ code: string }} */ (failed).code;
    section.hidden = true;
    showFailure(statusLine, /** @type {any} */ (failed), HANDBOOK[spec.name]);
  }

  /** @param {string} text */
  function announce(text) {
    announcer.textContent = "";
    // A change the screen reader hears even when the words are the same as last time.
    requestAnimationFrame(() => { announcer.textContent = text; });
  }

  /**
   * @param {FieldError[]} errors
   * @param {string} reason
   */
  function problem(errors, reason) {
    if (reason === "input" && !section.hidden) {
      // Editing after a result: the field being edited says what is wrong; focus stays.
      const here = errors.filter((error) => {
        const field = document.getElementById(error.id);
        return field && edited instanceof Node && field.contains(edited);
      });
      showErrors(form, here, { summary: false, focus: false });
      markStale(section, errors);
      announce("The results are out of date until the form is complete.");
      return;
    }
    section.hidden = true;
    showErrors(form, errors, { summary: true, focus: reason === "submit" || reason === "link" });
  }

  /**
   * Every error at once: the fields the page could not read, and what the calculator says of
   * the rest (a date that is not real, dates in the wrong order). Its errors about a field the
   * page already flagged, or about a field left out because it could not be read (no date
   * given, no age given), would only repeat or mislead, so they are left out.
   * @param {any} payload what the page could read
   * @param {FieldError[]} errors
   * @returns {Promise<FieldError[]>}
   */
  async function withCalculatorErrors(payload, errors) {
    const response = await calculate({ name: spec.name, payload, want: [] });
    const flagged = new Set(errors.map((error) => error.id));
    /** @type {{ field: string, message: string }[]} */
    const found = response.result.errors || [];
    const specific = found.filter((error) => !LEFT_OUT.has(error.field));
    return [...errors, ...calculatorErrors(specific, spec.mapField).filter((error) => !flagged.has(error.id))];
  }

  /** @param {string} reason "submit", "link", "input" or "rules" */
  async function run(reason) {
    if (failed) { showFailure(statusLine, /** @type {any} */ (failed), HANDBOOK[spec.name]); return; }
    performance.mark("cpc:calc-start");
    clearErrors(form);
    const { payload, errors } = spec.read(form);
    if (errors.length) { problem(await withCalculatorErrors(payload, errors), reason); return; }
    /** @type {Response} */
    const response = await calculate({ name: spec.name, payload, want: spec.want || [] });
    const { result } = response;
    if (result.errors) { problem(calculatorErrors(result.errors, spec.mapField), reason); return; }
    rememberAuthority(payload.authority);
    writeState(spec.query(payload));
    const wasShowing = !section.hidden;
    spec.render(section, response, payload, runtime);
    section.classList.remove("cpc-results--superseded");
    markStale(section, null);
    section.append(workedOutFrom(result, deviceToday()));
    section.hidden = false;
    performance.mark("cpc:calc-end");
    if (!performance.getEntriesByName("cpc:first-result").length) { performance.mark("cpc:first-result"); }
    if (reason === "submit") {
      section.querySelector("h2")?.focus();
    } else if (wasShowing && reason === "input") {
      announce("Results updated.");
    }
    live = true;
    watchForNewRules();
  }

  /** @param {string} reason */
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
  const recalc = (/** @type {Event} */ event) => {
    if (live) { edited = event.target; queue("input"); }
  };
  form.addEventListener("input", recalc);
  form.addEventListener("change", recalc);
  document.addEventListener("cpc:rules-superseded", () => markSuperseded(section));
  document.addEventListener("cpc:rules-changed", (event) => {
    runtime = /** @type {CustomEvent} */ (event).detail.runtime;
    if (live && document.contains(form)) { queue("rules"); }
  });

  return whenReady().then(({ runtime: loaded }) => {
    runtime = loaded;
    statusLine.textContent = "The calculator is ready.";
    form.dataset.ready = "true";
    return hasQuery ? queue("link") : undefined;
  }).catch(fail);
}

export { calculate };
