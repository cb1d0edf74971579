// @ts-check
/**
 * When a comparison table has more authority columns, or a topic page more authority tabs,
 * than fit (more than MAX), the reader picks which authorities to compare: their own first
 * (the one the calculators remember), then the rest in order, up to MAX. The choice is kept
 * on the device, like the tab choice, and applies to every table and tab set. Printing shows
 * the chosen authorities only. With MAX or fewer authorities nothing changes.
 *
 * The markup names each authority: a table's column headers carry data-authority, and a page
 * with many tabs has a hidden .cpc-tab-authorities element mapping tab labels to authorities
 * (both written by calculators/handbook only when the picker is needed).
 */

const MAX = 6;
const CHOICE_KEY = "cpc-compare";
const OWN_KEY = "cpc-authority";

/** @param {string} key @returns {string | null} */
function stored(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the choice lasts for this page only
  }
}

/** @param {string} key @param {string} value */
function store(key, value) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // storage blocked or full: nothing to keep
  }
}

/** @returns {string[] | null} the authorities chosen before, if any */
function remembered() {
  const raw = stored(CHOICE_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((id) => typeof id === "string") : null;
  } catch {
    return null;
  }
}

/**
 * The authorities to show at first: the remembered choice, or the reader's own then the next.
 * @param {string[]} ids every authority, in the page's order
 * @returns {Set<string>}
 */
export function initialChoice(ids) {
  const before = remembered();
  if (before) {
    const kept = ids.filter((id) => before.includes(id));
    if (kept.length) return new Set(kept);
  }
  const own = stored(OWN_KEY);
  const chosen = own && ids.includes(own) ? [own] : [];
  for (const id of ids) {
    if (chosen.length >= MAX) break;
    if (!chosen.includes(id)) chosen.push(id);
  }
  return new Set(chosen);
}

/**
 * One thing the picker shows or hides: a table or a tab set.
 * @typedef {{ ids: string[], names: string[], apply: (chosen: Set<string>) => void, anchor: Element }} Target
 */

/** @param {HTMLTableElement} table @returns {Target | null} */
function tableTarget(table) {
  const header = table.tHead?.rows[0];
  if (!header) return null;
  /** @type {Map<number, string>} */
  const columns = new Map();
  /** @type {string[]} */
  const names = [];
  Array.from(header.cells).forEach((cell, index) => {
    const id = cell.getAttribute("data-authority");
    if (id) {
      columns.set(index, id);
      names.push((cell.textContent || id).trim());
    }
  });
  if (columns.size <= MAX) return null;
  return {
    ids: Array.from(columns.values()),
    names,
    anchor: table.closest(".cpc-compare") || table,
    apply(chosen) {
      for (const row of Array.from(table.rows)) {
        for (const [index, id] of columns) {
          const cell = row.cells[index];
          if (cell) cell.hidden = !chosen.has(id);
        }
      }
    },
  };
}

/** @param {Element} set @param {Record<string, string>} byLabel @returns {Target | null} */
function tabsTarget(set, byLabel) {
  const labels = Array.from(set.querySelectorAll(":scope > .tabbed-labels > label"));
  const blocks = Array.from(set.querySelectorAll(":scope > .tabbed-content > .tabbed-block"));
  const ids = labels.map((label) => byLabel[(label.textContent || "").trim()] || "");
  if (ids.length <= MAX || ids.some((id) => !id)) return null;
  return {
    ids,
    names: labels.map((label) => (label.textContent || "").trim()),
    anchor: set,
    apply(chosen) {
      labels.forEach((label, index) => {
        const shown = chosen.has(ids[index]);
        /** @type {HTMLElement} */ (label).hidden = !shown;
        blocks[index]?.classList.toggle("cpc-unchosen", !shown);
      });
      // The open tab is not among those chosen: open the first that is.
      const input = set.querySelector(":scope > input:checked");
      const open = labels.findIndex((label) => label.getAttribute("for") === input?.id);
      if (open < 0 || !chosen.has(ids[open])) {
        const first = labels.findIndex((_, index) => chosen.has(ids[index]));
        const radio = first >= 0 ? document.getElementById(labels[first].getAttribute("for") || "") : null;
        if (radio instanceof HTMLInputElement) radio.checked = true;
      }
    },
  };
}

let picker = 0;

/**
 * The picker: a disclosure holding one checkbox per authority, before what it controls.
 * @param {Target} target @param {Set<string>} chosen @param {() => void} changed
 */
function pickerFor(target, chosen, changed) {
  picker += 1;
  const details = document.createElement("details");
  details.className = "cpc-picker";
  const summary = document.createElement("summary");
  const count = () => `Choose authorities to compare (${chosen.size} of ${target.ids.length} shown)`;
  summary.textContent = count();
  const fieldset = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = "Authorities to compare";
  fieldset.append(legend);
  const own = stored(OWN_KEY);
  const order = target.ids.map((id, index) => ({ id, name: target.names[index] }));
  // The reader's own authority is listed first.
  order.sort((a, b) => Number(b.id === own) - Number(a.id === own));
  for (const { id, name } of order) {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = `cpc-pick-${picker}-${id}`;
    box.value = id;
    box.checked = chosen.has(id);
    box.addEventListener("change", () => {
      if (box.checked) chosen.add(id);
      else if (chosen.size > 1) chosen.delete(id);
      else box.checked = true; // keep at least one authority to compare
      changed();
    });
    const label = document.createElement("label");
    label.htmlFor = box.id;
    label.textContent = name;
    const item = document.createElement("div");
    item.className = "cpc-picker__item";
    item.append(box, label);
    fieldset.append(item);
  }
  details.append(summary, fieldset);
  return {
    element: details,
    refresh() {
      summary.textContent = count();
      for (const box of Array.from(fieldset.querySelectorAll("input"))) {
        box.checked = chosen.has(box.value);
      }
    },
  };
}

/** Sets up every table and tab set on the page that has more authorities than fit. */
export function setUp() {
  const map = document.querySelector(".cpc-tab-authorities");
  /** @type {Record<string, string>} */
  let byLabel = {};
  try {
    byLabel = JSON.parse(map?.getAttribute("data-authorities") || "{}");
  } catch {
    byLabel = {};
  }
  /** @type {Target[]} */
  const targets = [];
  for (const table of Array.from(document.querySelectorAll("table"))) {
    if (table.closest(".cpc-picked")) continue;
    const target = tableTarget(table);
    if (target) targets.push(target);
  }
  for (const set of Array.from(document.querySelectorAll(".tabbed-set"))) {
    if (set.classList.contains("cpc-picked")) continue;
    const target = tabsTarget(set, byLabel);
    if (target) targets.push(target);
  }
  if (!targets.length) return;
  const all = Array.from(new Set(targets.flatMap((target) => target.ids)));
  const chosen = initialChoice(all);
  /** @type {{ refresh: () => void }[]} */
  const pickers = [];
  const changed = () => {
    store(CHOICE_KEY, JSON.stringify(all.filter((id) => chosen.has(id))));
    for (const target of targets) target.apply(chosen);
    for (const one of pickers) one.refresh();
  };
  for (const target of targets) {
    const one = pickerFor(target, chosen, changed);
    pickers.push(one);
    target.anchor.classList.add("cpc-picked");
    target.anchor.before(one.element);
    target.apply(chosen);
  }
}

// Material's instant navigation swaps the page without reloading scripts: set up each page.
const material = /** @type {any} */ (window).document$;
if (material && typeof material.subscribe === "function") {
  material.subscribe(() => setUp());
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => setUp());
} else {
  setUp();
}
