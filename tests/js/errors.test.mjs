// Error ordering: the summary lists errors in the order the fields come on the page.
import assert from "node:assert/strict";
import test from "node:test";

import { orderErrors } from "../../docs/javascripts/calculators/errors.js";

const PAGE = ["authority", "strategy_discussion", "icpc", "closure_days"];

test("errors follow the page's field order, whatever order they were found in", () => {
  const found = [
    { id: "closure_days", message: "Closure day on line 1 must be a real date, like 24 12 2026" },
    { id: "icpc", message: "Date of the ICPC must include a year" },
    { id: "strategy_discussion", message: "Date of the strategy discussion must be a real date" },
  ];
  assert.deepEqual(orderErrors(found, PAGE).map((e) => e.id), ["strategy_discussion", "icpc", "closure_days"]);
});

test("two errors for one field keep their order; the same error twice is listed once", () => {
  const found = [
    { id: "closure_days", message: "line 2" },
    { id: "closure_days", message: "line 1" },
    { id: "closure_days", message: "line 2" },
  ];
  assert.deepEqual(orderErrors(found, PAGE).map((e) => e.message), ["line 2", "line 1"]);
});

test("an error for a field not on the page goes last rather than being lost", () => {
  const found = [{ id: "nowhere", message: "a" }, { id: "authority", message: "b" }];
  assert.deepEqual(orderErrors(found, PAGE).map((e) => e.id), ["authority", "nowhere"]);
});
