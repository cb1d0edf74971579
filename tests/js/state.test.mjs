// The inputs in the address: after "#", never in the query string; old query links still read.
import assert from "node:assert/strict";
import test from "node:test";

import { isState, parseState, stateHref } from "../../docs/javascripts/calculators/state.js";

test("a fragment holds inputs only when it has an '='", () => {
  assert.equal(isState("authority=an-authority"), true);
  assert.equal(isState("results-title"), false); // a heading's id, e.g. Skip to content
  assert.equal(isState(""), false);
});

test("inputs round-trip through the address after '#', with repeated keys kept in order", () => {
  const params = new URLSearchParams();
  params.append("authority", "an-authority");
  params.append("attendee", "police");
  params.append("attendee", "health:no-contact");
  params.append("strategy_discussion", "2026-12-18");
  const href = stateHref("/calculators/quorum/", params);
  assert.equal(href.includes("?"), false);
  const [pathname, fragment] = href.split("#");
  assert.equal(pathname, "/calculators/quorum/");
  const { params: back, fromQuery } = parseState(`#${fragment}`, "");
  assert.equal(fromQuery, false);
  assert.deepEqual([...back], [...params]);
});

test("no inputs: the page's address alone, with no empty '#'", () => {
  assert.equal(stateHref("/calculators/deadlines/", new URLSearchParams()), "/calculators/deadlines/");
});

test("a link from before the '#' form is read from its query, flagged to be rewritten", () => {
  const { params, fromQuery } = parseState("", "?authority=an-authority&age=13");
  assert.equal(fromQuery, true);
  assert.equal(params.get("age"), "13");
  // The fragment wins when both are there; a heading's id is not inputs.
  assert.equal(parseState("#age=12", "?age=13").params.get("age"), "12");
  assert.equal(parseState("#results-title", "").fromQuery, false);
});
