// What a result was worked out from: dates in the engine's words, the device's date left out.
import assert from "node:assert/strict";
import test from "node:test";

import { longDate, shownInputs } from "../../docs/javascripts/calculators/inputs.js";

test("long dates read as the engine writes them, with no comma after the weekday", () => {
  assert.equal(longDate("2026-12-18"), "Friday 18 December 2026");
  assert.equal(longDate("2028-02-29"), "Tuesday 29 February 2028");
  assert.equal(longDate("2026-11-27", false), "27 November 2026");
});

test("the device's own date is not listed among what the user entered", () => {
  const inputs = [
    { field: "authority", label: "Authority", text: "An Authority" },
    { field: "today", label: "Today's date", text: "Monday 21 December 2026" },
  ];
  assert.deepEqual(shownInputs(inputs).map((i) => i.field), ["authority"]);
});
