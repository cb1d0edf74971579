// @ts-check
// Building DOM without innerHTML: text is always text, so nothing a user or a rule says can become
// markup. h("p", {className: "cpc-hint"}, "Text ", h("strong", {}, "bold")).

/** @typedef {Node | string | number | null | undefined | false} Child */

/**
 * An element with its attributes and children. Attributes: className, dataset (an object),
 * hidden (boolean); any other key is set with setAttribute. Null, undefined and false children
 * are left out, so optional parts read naturally: `cond && h(...)`.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, any>} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) { continue; }
    if (key === "className") { node.className = String(value); }
    else if (key === "dataset") { Object.assign(node.dataset, value); }
    else if (key === "hidden") { node.hidden = Boolean(value); }
    else { node.setAttribute(key, value === true ? "" : String(value)); }
  }
  append(node, children);
  return node;
}

/**
 * @param {Element | DocumentFragment} parent
 * @param {(Child | Child[])[]} children
 */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) { continue; }
    parent.append(typeof child === "number" ? String(child) : child);
  }
}

/**
 * Replaces everything inside `parent`.
 * @param {Element} parent
 * @param {...(Child | Child[])} children
 */
export function replaceContent(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * A list of items, each made by `item`, or nothing when the list is empty.
 * @template T
 * @param {"ul" | "ol"} tag
 * @param {Record<string, any>} attrs
 * @param {T[]} values
 * @param {(value: T) => Child | Child[]} item
 */
export function list(tag, attrs, values, item) {
  return values.length ? h(tag, attrs, values.map((value) => h("li", {}, item(value)))) : null;
}
