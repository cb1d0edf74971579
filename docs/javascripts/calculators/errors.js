// @ts-check
// Errors the GOV.UK way: every error at once in a summary, in the order of the fields on the
// page, each linked to its field; each field shows its own message, tied to its inputs with
// aria-describedby so a screen reader hears the message, not just "invalid".

/** @typedef {{ id: string, message: string, focus?: string }} FieldError */

/**
 * Errors in the order their fields come on the page (fields not found go last, in the order
 * given). One message per field: the first for it.
 * @param {FieldError[]} errors
 * @param {string[]} order element ids in page order
 * @returns {FieldError[]}
 */
export function orderErrors(errors, order) {
  const rank = (/** @type {FieldError} */ e) => {
    const at = order.indexOf(e.id);
    return at < 0 ? order.length : at;
  };
  const seen = new Set();
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => rank(a.error) - rank(b.error) || a.index - b.index)
    .map(({ error }) => error)
    .filter((error) => {
      const key = `${error.id}\n${error.message}`;
      if (seen.has(key)) { return false; }
      seen.add(key);
      return true;
    });
}

/**
 * @param {Element} element
 * @param {string} id
 * @param {boolean} on
 */
function describedBy(element, id, on) {
  const ids = (element.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean)
    .filter((other) => other !== id);
  if (on) { ids.push(id); }
  if (ids.length) { element.setAttribute("aria-describedby", ids.join(" ")); } else { element.removeAttribute("aria-describedby"); }
}

/**
 * The input a summary link goes to: the element itself, or the first input inside it.
 * @param {string} id
 */
function firstInput(id) {
  const element = document.getElementById(id);
  if (!element || element.matches("input, select, textarea")) { return id; }
  const input = element.querySelector("input, select, textarea");
  return input && input.id ? input.id : id;
}

/** @param {HTMLFormElement} form */
export function clearErrors(form) {
  const summary = /** @type {HTMLElement} */ (form.querySelector("[data-error-summary]"));
  summary.hidden = true;
  summary.querySelector("[data-error-list]")?.replaceChildren();
  for (const message of form.querySelectorAll("[data-error-for]")) {
    const inline = /** @type {HTMLElement} */ (message);
    inline.hidden = true;
    inline.replaceChildren();
    for (const tied of form.querySelectorAll(`[aria-describedby~="${CSS.escape(inline.id)}"]`)) {
      describedBy(tied, inline.id, false);
    }
  }
  for (const group of form.querySelectorAll(".cpc-form-group--error")) {
    group.classList.remove("cpc-form-group--error");
  }
  for (const input of form.querySelectorAll("[aria-invalid]")) { input.removeAttribute("aria-invalid"); }
  document.title = document.title.replace(/^Error: /, "");
}

/**
 * Shows each field's message beside it and, with `summary`, the error summary (focused when
 * `focus`: only when the user submits or opens a link, never while they type).
 * @param {HTMLFormElement} form
 * @param {FieldError[]} errors
 * @param {{ summary?: boolean, focus?: boolean }} [how]
 */
export function showErrors(form, errors, { summary = true, focus = true } = {}) {
  const order = [...form.querySelectorAll("[id]")].map((element) => element.id);
  const box = /** @type {HTMLElement} */ (form.querySelector("[data-error-summary]"));
  const list = /** @type {HTMLElement} */ (box.querySelector("[data-error-list]"));
  const shownFor = new Set();
  for (const { id, message, focus: target = firstInput(id) } of orderErrors(errors, order)) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `#${target}`;
    link.textContent = message;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const input = document.getElementById(target);
      if (input) { input.focus(); input.scrollIntoView({ block: "center" }); }
    });
    item.append(link);
    list.append(item);
    const inline = /** @type {HTMLElement | null} */ (form.querySelector(`[data-error-for="${CSS.escape(id)}"]`));
    if (inline && !shownFor.has(id)) {
      shownFor.add(id);
      const hidden = document.createElement("span");
      hidden.className = "cpc-visually-hidden";
      hidden.textContent = "Error:";
      inline.replaceChildren(hidden, ` ${message}`);
      inline.hidden = false;
      inline.closest(".cpc-form-group")?.classList.add("cpc-form-group--error");
      const details = inline.closest("details");
      if (details) { details.open = true; }
      const field = document.getElementById(id);
      if (field) { describedBy(field, inline.id, true); }
      const input = document.getElementById(target);
      if (input && input !== field) { describedBy(input, inline.id, true); }
    }
    document.getElementById(target)?.setAttribute("aria-invalid", "true");
  }
  if (!summary) { return; }
  box.hidden = false;
  if (!document.title.startsWith("Error: ")) { document.title = `Error: ${document.title}`; }
  if (focus) { box.focus(); }
}

/**
 * The engine's errors -> field errors; mapField turns the engine's field name into the form's
 * element id. The engine's messages are written for people and are shown as they are.
 * @param {{ field: string, message: string }[]} errors
 * @param {(field: string) => string} mapField
 * @returns {FieldError[]}
 */
export function calculatorErrors(errors, mapField) {
  return errors.map(({ field, message }) => ({ id: mapField(field), message }));
}
