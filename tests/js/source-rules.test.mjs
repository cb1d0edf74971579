// Every browser script is type-checked and builds the DOM without parsing strings as HTML.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import test from "node:test";

const ROOT = new URL("../../docs/javascripts/", import.meta.url).pathname;

/** @param {string} dir @returns {string[]} */
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { return scripts(path); }
    return entry.name.endsWith(".js") ? [path] : [];
  });
}

const files = scripts(ROOT);

test("there are scripts to check", () => {
  assert.ok(files.length >= 10, files.join("\n"));
});

for (const file of files) {
  const name = file.slice(ROOT.length);
  const text = readFileSync(file, "utf8");
  test(`${name} starts with // @ts-check`, () => {
    assert.match(text.split("\n")[0], /^\/\/ @ts-check\b/);
  });
  test(`${name} builds no HTML from strings`, () => {
    for (const sink of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"]) {
      const code = text.split("\n").filter((line) => !/^\s*(\/\/|\*)/.test(line)).join("\n");
      assert.equal(code.includes(sink), false, `${name} uses ${sink}`);
    }
  });
}
