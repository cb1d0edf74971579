// @ts-check
// "Exit this page": GOV.UK Frontend's own component (self-hosted, copied from the pinned npm
// package at build time by scripts/mkdocs_govuk_frontend.py) rather than a hand-written copy:
// the Button gives the link Space as well as Enter, ExitThisPage gives Shift pressed three times
// within five seconds, its announcements and its overlay, all with GOV.UK's default wording.
// One change: GOV.UK leaves with location.href, which keeps this page in the tab's history; here
// the page is replaced (location.replace), so Back does not return to it. The page also sends
// no referrer (the site's <meta name="referrer">, and rel="noreferrer" on the link).
// A module runs once per visit: the button lives in Material's header, which instant navigation
// keeps, so the component and its listeners survive navigation.
import { Button } from "./govuk-frontend/components/button/button.js";
import { ExitThisPage } from "./govuk-frontend/components/exit-this-page/exit-this-page.js";

class ReplacingExitThisPage extends ExitThisPage {
  // GOV.UK's exitPage(), except for the last line.
  exitPage() {
    if (!this.$updateSpan) { return; }
    this.$updateSpan.textContent = "";
    document.body.classList.add("govuk-exit-this-page-hide-content");
    const overlay = document.createElement("div");
    overlay.className = "govuk-exit-this-page-overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = this.i18n.t("activated");
    document.body.appendChild(overlay);
    this.$overlay = overlay;
    window.location.replace(this.$button.href);
  }
}

// GOV.UK Frontend runs only where its template has marked the body as supported (a browser
// with ES modules, which this one is, or this module would not be running).
document.body.classList.add("govuk-frontend-supported");

const root = document.querySelector('[data-module="govuk-exit-this-page"]');
if (root) {
  new Button(root.querySelector('[data-module="govuk-button"]'));
  new ReplacingExitThisPage(root, { i18n: ExitThisPage.defaults.i18n });
  keepHeightsKnown(root, root.closest(".md-header"));
}

// The exit button sits in Material's header, which sticks to the top of the screen. Anchors and
// focused elements must land below the header (WCAG 2.4.11) and the menu drawer opens below the
// exit bar: extra.css reads their heights, which change with the text size and the screen's
// width, from these two properties.
function keepHeightsKnown(/** @type {Element} */ bar, /** @type {Element | null} */ header) {
  if (!header || !window.ResizeObserver) { return; }
  const style = document.documentElement.style;
  const set = () => {
    style.setProperty("--cpc-exit-height", `${bar.getBoundingClientRect().height}px`);
    style.setProperty("--cpc-top-height", `${header.getBoundingClientRect().height}px`);
  };
  const observer = new ResizeObserver(set);
  observer.observe(bar);
  observer.observe(header);
  set();
}

// Print footer: the date it was printed, and the address of the online version.
window.addEventListener("beforeprint", () => {
  const footer = document.querySelector("[data-print-footer]");
  if (!footer) { return; }
  const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  footer.textContent = `Printed on ${today} from ${window.location.href}. ` +
    "This copy may be out of date: check the online version before relying on it.";
});
