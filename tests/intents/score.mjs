// Scores the signal detector on the blind intent corpus (tests/data/intents, issue 13): each
// text becomes one help-desk ticket of its own customer, the native CLI analyses the file, and
// the churn_risk, competitor and opportunity (expansion) signals are compared with the labels.
// Switching is scored at high severity: a high competitor signal against a high label (texts
// labelled low switching are left out of that row).
//
//   node tests/intents/score.mjs [--split dev|test|holdout] [--lang en|ja] [--cli PATH]
//                                [--model FILE] [--details [--why]]
//
// --details lists the misses; never use it on a blind split while writing rules. `holdout` is
// the second blind round (tests/data/intents/holdout/*/*.jsonl), written to another company
// ("Kestrel Desk") with other competitors, so the company and competitor options follow the split.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { argument, wilson } from "../lib/evaluation.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const corpus = join(root, "tests", "data", "intents");
export const nativeCli = join(root, "build", "native", "core", "cli", "cxsignals");
export const COMPETITORS = "Orbitly,Kumo Analytics,DataNest,Fathom Metrics,ミライデータ|株式会社ミライデータ";
/** The company written to and its competitors, per corpus. */
const SETTINGS = {
  first: { competitors: COMPETITORS, domain: "hoshi.example" },
  holdout: { competitors: "Routewise,JobPilot,FieldNest,Tasklane,ゲンバクラウド|株式会社ゲンバクラウド", domain: "kestreldesk.example" },
};
/** Signal type in the report → label type in the corpus. */
const TYPES = { churn_risk: "churn_risk", competitor: "competitor_switch", opportunity: "expansion" };

function corpusFiles(split) {
  if (split !== "holdout") return ["en.jsonl", "ja.jsonl"].map((file) => join(corpus, file));
  const dir = join(corpus, "holdout");
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => join(dir, d.name, `${d.name}.jsonl`)).filter((path) => existsSync(path));
}

export function items({ split, lang } = {}) {
  const out = [];
  for (const file of corpusFiles(split)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const item = JSON.parse(line);
      if ((!split || item.split === split) && (!lang || item.lang === lang)) out.push(item);
    }
  }
  return out;
}

const quote = (cell) => `"${String(cell ?? "").replaceAll('"', '""')}"`;

/** Runs the CLI on the items as tickets; returns, per item index, the signal types it fired. */
export function fire(list, cli = nativeCli, extra = []) {
  const { competitors, domain } = list.some((item) => item.split === "holdout") ? SETTINGS.holdout : SETTINGS.first;
  const dir = mkdtempSync(join(tmpdir(), "cxs-intents-"));
  const rows = [["Ticket ID", "Subject", "Description", "Requester email", "Created at", "Status"]];
  list.forEach((item, i) => rows.push([`T${i + 1}`, item.subject ?? "", item.text,
    `customer${i + 1}@c${i + 1}.example`, "2026-11-20 10:00", "open"]));
  const path = join(dir, "tickets.csv");
  writeFileSync(path, rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n");
  const report = JSON.parse(execFileSync(cli, ["report", "--as-of", "2026-11-25", "--competitors",
    competitors, "--company-domain", domain, ...extra, path], { encoding: "utf8", maxBuffer: 1 << 28 }));
  const fired = list.map(() => new Map());
  for (const signal of report.signals) {
    const type = TYPES[signal.type];
    if (!type) continue;
    // A competitor merely named is a low signal; switching (the label) is a high one.
    if (type === "competitor_switch" && signal.severity === "low") continue;
    for (const e of signal.evidence ?? []) {
      const index = (e.row ?? 0) - 2;  // row 1 is the header
      if (index >= 0 && index < list.length) {
        fired[index].set(type, severityOf(type, signal));
        (fired[index].why ??= []).push(`${signal.type}/${signal.severity}: ${signal.cause} «${e.matched ?? ""}»`);
      }
    }
  }
  return fired;
}

/**
 * The label-scale severity of a signal: churn_risk's from its cause ("churn intent, planning:
 * …"), switching and expansion high or low from the signal's (medium counts as high for
 * expansion, whose high is the report's medium). Signals of the phrase rules before issue 13
 * carry no churn severity ("").
 */
function severityOf(type, signal) {
  if (type === "churn_risk") return /churn intent, (decided|planning|considering|asking)/.exec(signal.cause ?? "")?.[1] ?? "";
  if (type === "expansion") return signal.severity === "low" ? "low" : "high";
  return signal.severity === "low" ? "low" : "high";
}

export function score(list, fired) {
  const rows = [];
  for (const type of Object.values(TYPES)) {
    let tp = 0, fp = 0, fn = 0;
    list.forEach((item, i) => {
      const label = item.labels.find((l) => l.type === type);
      // Switching is scored at high severity (issue 13's target): a text labelled low
      // switching is neither a positive nor a negative of it.
      if (type === "competitor_switch" && label && label.severity !== "high") return;
      const labelled = Boolean(label);
      const got = fired[i].has(type);
      if (labelled && got) tp += 1;
      else if (got) fp += 1;
      else if (labelled) fn += 1;
    });
    // Severity, on the texts both labelled and fired.
    let severityRight = 0;
    list.forEach((item, i) => {
      const label = item.labels.find((l) => l.type === type);
      if (label && fired[i].has(type) && (type !== "competitor_switch" || label.severity === "high"))
        severityRight += fired[i].get(type) === label.severity ? 1 : 0;
    });
    rows.push({ type, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : null, recall: tp + fn ? tp / (tp + fn) : null,
      precision_ci: wilson(tp, tp + fp), recall_ci: wilson(tp, tp + fn), severity_right: severityRight,
      severity_ci: wilson(severityRight, tp) });
  }
  const benign = list.map((item, i) => ({ item, i })).filter(({ item }) =>
    !item.labels.some((l) => Object.values(TYPES).includes(l.type)));
  const benignFired = benign.filter(({ i }) => fired[i].size > 0).length;
  return { rows, benign: { n: benign.length, fired: benignFired, ci: wilson(benignFired, benign.length) } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const split = argument("--split", "dev");
  const cli = argument("--cli", nativeCli);
  for (const lang of argument("--lang", null) ? [argument("--lang")] : ["en", "ja"]) {
    const list = items({ split, lang });
    const fired = fire(list, cli, argument("--model") ? ["--model", argument("--model")] : []);
    const { rows, benign } = score(list, fired);
    console.log(`intents split=${split} lang=${lang} texts=${list.length}`);
    const pct = (x) => (x === null ? "  -  " : x.toFixed(2));
    for (const r of rows) {
      console.log(`  ${r.type.padEnd(18)} precision ${pct(r.precision)} [${r.precision_ci.map((x) => x.toFixed(2)).join(", ")}]` +
        `  recall ${pct(r.recall)} [${r.recall_ci.map((x) => x.toFixed(2)).join(", ")}]  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})` +
        `  severity ${r.severity_right}/${r.tp}`);
    }
    console.log(`  benign and look-alike texts that fire one of them: ${benign.fired}/${benign.n} = ` +
      `${(benign.fired / benign.n).toFixed(3)} [${benign.ci.map((x) => x.toFixed(3)).join(", ")}]`);
    if (process.argv.includes("--details")) {
      list.forEach((item, i) => {
        const want = item.labels.map((l) => l.type).filter((t) => Object.values(TYPES).includes(t));
        const got = [...fired[i].keys()];
        if (want.sort().join() !== got.sort().join()) {
          console.log(`  MISS ${item.id} want [${want}] got [${got}]: ${item.text.slice(0, 100)}`);
          if (process.argv.includes("--why")) {
            for (const l of item.labels) console.log(`      label ${l.type}/${l.severity}: ${(l.field === "subject" ? item.subject : item.text).slice(...l.span)}`);
            for (const w of fired[i].why ?? []) console.log(`      fired ${w}`);
          }
        }
      });
    }
  }
}
