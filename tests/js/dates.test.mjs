// GOV.UK date input: day, month and year as typed, read into YYYY-MM-DD or a message in GOV.UK's words.
import assert from "node:assert/strict";
import test from "node:test";

import { parseDateParts, parseLooseDate } from "../../docs/javascripts/calculators/dates.js";

const LABEL = "Date of the strategy discussion";

test("a whole date reads as YYYY-MM-DD, with month names and spaces allowed", () => {
  assert.deepEqual(parseDateParts("18", "12", "2026", LABEL), { value: "2026-12-18" });
  assert.deepEqual(parseDateParts(" 1 ", "Feb", "2028", LABEL), { value: "2028-02-01" });
  assert.deepEqual(parseDateParts("29", "february", "2028", LABEL), { value: "2028-02-29" });
});

test("an empty date is empty, not an error: the field may be optional", () => {
  assert.deepEqual(parseDateParts("", " ", "", LABEL), { empty: true });
});

test("a missing part is named, and the cursor goes to it", () => {
  assert.deepEqual(parseDateParts("18", "", "2026", LABEL), {
    error: "Date of the strategy discussion must include a month", part: "month",
  });
  assert.deepEqual(parseDateParts("", "", "2026", LABEL), {
    error: "Date of the strategy discussion must include a day and month", part: "day",
  });
});

test("letters where numbers belong, or a short year, are not a real date", () => {
  assert.equal(parseDateParts("x", "12", "2026", LABEL).error, "Date of the strategy discussion must be a real date");
  assert.equal(parseDateParts("18", "Decembre!", "2026", LABEL).error, "Date of the strategy discussion must be a real date");
  const short = parseDateParts("18", "12", "26", LABEL);
  assert.equal(short.error, "Date of the strategy discussion: the year must include 4 numbers");
  assert.equal(short.part, "year");
});

test("free-text dates for lists: day month year in any separator, or ISO", () => {
  assert.deepEqual(parseLooseDate("24 12 2026", "Closure day on line 1"), { value: "2026-12-24" });
  assert.deepEqual(parseLooseDate("24/12/2026", "Closure day on line 1"), { value: "2026-12-24" });
  assert.deepEqual(parseLooseDate("2026-12-24", "Closure day on line 1"), { value: "2026-12-24" });
  assert.equal(parseLooseDate("Christmas Eve", "Closure day on line 2").error,
    "Closure day on line 2 must be a real date, like 24 12 2026");
});
