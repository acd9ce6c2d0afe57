// Writes lung_subscriptions.csv: R's `lung` survival data (tests/data/survival/lung.csv,
// written by make_fixtures.R) dressed as a Stripe subscriptions export, so the whole
// pipeline's survival model can be checked against R's survfit and survdiff.
// Run: node tests/data/pipeline/make_lung_subscriptions.mjs
//
// Each patient is a subscription; sex 1 is plan "Basic", sex 2 plan "Pro". A death is a
// cancellation `time` days after the start. A censored patient is a subscription still
// active at the end of the as-of day, 2026-11-25 23:59:59 UTC, started exactly `time` days
// before it, so its censoring time is `time` days too.
import { readFileSync, writeFileSync } from "node:fs";

const here = new URL(".", import.meta.url);
const rows = readFileSync(new URL("../survival/lung.csv", here), "utf8").trim().split("\n").slice(1);
const day = 86400 * 1000;
const asOfEnd = Date.UTC(2026, 10, 25, 23, 59, 59);
const eventStart = Date.UTC(2015, 0, 1);
const stamp = (ms) => new Date(ms).toISOString().replace("T", " ").slice(0, 19);

const lines = ["id,Customer Email,Plan,Status,Amount,Currency,Created (UTC),Canceled At (UTC)"];
rows.forEach((row, i) => {
  const [time, event, group] = row.split(",").map(Number);
  const plan = group === 1 ? "Basic" : "Pro";
  const email = `patient${String(i + 1).padStart(3, "0")}@example.com`;
  const id = `sub_lung${String(i + 1).padStart(3, "0")}`;
  if (event === 1) {
    lines.push([id, email, plan, "canceled", "49.00", "usd", stamp(eventStart), stamp(eventStart + time * day)].join(","));
  } else {
    lines.push([id, email, plan, "active", "49.00", "usd", stamp(asOfEnd - time * day), ""].join(","));
  }
});
writeFileSync(new URL("lung_subscriptions.csv", here), lines.join("\r\n") + "\r\n");
