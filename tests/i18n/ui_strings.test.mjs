// Every UI string in both languages: the page's own table (web/i18n.js) and the views' tables
// (web/views/*_i18n.js), each key in en and ja with the same {placeholders}, and no key in two
// tables (the merge would let one hide the other).
import { test } from "node:test";
import assert from "node:assert/strict";
import { pageStrings, strings, viewTables } from "../../web/i18n.js";

const tables = { "i18n.js": pageStrings, ...viewTables };
/** The keys a table has in one language only, as "lang.key". */
const oneLanguageOnly = (table) => [
  ...Object.keys(table.en ?? {}).filter((key) => !(key in (table.ja ?? {}))).map((key) => `en.${key}`),
  ...Object.keys(table.ja ?? {}).filter((key) => !(key in (table.en ?? {}))).map((key) => `ja.${key}`),
];
const placeholders = (text) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

for (const [name, table] of Object.entries(tables)) {
  test(`${name}: every key is in English and in Japanese, with the same placeholders`, () => {
    const en = Object.keys(table.en ?? {});
    const ja = Object.keys(table.ja ?? {});
    assert.ok(en.length > 0, `${name} has English strings`);
    assert.ok(ja.length > 0, `${name} has Japanese strings`);
    assert.deepEqual(oneLanguageOnly(table), [], `${name}: keys in one language only`);
    for (const key of en) {
      assert.equal(typeof table.en[key], "string", `${name}: en.${key}`);
      assert.equal(typeof table.ja[key], "string", `${name}: ja.${key}`);
      assert.ok(table.ja[key].length > 0 && table.en[key].length > 0, `${name}: ${key} is empty`);
      assert.deepEqual(placeholders(table.ja[key]), placeholders(table.en[key]), `${name}: placeholders of ${key}`);
    }
  });
}

test("no key is defined in two tables", () => {
  const seen = new Map();
  const twice = [];
  for (const [name, table] of Object.entries(tables)) {
    for (const key of Object.keys(table.en ?? {})) {
      if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${name}`);
      else seen.set(key, name);
    }
  }
  assert.deepEqual(twice, []);
});

test("the merged table the page reads holds every key of every table, in both languages", () => {
  for (const table of Object.values(tables)) {
    for (const lang of ["en", "ja"]) {
      for (const key of Object.keys(table[lang])) assert.ok(key in strings[lang], `${lang}.${key}`);
    }
  }
  assert.deepEqual(Object.keys(strings.en).sort(), Object.keys(strings.ja).sort());
});

test("the check fails on a key in one language only", () => {
  // The same check as above, on tables made wrong on purpose.
  assert.deepEqual(oneLanguageOnly({ en: { a: "A", b: "B" }, ja: { a: "エー" } }), ["en.b"]);
  assert.deepEqual(oneLanguageOnly({ en: { a: "A" }, ja: { a: "エー", c: "シー" } }), ["ja.c"]);
  assert.deepEqual(oneLanguageOnly({ en: { a: "A" } }), ["en.a"]);
});
