// `npm run bench`: every scenario's peers on the same file, printed as a table of ratios.
//
// Each peer runs in a child Node process of its own, one after another (never two at once on a
// 2-core machine). Why not one process: peak RSS is a per-process high-water mark, so after the
// first peer decodes 100 MB into a string every later peer would report that peak; a shared
// heap and JIT also let one peer's garbage and warm-up bill the next. The children are only
// the measuring cups: this script is the one command, and it prints every figure.
//
// Environment: CXS_BENCH_ROWS (default 1000000), CXS_BENCH_REPEAT (passes per peer, default 3;
// the table shows the median), CXS_BENCH_PEERS (comma-separated file names, e.g. papaparse),
// CXS_BENCH_PAGE=0 to leave out the page in Chromium (page/run.mjs).
// Speed never fails the run. It exits 1 only when a cxsignals peer crashes or its answer differs
// from the counts the generator wrote down: that is a wrong answer, not a slow one (the page
// counts as a peer; a request off its origin fails it too).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { printTable } from "./table.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../..");
const REFERENCE = "cxsignals_wasm";

if (process.argv[2] === "--peer") {
  await measurePeer(process.argv[3], process.argv[4], Number(process.argv[5]));
} else {
  await main();
}

/** Child mode, `run.mjs --peer FILE INPUT REPEAT`: prints one JSON line with every pass. */
async function measurePeer(peerFile, inputPath, repeat) {
  const idleRssMiB = process.resourceUsage().maxRSS / 1024;
  const peer = await import(pathToFileURL(peerFile).href);
  const passes = [];
  for (let i = 0; i < repeat; ++i) passes.push(await peer.run({ path: inputPath }));
  // A peer that measures another process (the native CLI) reports that process's peak.
  const own = passes.map((p) => p.peakRssMiB).filter((value) => value !== undefined);
  const peakRssMiB = !own.length ? process.resourceUsage().maxRSS / 1024
    : own.includes(null) ? null : Math.max(...own);
  process.stdout.write(`${JSON.stringify({ idleRssMiB, peakRssMiB, passes })}\n`);
}

async function main() {
  const rows = Number(process.env.CXS_BENCH_ROWS ?? 1_000_000);
  const repeat = Math.max(1, Number(process.env.CXS_BENCH_REPEAT ?? 3));
  const only = process.env.CXS_BENCH_PEERS?.split(",").map((name) => name.replace(/\.mjs$/, ""));
  const load = loadavg()[0];
  console.log(`cxsignals bench ${new Date().toISOString().slice(0, 16)}Z: Node ${process.version}, ` +
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, load ${load.toFixed(2)}` +
    `${load > 0.5 ? " (something else is running: expect noisy figures)" : ""}; ` +
    `${repeat} pass(es) per peer in a fresh process, median shown`);
  let wrong = false;
  const scenarios = readdirSync(here, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, "generate.mjs")))
    .map((entry) => entry.name)
    .sort();
  for (const scenario of scenarios) {
    wrong = (await runScenario(scenario, rows, repeat, only)) || wrong;
  }
  if (process.env.CXS_BENCH_PAGE !== "0") wrong = runPageBench(rows) || wrong;
  printPackageSizes();
  if (wrong) process.exitCode = 1;
}

/** Prepares one scenario's input, measures its peers, prints their table and any warning. */
async function runScenario(scenario, rows, repeat, only) {
  const dir = join(here, scenario);
  const { prepare } = await import(pathToFileURL(join(dir, "generate.mjs")).href);
  const started = performance.now();
  const input = await prepare({ rows, cacheDir: join(root, "build/bench", scenario) });
  const megabytes = input.bytes / 1e6;
  const expected = input.expected;
  console.log(`\n## ${scenario}: ${input.rows.toLocaleString("en-US")} rows, ` +
    `${megabytes.toFixed(1)} MB, ${input.generated ? "generated" : "cached, hash checked"} in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s: ${input.path}`);
  console.log(`   the generator's own counts: NPS ${fmt(expected.nps, 4)} over n=${expected.n}; ` +
    `CSAT mean ${fmt(expected.csat_mean, 4)}, ${fmt(expected.csat_top2, 4)}% satisfied (4-5), ` +
    `over n=${expected.csat_n}`);

  const peers = readdirSync(dir)
    .filter((file) => file.endsWith(".mjs") && file !== "generate.mjs")
    .map((file) => file.replace(/\.mjs$/, ""))
    .filter((name) => !only || only.includes(name))
    .sort((a, b) => (a === REFERENCE ? -1 : b === REFERENCE ? 1 : a.localeCompare(b)));
  const results = [];
  for (const name of peers) {
    process.stdout.write(`   ${name} ...`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--peer",
      join(dir, `${name}.mjs`), input.path, String(repeat)], { encoding: "utf8", maxBuffer: 1 << 24 });
    const last = child.stdout.trim().split("\n").at(-1);
    if (child.status !== 0 || !last?.startsWith("{")) {
      // Emscripten prints its whole minified source line on abort: keep the start of each line.
      const why = (child.stderr || child.stdout || "").trim().split("\n").slice(0, 8)
        .map((line) => (line.length > 160 ? `${line.slice(0, 160)}…` : line));
      console.log(` FAILED (${child.signal ?? `exit ${child.status}`})\n     ${why.join("\n     ")}`);
      results.push({ name, failed: true });
      continue;
    }
    const out = JSON.parse(last);
    const times = out.passes.map((p) => p.ms);
    console.log(` ${times.map(Math.round).join(" / ")} ms`);
    results.push({ name, ...out, ...out.passes.at(-1), ms: median(times), times });
  }

  const reference = results.find((r) => r.name === REFERENCE && !r.failed);
  const table = [["peer", "ms", "MB/s", "peak RSS MiB", "× wasm", "NPS", "n", "notes"]];
  for (const r of results) {
    if (r.failed) {
      table.push([r.name, "failed", "", "", "", "", "", ""]);
      continue;
    }
    const first = r.passes[0];
    const notes = [];
    if (first.initMs !== undefined) notes.push(`+${Math.round(first.initMs)} ms to load the module`);
    if (r.decodeMs !== undefined) notes.push(`${Math.round(r.decodeMs)} ms reading + decoding text`);
    if (repeat > 1) {
      notes.push(`passes ${Math.round(Math.min(...r.times))}-${Math.round(Math.max(...r.times))}, ` +
        `1st ${Math.round(r.times[0])}`);
    }
    table.push([r.name, Math.round(r.ms), Math.round(megabytes / (r.ms / 1000)),
      r.peakRssMiB === null ? "n/a" : Math.round(r.peakRssMiB),
      reference ? `${(r.ms / reference.ms).toFixed(2)}×` : "", fmt(r.nps, 4), r.n ?? "",
      notes.join("; ")]);
  }
  printTable(table, [1, 2, 3, 4, 5, 6]);
  const idle = results.find((r) => r.idleRssMiB)?.idleRssMiB;
  if (idle) {
    console.log(`   (an idle Node child holds ~${Math.round(idle)} MiB RSS before any work; ` +
      "the native CLI's figure is its own process)");
  }

  let wrong = false;
  for (const r of results) {
    const ours = r.name.startsWith("cxsignals");
    if (r.failed) {
      wrong ||= ours;
      continue;
    }
    const problems = checkAnswer(r, expected);
    if (reference && r !== reference && !sameNps(r, reference)) {
      problems.push(`disagrees with cxsignals wasm (NPS ${fmt(reference.nps, 6)}, n=${reference.n})`);
    }
    if (problems.length) {
      console.log(`   WARNING: ${r.name}: ${problems.join("; ")}.`);
      wrong ||= ours;
    }
  }
  return wrong;
}

/** The built page in Chromium on the same file (page/run.mjs, its own process): prints its
 *  table. Exit 1 there is a wrong answer, a failed analysis or a request off the page's origin;
 *  exit 2 is "cannot run here" (no dist/web, no Chromium) and does not fail this run. */
function runPageBench(rows) {
  const child = spawnSync(process.execPath, [join(here, "page/run.mjs"), String(rows)],
    { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] });
  // Its last line is the JSON for machines; this command prints tables.
  console.log(child.stdout.trimEnd().split("\n").filter((line) => !line.startsWith("{")).join("\n"));
  if (child.status === 0 || child.status === 2) return false;
  console.log(`   WARNING: the page bench failed (${child.signal ?? `exit ${child.status}`}).`);
  return true;
}

/** What a peer got wrong against the counts the generator wrote down while writing the file. */
function checkAnswer(r, expected) {
  const problems = [];
  if (!sameNps(r, expected)) {
    problems.push(`NPS ${fmt(r.nps, 6)} over n=${r.n}, but the file holds NPS ` +
      `${fmt(expected.nps, 6)} over n=${expected.n}`);
  }
  if (r.csatMean !== undefined && Math.abs(r.csatMean - expected.csat_mean) > 1e-9) {
    problems.push(`mean CSAT ${fmt(r.csatMean, 4)}, but the file holds ${fmt(expected.csat_mean, 4)}`);
  }
  if (r.csatTop2 !== undefined &&
      (r.csatN !== expected.csat_n || Math.abs(r.csatTop2 - expected.csat_top2) > 1e-9)) {
    problems.push(`CSAT ${fmt(r.csatTop2, 4)}% satisfied over n=${r.csatN}, but the file holds ` +
      `${fmt(expected.csat_top2, 4)}% over n=${expected.csat_n}`);
  }
  if (r.rows !== undefined && r.rows !== expected.rows) {
    problems.push(`read ${r.rows} data rows, but the file has ${expected.rows}`);
  }
  return problems;
}

/** Same answer: identical n and NPS within float rounding (summation order differs). */
function sameNps(a, b) {
  return a.n === b.n && Math.abs(a.nps - b.nps) < 1e-9;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function fmt(value, digits) {
  return typeof value === "number" ? value.toFixed(digits) : String(value);
}


/** What the npm package weighs: each file in dist/pkg, raw and gzipped (level 9). */
function printPackageSizes() {
  const pkg = join(root, "dist/pkg");
  console.log("\n## dist/pkg sizes");
  if (!existsSync(pkg)) {
    console.log("   dist/pkg is missing: run bash scripts/build.sh wasm");
    return;
  }
  const table = [["file", "bytes", "gzip -9"]];
  for (const name of readdirSync(pkg).sort()) {
    const path = join(pkg, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    table.push([name, bytes.byteLength, gzipSync(bytes, { level: 9 }).byteLength]);
  }
  printTable(table, [1, 2]);
}
