// Properties of kind detection (issue 12): a kind that the values decide must not change when
// the columns are shuffled, when the headers are renamed to neutral names (col1, col2, ...), or
// when the headers are translated to Japanese. Run on the dev half of the vendor catalogue
// (shuffling) and on small exports whose values alone say what they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { analyse, catalogue, nativeCli, tools } from "./score.mjs";

const dir = mkdtempSync(join(tmpdir(), "cxs-properties-"));
const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const toCsv = (rows) => rows.map((row) => row.map(quote).join(",")).join("\n") + "\n";
const kindOf = (rows, name) => {
  const path = join(dir, name);
  writeFileSync(path, toCsv(rows));
  return analyse(nativeCli, path, ["hoshi.example"]).sources[0].kind;
};
/** The same permutation of every row: the columns reversed, then rotated by one. */
const shuffle = (rows) => rows.map((row) => { const r = [...row].reverse(); return [...r.slice(1), r[0]]; });

test("shuffling the columns keeps the kind of every dev CSV export", () => {
  let checked = 0;
  for (const tool of tools("dev")) {
    for (const [name, want] of Object.entries(tool.expected.files)) {
      if (want.format !== "csv" || !want.encoding.startsWith("utf-8")) continue;
      const text = readFileSync(join(catalogue, tool.slug, name), "utf8").replace(/^\uFEFF/, "");
      const rows = Papa.parse(text, { skipEmptyLines: false }).data.filter((r) => r.length > 1);
      // A question spanning several columns (blank header cells after it) is positional.
      if (rows[0].some((h) => h === "")) continue;
      const before = kindOf(rows, `${tool.slug}-original.csv`);
      const after = kindOf(shuffle(rows), `${tool.slug}-shuffled.csv`);
      assert.equal(after, before, `${tool.slug}/${name}`);
      checked += 1;
    }
  }
  assert.ok(checked >= 10, `only ${checked} files checked`);
});

// Small exports whose values decide the kind: tool id prefixes, money, currency codes,
// satisfaction labels. Written here, not taken from any evaluation file.
const valueDecided = {
  payments: {
    en: ["id", "Customer", "Amount", "Currency", "Created"],
    ja: ["ID", "顧客ID", "金額", "通貨", "作成日時"],
    rows: [
      ["py_3Kd81", "cus_Q81a", "$49.00", "USD", "2026-04-01 10:00"],
      ["py_3Kd82", "cus_Q81b", "$19.00", "USD", "2026-04-02 11:30"],
      ["py_3Kd83", "cus_Q81c", "$99.00", "USD", "2026-04-03 09:15"],
      ["py_3Kd84", "cus_Q81a", "$49.00", "USD", "2026-05-01 10:00"],
    ],
  },
  subscriptions: {
    en: ["id", "Customer", "Amount", "Currency", "Created"],
    ja: ["ID", "顧客ID", "金額", "通貨", "作成日時"],
    rows: [
      ["sub_9Xa1", "cus_Q81a", "$49.00", "USD", "2026-01-01 00:00"],
      ["sub_9Xa2", "cus_Q81b", "$19.00", "USD", "2026-02-01 00:00"],
      ["sub_9Xa3", "cus_Q81c", "$99.00", "USD", "2026-03-01 00:00"],
      ["sub_9Xa4", "cus_Q81d", "$49.00", "USD", "2026-03-05 00:00"],
    ],
  },
  survey_responses: {
    en: ["Email", "How was your visit?", "Submitted"],
    ja: ["メールアドレス", "ご来店はいかがでしたか", "回答日時"],
    rows: [
      ["mika@north.example", "Very satisfied", "2026-04-01 10:00"],
      ["omar@south.example", "Dissatisfied", "2026-04-02 11:00"],
      ["lena@east.example", "Satisfied", "2026-04-03 12:00"],
      ["ravi@west.example", "Neutral", "2026-04-04 13:00"],
    ],
  },
};

for (const [kind, file] of Object.entries(valueDecided)) {
  test(`${kind}: the values decide the kind under any header`, () => {
    const neutral = file.en.map((_, i) => `col${i + 1}`);
    assert.equal(kindOf([file.en, ...file.rows], `${kind}-en.csv`), kind, "English headers");
    assert.equal(kindOf([neutral, ...file.rows], `${kind}-neutral.csv`), kind, "neutral headers");
    assert.equal(kindOf([file.ja, ...file.rows], `${kind}-ja.csv`), kind, "Japanese headers");
    assert.equal(kindOf(shuffle([neutral, ...file.rows]), `${kind}-neutral-shuffled.csv`), kind,
      "neutral headers, shuffled");
  });
}
