// @ts-check
// The inputs in the address, and the remembered authority.
//
// What a user typed (a child's date of birth, say) goes in the address after "#": the part a
// browser never sends to a server, so it reaches no server's logs and no Referer. A "#" holds
// inputs only when it has an "=": a heading's id (Skip to content, a permalink) never does.

export const AUTHORITY_KEY = "cpc-authority";

/** @param {string} fragment the address after "#" */
export function isState(fragment) {
  return fragment.includes("=");
}

/**
 * The inputs held by an address (its "#" part, or for links from before the "#" form its query).
 * @param {string} hash location.hash, with or without its "#"
 * @param {string} search location.search
 * @returns {{ params: URLSearchParams, fromQuery: boolean }}
 */
export function parseState(hash, search) {
  const fragment = hash.replace(/^#/, "");
  if (isState(fragment)) { return { params: new URLSearchParams(fragment), fromQuery: false }; }
  const query = new URLSearchParams(search);
  return { params: query, fromQuery: [...query.keys()].length > 0 };
}

/**
 * A page's address with the inputs after "#" and no query string.
 * @param {string} pathname
 * @param {URLSearchParams} params
 */
export function stateHref(pathname, params) {
  const fragment = params.toString();
  return `${pathname}${fragment ? `#${fragment}` : ""}`;
}

/** The inputs this page was opened with; a query-string link is rewritten at once to the "#" form. */
export function readState() {
  const { params, fromQuery } = parseState(window.location.hash, window.location.search);
  if (fromQuery) { writeState(params); }
  return params;
}

/** @param {URLSearchParams} params */
export function writeState(params) {
  window.history.replaceState(window.history.state, "", stateHref(window.location.pathname, params));
}

/**
 * Picks the authority from the link, else the one remembered in this browser.
 * @param {HTMLFormElement} form
 * @param {URLSearchParams} params
 */
export function restoreAuthority(form, params) {
  const select = /** @type {HTMLSelectElement} */ (form.querySelector("#authority"));
  const wanted = params.get("authority") || localStorage.getItem(AUTHORITY_KEY);
  if (wanted && [...select.options].some((o) => o.value === wanted)) { select.value = wanted; }
  select.addEventListener("change", () => localStorage.setItem(AUTHORITY_KEY, select.value));
}

/** @param {string} value */
export function rememberAuthority(value) {
  localStorage.setItem(AUTHORITY_KEY, value);
}
