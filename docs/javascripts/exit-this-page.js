// "Exit this page" (GOV.UK Design System pattern). Runs once per visit: the button lives in the
// page header, which Material's instant navigation keeps, so listeners survive navigation.
(function () {
  "use strict";

  var PRESSES_NEEDED = 3;
  var WINDOW_MS = 5000;
  var presses = 0;
  var timer = null;

  function button() { return document.querySelector("[data-exit-button]"); }
  function status(text) {
    var region = document.querySelector("[data-exit-status]");
    if (region) { region.textContent = text; }
  }

  function reset() {
    presses = 0;
    window.clearTimeout(timer);
    timer = null;
  }

  function exitPage(event) {
    if (event) { event.preventDefault(); }
    var link = button();
    if (!link) { return; }
    status("Loading.");
    var overlay = document.createElement("div");
    overlay.className = "cpc-exit__overlay";
    overlay.setAttribute("data-exit-overlay", "");
    document.body.appendChild(overlay);
    document.title = "Loading";
    // replace(): the handbook does not stay in this tab's history to go "back" to.
    window.location.replace(link.href);
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("[data-exit-button]");
    if (target) { exitPage(event); }
  });

  document.addEventListener("keydown", function (event) {
    // Shift used as a modifier (Shift+A, Shift+Tab) does not count and starts the count again.
    if (event.key !== "Shift") { reset(); return; }
    if (event.repeat) { return; }
    presses += 1;
    if (presses >= PRESSES_NEEDED) {
      reset();
      exitPage();
      return;
    }
    var left = PRESSES_NEEDED - presses;
    status("Shift, press " + left + " more time" + (left === 1 ? "" : "s") + " to exit.");
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      reset();
      status("Exit this page expired.");
    }, WINDOW_MS);
  });

  // Coming back (back button, page restored from cache): remove the overlay and start afresh.
  window.addEventListener("pageshow", function () {
    reset();
    status("");
    var overlay = document.querySelector("[data-exit-overlay]");
    if (overlay) { overlay.remove(); }
  });

  // Print footer: the date it was printed, and the address of the online version.
  window.addEventListener("beforeprint", function () {
    var footer = document.querySelector("[data-print-footer]");
    if (!footer) { return; }
    var today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    footer.textContent = "Printed on " + today + " from " + window.location.href +
      ". This copy may be out of date: check the online version before relying on it.";
  });

}());
