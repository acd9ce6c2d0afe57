// Writes the demo export set (web/demo/) that the page's "Load demo data" button and the README
// use: a deterministic, realistic pair of survey exports. Run: npm run demo-data
import { writeFile, mkdir } from "node:fs/promises";
import { prng, csvLine } from "./lib/prng.mjs";

const out = new URL("../web/demo/", import.meta.url);
const rand = prng(20261125);

// Score mix of a B2B SaaS relationship survey: skewed positive, a long detractor tail.
const scoreWeights = [3, 1, 2, 2, 3, 5, 7, 12, 18, 22, 25];
function drawScore() {
  const total = scoreWeights.reduce((a, b) => a + b, 0);
  let pick = rand.next() * total;
  for (let score = 0; score < scoreWeights.length; score++) {
    pick -= scoreWeights[score];
    if (pick < 0) return score;
  }
  return 10;
}

const first = ["Ava", "Liam", "Mia", "Noah", "Zoe", "Ethan", "Ivy", "Lucas", "Ella", "Owen", "Ruby", "Leo"];
const last = ["Garcia", "Smith", "Chen", "Patel", "Okafor", "Müller", "Rossi", "Kim", "Silva", "Novak"];
const companies = ["northwind", "contoso", "fabrikam", "tailspin", "globex", "initech", "umbrella", "hooli"];
const praise = [
  "Support answered within minutes, and the fix worked.",
  "Dashboards are clear; my team uses them every morning.",
  "Great product, \"just works\" as promised.",
  "Onboarding was smooth, thanks to Priya.",
];
const neutral = ["Does the job.", "Fine, but the export to Excel is slow.", "Pricing is OK, features are OK."];
const complaints = [
  "Too expensive for what we use, we are evaluating other tools.",
  "Billing charged us twice, still waiting for a refund.",
  "The mobile app crashes when I upload photos.\nHappens on iOS 17 and 18.",
  "Please send me a copy of the contract, we are reviewing our options.",
];

function comment(score) {
  if (rand.next() < 0.25) return "";
  if (score >= 9) return rand.pick(praise);
  if (score >= 7) return rand.pick(neutral);
  return rand.pick(complaints);
}

function isoAt(day, minute) {
  return new Date(Date.UTC(2026, 6, 1) + day * 86400000 + minute * 60000).toISOString().replace(".000Z", "Z");
}

// Typeform-style English export: LF line ends, quoted multi-line comments.
async function typeformExport() {
  const header = ["#", "How likely are you to recommend Acme to a friend or colleague?",
    "What is the main reason for your score?", "Email", "Start Date (UTC)", "Submit Date (UTC)", "Network ID"];
  let text = csvLine(header);
  for (let i = 0; i < 320; i++) {
    const name = `${rand.pick(first)}.${rand.pick(last)}`.toLowerCase();
    const email = `${name}@${rand.pick(companies)}.example`;
    let score = String(drawScore());
    if (i === 57) score = "N/A"; // edited in a spreadsheet
    if (i === 211) score = "11";
    if (i % 41 === 5) score = ""; // skipped the question
    const day = rand.int(0, 91);
    const minute = rand.int(0, 1439);
    text += csvLine([`r${(100000 + i * 7919) % 999983}`, score, comment(Number(score)), email,
      isoAt(day, minute), isoAt(day, minute + rand.int(1, 9)), rand.int(1e6, 9e6).toString(16)]);
  }
  await writeFile(new URL("acme_nps_2026q3_typeform.csv", out), text);
}

// Google Forms-style Japanese export: UTF-8 with BOM, CRLF, labelled extremes, full-width digits.
async function googleFormsJa() {
  const header = ["タイムスタンプ", "メールアドレス",
    "Acme を友人や同僚に勧める可能性はどのくらいありますか？", "その点数をつけた理由を教えてください"];
  const reasons = ["サポートの対応が早くて助かります。", "価格が高いので、他社サービスへの乗り換えを検討中です。",
    "使いやすいです", "請求書の発行に時間がかかる。改善してほしい。", "契約書の写しを送ってください。"];
  let text = "\uFEFF" + csvLine(header, "\r\n");
  for (let i = 0; i < 120; i++) {
    const score = drawScore();
    let cell = String(score);
    if (score === 10) cell = "10 - 非常に可能性が高い";
    if (score === 0) cell = "0 - まったく可能性はない";
    if (i % 17 === 3) cell = String.fromCharCode(0xff10 + (score % 10)); // full-width digit from IME input
    if (i % 17 === 3 && score === 10) cell = "１０";
    const d = new Date(Date.UTC(2026, 7, 1) + rand.int(0, 60) * 86400000 + rand.int(0, 86399) * 1000);
    const stamp = `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${String(d.getUTCDate()).padStart(2, "0")} ${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}:${String(d.getUTCSeconds()).padStart(2, "0")}`;
    text += csvLine([stamp, `user${i}@${rand.pick(companies)}.example.jp`, cell,
      score <= 6 ? rand.pick(reasons.slice(1)) : rand.pick(reasons.slice(0, 3))], "\r\n");
  }
  await writeFile(new URL("acme_nps_2026q3_googleforms_ja.csv", out), text);
}

await mkdir(out, { recursive: true });
await typeformExport();
await googleFormsJa();
console.log("wrote web/demo/acme_nps_2026q3_typeform.csv, web/demo/acme_nps_2026q3_googleforms_ja.csv");
