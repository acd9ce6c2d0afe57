// Writes two_way_survey.csv: a survey export whose NPS drop is confined to one Country × Plan
// cell, for the two-way changes and their drill-down (tests/core/insights/insights_test.cpp).
// Run: node tests/data/pipeline/make_two_way_survey.mjs
//
// Counts per cell are (promoters, passives, detractors) before and within the last 60 days
// (the report's recent window: after 2026-09-21 12:00 UTC, 60 days before the last answer).
// DE × Pro and the US × Pro decoy are the counts planted in tests/data/signals/truth.json
// (the decoy doubled); FR drops in both of its plans, so no one cell accounts for it; US ×
// Starter is large and steady, so the Starter drop from FR stays small.
import { writeFileSync } from "node:fs";

const cells = [
  { country: "DE", plan: "Pro", before: [33, 18, 9], recent: [8, 12, 20] },  // NPS 40 → −30
  { country: "DE", plan: "Starter", before: [10, 8, 4], recent: [5, 4, 2] },  // 27.3 → 27.3
  { country: "US", plan: "Pro", before: [54, 42, 24], recent: [36, 28, 16] },  // 25 → 25
  { country: "US", plan: "Starter", before: [90, 80, 30], recent: [66, 60, 24] },  // 30 → 28
  { country: "FR", plan: "Pro", before: [20, 8, 2], recent: [8, 11, 11] },  // 60 → −10
  { country: "FR", plan: "Starter", before: [20, 8, 2], recent: [8, 11, 11] },  // 60 → −10
];

const windows = {
  before: [Date.UTC(2025, 11, 1, 9), Date.UTC(2026, 8, 15, 9)],
  recent: [Date.UTC(2026, 8, 25, 12), Date.UTC(2026, 10, 20, 12)],
};
const stamp = (ms) => new Date(ms).toISOString().replace("T", " ").slice(0, 19);

// Each cell's answers spread evenly over each window, so every month holds every cell.
const scores = { promoter: [9, 10], passive: [7, 8], detractor: [0, 3, 5, 6] };
const rows = [];
for (const window of ["before", "recent"]) {
  const [from, to] = windows[window];
  for (const cell of cells) {
    const [p, pa, d] = cell[window];
    const answers = [];
    for (let i = 0; i < Math.max(p, pa, d); ++i) {
      if (i < p) answers.push(scores.promoter[i % 2]);
      if (i < pa) answers.push(scores.passive[i % 2]);
      if (i < d) answers.push(scores.detractor[i % 4]);
    }
    answers.forEach((score, i) => {
      const offset = ((to - from) * (i + 1)) / answers.length;  // the last answer at `to`
      rows.push({ country: cell.country, plan: cell.plan, score, time: from + Math.round(offset / 60000) * 60000 });
    });
  }
}
rows.sort((a, b) => a.time - b.time);

const lines = ["Response ID,Submitted At,How likely are you to recommend us?,Country,Plan"];
rows.forEach((r, i) => lines.push(`R${String(i + 1).padStart(4, "0")},${stamp(r.time)},${r.score},${r.country},${r.plan}`));
writeFileSync(new URL("two_way_survey.csv", import.meta.url), lines.join("\n") + "\n");
console.log(`two_way_survey.csv: ${rows.length} answers, last ${stamp(windows.recent[1])}`);
