// Writes the test fixtures in tests/data/surveys/ and their expected values (expected.json).
// Every expected number comes from how the file is built (the counts chosen below), never
// from running cxsignals. Run: npm run fixtures
import { writeFile, mkdir } from "node:fs/promises";
import { prng, csvLine } from "./lib/prng.mjs";

const out = new URL("../tests/data/surveys/", import.meta.url);
const rand = prng(4);
const expected = {};

// 1/2/3 detractors/passives/promoters plus one blank and three invalid cells (rows 4, 7, 10):
// the hand count of tests/core/metrics/nps_test.cpp. UTF-8 BOM, CRLF, quoted newline.
const surveyBomCrlf =
  "\uFEFFResponse ID,How likely are you to recommend us?,Comment\r\n" +
  "1,9,\"Fast, friendly\"\r\n" +
  "2,4,\"Slow\nvery slow\"\r\n" +
  "3,N/A,\r\n" +
  "4,7,ok\r\n" +
  "5,,no answer\r\n" +
  "6,11,typo\r\n" +
  "7,8,fine\r\n" +
  "8,10 - Extremely likely,\r\n" +
  "9,abc,\r\n" +
  "10,10,\"He said \"\"wow\"\"\"\r\n";
expected["survey_bom_crlf.csv"] = {
  rows: 10, rows_rejected: 3, detractors: 1, passives: 2, promoters: 3,
  invalid_rows: [4, 7, 10], nps: 33.33, ci95: [-26.74, 71.19], bom: true,
};

// Typeform-like: 20 detractors, 30 passives, 50 promoters in shuffled order, labelled extremes,
// comments with commas, doubled quotes and embedded newlines. NPS (50 − 20)/100 = 30.
function typeform() {
  const scores = [];
  for (let i = 0; i < 20; i++) scores.push(i % 7);        // 0..6
  for (let i = 0; i < 30; i++) scores.push(7 + (i % 2));  // 7, 8
  for (let i = 0; i < 50; i++) scores.push(9 + (i % 2));  // 9, 10
  rand.shuffle(scores);
  const comments = ["Great, fast support", "He said \"it's fine\"", "Line one\nline two", "", "ok"];
  let text = csvLine(["#", "How likely are you to recommend Acme to a friend or colleague?",
    "What's the main reason?", "Submit Date (UTC)"]);
  scores.forEach((score, i) => {
    const cell = score === 10 ? "10 - Extremely likely" : score === 0 ? "0 - Not at all likely" : String(score);
    text += csvLine([`t${i}`, cell, rand.pick(comments), `2026-07-${String(1 + (i % 28)).padStart(2, "0")} 10:00:00`]);
  });
  return text;
}
expected["typeform_quoted_newlines.csv"] = {
  rows: 100, rows_rejected: 0, detractors: 20, passives: 30, promoters: 50, invalid_rows: [],
  nps: 30, ci95: [14.05, 44.20], bom: false,
};

// Google Forms, Japanese: 5 detractors, 3 passives, 2 promoters; full-width digits and an
// ideographic space; NPS (2 − 5)/10 = −30.
const googleFormsJa =
  "タイムスタンプ,友人や同僚にこのサービスを勧める可能性はどのくらいありますか？,理由\n" +
  "2026/08/01 10:00:00,０,高い\n" +
  "2026/08/01 10:05:00,3,遅い\n" +
  "2026/08/01 10:10:00,５,\"普通、でも\n改善希望\"\n" +
  "2026/08/01 10:15:00,6,\n" +
  "2026/08/01 10:20:00,1,解約したい\n" +
  "2026/08/01 10:25:00,７,まあまあ\n" +
  "2026/08/01 10:30:00,8,\n" +
  "2026/08/01 10:35:00,\u30008,全角スペース\n" +
  "2026/08/01 10:40:00,９,良い\n" +
  "2026/08/01 10:45:00,１０,最高\n";
expected["googleforms_ja.csv"] = {
  rows: 10, rows_rejected: 0, detractors: 5, passives: 3, promoters: 2, invalid_rows: [], nps: -30, bom: false,
};

// A Shopify-like orders export: no NPS column; it is read as orders and left out of NPS.
const ordersNoNps =
  "Name,Email,Financial Status,Total,Currency,Created at\n" +
  "#1001,ava@northwind.example,paid,49.00,USD,2026-07-01 10:00:00 +0000\n" +
  "#1002,liam@contoso.example,refunded,19.50,USD,2026-07-02 11:30:00 +0000\n";
expected["orders_no_nps.csv"] = { rows: 2, rows_rejected: 0, kind: "orders", no_nps: true };

// Markup in user text must be shown as text by the page.
const htmlInjection =
  "NPS,Comment\n" +
  "9,\"<b>bold</b>\"\n" +
  "<img src=x onerror=alert(1)>,x\n" +
  "10,ok\n";
expected["html_injection.csv"] = {
  rows: 3, rows_rejected: 1, detractors: 0, passives: 0, promoters: 2, invalid_rows: [3],
};

// Ragged rows (short and long) and an unterminated quote at the end of the file.
const raggedUnterminated =
  "id,NPS,comment\n" +
  "1,9\n" +
  "2,10,good,extra\n" +
  "3,2,fine\n" +
  "4,8,\"never closed\n";
expected["ragged_unterminated.csv"] = {
  rows: 4, rows_rejected: 0, detractors: 1, passives: 1, promoters: 2, invalid_rows: [],
  ragged_rows: [2, 3], unterminated_quote_row: 5,
};

await mkdir(out, { recursive: true });
const files = {
  "survey_bom_crlf.csv": surveyBomCrlf,
  "typeform_quoted_newlines.csv": typeform(),
  "googleforms_ja.csv": googleFormsJa,
  "orders_no_nps.csv": ordersNoNps,
  "html_injection.csv": htmlInjection,
  "ragged_unterminated.csv": raggedUnterminated,
};
for (const [name, text] of Object.entries(files)) await writeFile(new URL(name, out), text);
await writeFile(new URL("expected.json", out), JSON.stringify(expected, null, 2) + "\n");
console.log(`wrote ${Object.keys(files).length} fixtures and expected.json to tests/data/surveys/`);
