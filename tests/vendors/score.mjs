// Scores column-role and kind detection on the blind vendor catalogue (tests/data/vendors):
// each export is analysed alone, as a new user would, and compared with its expected.json
// (written from the vendors' documentation by people who had not seen the mapping rules).
//
//   node tests/vendors/score.mjs [--split dev|test|...|all, or several: dev,test] [--details]
//                                [--cli PATH] [--json]
//
// What is scored, per file: the kind; the role of every labelled key column (customer keys,
// scores, dates), and that look-alikes ("other") and staff columns ("agent") get no customer
// key, score or date role; NPS counts, CSAT counts and distinct customers, exactly.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { argument, wilson } from "../lib/evaluation.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const catalogue = join(root, "tests", "data", "vendors");
export const nativeCli = join(root, "build", "native", "core", "cli", "cxsignals");
export const asOf = "2026-12-01";

const CUSTOMER_KEYS = new Set(["customer_email", "customer_id", "customer_phone", "customer_handle"]);
const SCORES = new Set(["score_nps", "score_csat", "score_ces"]);
const DATES = new Set(["submitted_at", "created_at"]);
/// Roles a look-alike or a staff column must not get.
const FORBIDDEN_FOR_DECOYS = new Set([...CUSTOMER_KEYS, ...SCORES, ...DATES, "customer_name"]);

/** The scored class of an expected role: key roles are what the issue's ≥ 95% target counts. */
export function roleClass(role) {
  if (CUSTOMER_KEYS.has(role)) return "customer_key";
  if (SCORES.has(role)) return "score";
  if (DATES.has(role)) return "date";
  if (role === "other" || role === "agent") return "decoy";
  return "other_role";
}

/**
 * Whether `got` satisfies the expected role. The record's main date may be either spelling,
 * and the label "record_id" (the row's own id: "response id, ticket id, order id, charge id")
 * is met by the report's order_id, its name for an order's own id.
 */
export function roleMatches(expected, got) {
  if (DATES.has(expected)) return DATES.has(got);
  if (expected === "record_id") return got === "record_id" || got === "order_id";
  if (expected === "other" || expected === "agent") return !FORBIDDEN_FOR_DECOYS.has(got);
  return expected === got;
}

export function tools(split = "all") {
  return readdirSync(catalogue, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(catalogue, d.name, "expected.json")))
    .map((d) => ({ slug: d.name, expected: JSON.parse(readFileSync(join(catalogue, d.name, "expected.json"), "utf8")) }))
    .filter((t) => split === "all" || split.split(",").includes(t.expected.split))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export function analyse(cli, path, companyDomains) {
  const args = ["report", "--as-of", asOf];
  for (const d of companyDomains ?? []) args.push("--company-domain", d);
  args.push(path);
  const command = cli.endsWith(".js") ? process.execPath : cli;
  const argv = cli.endsWith(".js") ? [cli, ...args] : args;
  return JSON.parse(execFileSync(command, argv, { encoding: "utf8", maxBuffer: 256 << 20 }));
}

/** One file's result: every check with what was expected and what came out. */
export function scoreFile(cli, tool, fileName, want) {
  const report = analyse(cli, join(catalogue, tool.slug, fileName), tool.expected.company_domains);
  const source = report.sources[0];
  const checks = [];
  const check = (what, cls, expected, got, ok) => checks.push({ tool: tool.slug, file: fileName, what, cls, expected, got, ok });
  check("kind", "kind", want.kind, source.kind, source.kind === want.kind);
  const columns = source.columns ?? source.mapping.columns; // before issue 12: mapped columns only
  for (const col of want.columns ?? []) {
        const found = col.key !== undefined
      ? columns.find((c) => c.header === col.key)
      : columns.find((c) => c.index === col.index);
    let got = found?.role ?? "attribute";
    // A list of typed answers (Typeform's answers[] = {field, type, number}) is read as one
    // column per question, "answers.<ref>" (analysis.cpp, pivot_typed_answers): a role
    // labelled on answers[].number is met when one of those question columns holds it.
    const list = col.key?.match(/^(.+)\[\]\.[^[\]]+$/);
    if (list && got === "attribute" && columns.some((c) => c.header.startsWith(`${list[1]}.`) && c.role === col.role))
      got = col.role;
    const label = col.key ?? `#${col.index} ${col.header ?? ""}`.trim();
    check(`role ${label}`, roleClass(col.role), col.role, got, roleMatches(col.role, got));
  }
  const nps = source.metrics.nps;
  const gotNps = nps ? { promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors } : null;
  check("nps", "value", want.nps ?? null, gotNps, JSON.stringify(want.nps ?? null) === JSON.stringify(gotNps));
  const csat = source.metrics.csat;
  const gotCsat = csat ? { satisfied: csat.satisfied, answered: csat.n } : null;
  const wantCsat = want.csat ? { satisfied: want.csat.satisfied, answered: want.csat.answered } : null;
  check("csat", "value", wantCsat, gotCsat, JSON.stringify(wantCsat) === JSON.stringify(gotCsat));
  check("customers", "customers", want.customers, report.customers.count, report.customers.count === want.customers);
  return checks;
}

export function scoreCatalogue({ cli = nativeCli, split = "all" } = {}) {
  const checks = [];
  for (const tool of tools(split)) {
    for (const [fileName, want] of Object.entries(tool.expected.files)) checks.push(...scoreFile(cli, tool, fileName, want));
  }
  return checks;
}

export function summarise(checks) {
  const by = new Map();
  for (const c of checks) {
    const s = by.get(c.cls) ?? { ok: 0, n: 0 };
    s.n += 1;
    s.ok += c.ok ? 1 : 0;
    by.set(c.cls, s);
  }
  const keyRoles = checks.filter((c) => ["customer_key", "score", "date"].includes(c.cls));
  const ok = keyRoles.filter((c) => c.ok).length;
  by.set("key roles (customer key + score + date)", { ok, n: keyRoles.length });
  return by;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const split = argument("--split", "dev");
  const cli = argument("--cli", nativeCli);
  const checks = scoreCatalogue({ cli, split });
  const before = argument("--compare", null);  // an older CLI: per-tool checks right before → after
  if (before) {
    const old = scoreCatalogue({ cli: before, split });
    const tally = (list) => {
      const by = new Map();
      for (const c of list) {
        const t = by.get(c.tool) ?? { ok: 0, n: 0, kind: true };
        t.n += 1;
        t.ok += c.ok ? 1 : 0;
        if (c.what === "kind" && !c.ok) t.kind = false;
        by.set(c.tool, t);
      }
      return by;
    };
    const a = tally(old), b = tally(checks);
    console.log("| tool | split | checks right before | after |");
    console.log("|---|---|---:|---:|");
    for (const tool of tools(split)) {
      const x = a.get(tool.slug), y = b.get(tool.slug);
      const mark = (t) => `${t.ok}/${t.n}${t.kind ? "" : " (kind wrong)"}`;
      console.log(`| ${tool.slug} | ${tool.expected.split} | ${mark(x)} | ${mark(y)} |`);
    }
  } else if (process.argv.includes("--json")) {
    console.log(JSON.stringify(checks, null, 1));
  } else {
    console.log(`catalogue split=${split} cli=${cli}`);
    for (const [cls, s] of summarise(checks)) {
      const [lo, hi] = wilson(s.ok, s.n);
      console.log(`  ${cls.padEnd(42)} ${String(s.ok).padStart(4)}/${String(s.n).padEnd(4)} ${(s.ok / s.n).toFixed(3)}  95% CI [${lo.toFixed(2)}, ${hi.toFixed(2)}]`);
    }
    const perTool = new Map();
    for (const c of checks) {
      const t = perTool.get(c.tool) ?? { ok: 0, n: 0 };
      t.n += 1;
      t.ok += c.ok ? 1 : 0;
      perTool.set(c.tool, t);
    }
    console.log("  per tool: " + [...perTool].map(([t, s]) => `${t} ${s.ok}/${s.n}`).join(", "));
    if (process.argv.includes("--details")) {
      for (const c of checks.filter((x) => !x.ok)) {
        console.log(`  MISS ${c.tool}/${c.file} ${c.what}: expected ${JSON.stringify(c.expected)} got ${JSON.stringify(c.got)}`);
      }
    }
  }
}
