// @ts-check
// What a practitioner is told when a calculator cannot start or answer: what happened, that the
// handbook still works, what to try and whom to tell, in plain words, as a role="alert" message.
// The technical detail is one line from client.js/worker.js (a file and a status), never a stack.

const SITE_ROOT = new URL("../../", import.meta.url);

/** Plain words for each failure code of worker.js and client.js. */
const WHAT_HAPPENED = {
  runtime: "The list of the calculator's files could not be downloaded from this site.",
  pyodide: "The Python program the calculators run on could not be loaded from this site.",
  wheel: "The calculators' rules could not be loaded from this site.",
  worker: "Your browser could not start the calculator's background script.",
  timeout: "The calculator did not finish loading in time.",
  python: "The calculator stopped with an internal error.",
  start: "The calculator could not start.",
};

/**
 * Show (or show again) the failure message before `anchor`, stop the loading indicator and
 * return the message element.
 * @param {Element} anchor the calculator's status line (the loading indicator)
 * @param {{code: string, detail: string}} failure
 * @param {string} handbookPath the handbook page that covers what the calculator does
 */
export function showFailure(anchor, failure, handbookPath) {
  const container = /** @type {HTMLElement} */ (anchor.parentElement);
  let alert = /** @type {HTMLElement | null} */ (container.querySelector("[data-failure]"));
  if (!alert) {
    alert = buildAlert(failure, handbookPath);
    anchor.before(alert);
  }
  anchor.textContent = "";
  alert.focus();
  return alert;
}

/** @param {{code: string, detail: string}} failure @param {string} handbookPath */
function buildAlert(failure, handbookPath) {
  const alert = element("div", { class: "cpc-failure", role: "alert", tabindex: "-1", "data-failure": failure.code });
  alert.append(
    element("h2", { class: "cpc-failure__title" }, "The calculator is not working"),
    element("p", {}, WHAT_HAPPENED[/** @type {keyof typeof WHAT_HAPPENED} */ (failure.code)] || WHAT_HAPPENED.start),
    paragraph("The handbook pages still work: ", link("read about this in the handbook", handbookPath), "."),
    element("p", {}, "What to try:"),
    list([
      "Reload the page.",
      "If you are on a slow or filtered network, try again later or on another network: the calculator downloads about 13 MB the first time.",
      "Use an up-to-date browser (Microsoft Edge, Google Chrome, Firefox or Safari).",
    ]),
    paragraph(
      "If it keeps happening, tell whoever runs this handbook for your organisation (usually your IT service desk) and give them this detail: ",
      element("code", { "data-failure-detail": "" }, failure.detail),
    ),
  );
  return alert;
}

/**
 * @param {string} tag @param {Record<string, string>} attributes @param {...(string | Node)} children
 * @returns {HTMLElement}
 */
function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) { node.setAttribute(name, value); }
  node.append(...children);
  return node;
}

/** @param {...(string | Node)} children */
function paragraph(...children) { return element("p", {}, ...children); }

/** @param {string} text @param {string} path */
function link(text, path) { return element("a", { href: new URL(path, SITE_ROOT).pathname }, text); }

/** @param {string[]} items */
function list(items) { return element("ul", {}, ...items.map((item) => element("li", {}, item))); }
