// Precision and recall of the signal detector per type on the planted-signal corpus
// (tests/data/signals, written by scripts/make-signal-corpus.mjs with truth.json).
// Usage: node tests/bench/signals/evaluate.mjs [path/to/cxsignals]   (default: the native CLI)
// Customer-level types are scored per customer (a signal counts once per customer and type,
// as the report emits it); segment-level types are listed, not scored.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = `${root}/tests/data/signals`;

export function runReport(cli = `${root}/build/native/core/cli/cxsignals`, asOf = null) {
  const truth = JSON.parse(readFileSync(`${dir}/truth.json`, "utf8"));
  if (asOf) truth.as_of = asOf;
  const files = readdirSync(dir)
    .filter((name) => /\.(csv|json|ndjson)$/.test(name) && name !== "truth.json")
    .map((name) => `${dir}/${name}`);
  const competitors = truth.competitors.map((c) => c.aliases.join("|")).join(",");
  const args = ["report", "--as-of", truth.as_of, "--competitors", competitors,
    "--company-domain", "acme.example", ...files];
  const command = cli.endsWith(".js") ? process.execPath : cli;
  const started = process.hrtime.bigint();
  const text = execFileSync(command, cli.endsWith(".js") ? [cli, ...args] : args,
    { maxBuffer: 256 << 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { truth, report: JSON.parse(text), seconds };
}

export function score({ truth, report }) {
  const emails = new Map(report.customers.profiles.map((p) => [p.id, p.emails]));
  const expected = new Map(), found = new Map();
  const add = (map, type, email) => {
    if (!map.has(type)) map.set(type, new Set());
    map.get(type).add(email.toLowerCase());
  };
  for (const s of truth.signals) if (s.customer_email) add(expected, s.type, s.customer_email);
  for (const s of report.signals) {
    if (!s.customer_id) continue;
    for (const email of emails.get(s.customer_id) ?? []) add(found, s.type, email);
  }
  const rows = [];
  for (const type of [...new Set([...expected.keys(), ...found.keys()])].sort()) {
    const want = expected.get(type) ?? new Set(), got = found.get(type) ?? new Set();
    const tp = [...got].filter((e) => want.has(e)).length;
    rows.push({ type, expected: want.size, found: got.size, tp,
      precision: got.size ? tp / got.size : null, recall: want.size ? tp / want.size : null });
  }
  // Decoys: a signal whose evidence is a decoy row has fired on what must not fire.
  const decoyRows = new Set(truth.decoys.map((d) => `${d.source}:${d.row}`));
  const decoyHits = report.signals.flatMap((s) =>
    s.evidence.filter((e) => e.source && decoyRows.has(`${e.source}:${e.row}`))
      .map((e) => ({ type: s.type, source: e.source, row: e.row, text: e.text })));
  const segments = report.signals.filter((s) => !s.customer_id)
    .map((s) => `${s.type}: ${s.segment} (${s.severity})`);
  return { rows, decoyHits, segments };
}

/**
 * How well the health score separates customers who later cancelled: health as of `cutoff`
 * for every customer whose subscription was live then, against whether it had ended by the
 * corpus's as-of date. AUC by Mann–Whitney (ties count ½; Hanley & McNeil 1982): the chance
 * that a customer who stayed scores higher than one who left.
 */
export function healthAuc(cli = `${root}/build/native/core/cli/cxsignals`, cutoff = "2026-05-31",
  asOf = "2026-11-25", files = readdirSync(`${root}/web/demo`).filter((n) => n.endsWith(".csv"))
    .map((n) => `${root}/web/demo/${n}`)) {
  const command = cli.endsWith(".js") ? process.execPath : cli;
  const run = (date) => JSON.parse(execFileSync(command,
    [...(cli.endsWith(".js") ? [cli] : []), "report", "--as-of", date,
      ...files], { maxBuffer: 256 << 20 }));
  const before = run(cutoff);
  const after = run(asOf);
  const ended = new Map(after.customers.profiles.map((p) => [p.id, p.subscription.status]));
  const stayed = [], left = [];
  for (const p of before.customers.profiles) {
    // Live at the cutoff: a subscription that had not ended then (the export's status column
    // is as of its own date, so the end is read from the health components).
    if (!p.health || !p.subscription.status) continue;
    if (p.health.components.some((c) => c.detail === "subscription ended")) continue;
    const later = ended.get(p.id);
    if (later === "canceled") left.push(p.health.score);
    else if (later) stayed.push(p.health.score);
  }
  let wins = 0;
  for (const a of stayed) for (const b of left) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return { cutoff, stayed: stayed.length, left: left.length,
    auc: stayed.length && left.length ? wins / (stayed.length * left.length) : null };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = runReport(process.argv[2]);
  const { rows, decoyHits, segments } = score(run);
  const pct = (v) => (v === null ? "   -" : v.toFixed(2));
  console.log(`signals on tests/data/signals: ${run.report.signals.length} in ${run.seconds.toFixed(2)} s`);
  console.log("type                 expected found   tp  precision recall");
  for (const r of rows) {
    console.log(`${r.type.padEnd(20)} ${String(r.expected).padStart(8)} ${String(r.found).padStart(5)} ` +
      `${String(r.tp).padStart(4)}  ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(6)}`);
  }
  console.log(`decoy rows that fired: ${decoyHits.length}`);
  for (const hit of decoyHits) console.log(`  ${hit.type} ${hit.source}:${hit.row} ${hit.text.slice(0, 80)}`);
  const health = healthAuc(process.argv[2]);
  console.log(`health score AUC on the demo set (as of ${health.cutoff}; ${health.stayed} stayed, ${health.left} cancelled by 2026-11-25): ` +
    `${health.auc === null ? "-" : health.auc.toFixed(3)}`);
  console.log("segment signals:");
  for (const s of segments) console.log(`  ${s}`);
}
