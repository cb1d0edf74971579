// The timeline's pure parts: where each date sits along the span, and where today goes.
import assert from "node:assert/strict";
import test from "node:test";

import { positions, rows } from "../../docs/javascripts/calculators/timeline.js";

test("dates are placed along their span, first at 0 and last at 100", () => {
  // 1 to 11 January: 5 January is 4 of 10 days along.
  assert.deepEqual(positions(["2027-01-01", "2027-01-05", "2027-01-11"]), [0, 40, 100]);
});

test("one date, or the same date twice, sits at the start rather than dividing by zero", () => {
  assert.deepEqual(positions(["2027-01-01"]), [0]);
  assert.deepEqual(positions(["2027-01-01", "2027-01-01"]), [0, 0]);
});

test("the span is counted in days across a clock change and a leap day", () => {
  // 28 February to 31 March 2028 is 32 days; 29 March (the day after the clocks go forward
  // in 2028 is 26 March) is 30 of them along.
  const [, middle] = positions(["2028-02-28", "2028-03-29", "2028-03-31"]);
  assert.equal(middle, Math.round((30 / 32) * 1000) / 10);
});

const items = [
  { due: "2027-01-12", due_text: "Tuesday 12 January 2027", title: "ICPC" },
  { due: "2027-01-26", due_text: "Tuesday 26 January 2027", title: "First core group" },
];

test("today goes in date order among the deadlines, before one due that day", () => {
  assert.deepEqual(rows(items, "2027-01-12").map((r) => r.kind), ["today", "deadline", "deadline"]);
  assert.deepEqual(rows(items, "2027-01-20").map((r) => r.kind), ["deadline", "today", "deadline"]);
  assert.deepEqual(rows(items, "2027-02-01").map((r) => r.kind), ["deadline", "deadline", "today"]);
});

test("without today there is no today row", () => {
  assert.deepEqual(rows(items, null).map((r) => r.kind), ["deadline", "deadline"]);
});
