// `npm run bench`: every scenario's peers on the same file, printed as a table of ratios.
//
// Each peer runs in a child Node process of its own, one after another (never two at once on a
// 2-core machine). Why not one process: peak RSS is a per-process high-water mark, so after the
// first peer decodes 100 MB into a string every later peer would report that peak; a shared
// heap and JIT also let one peer's garbage and warm-up bill the next. The children are only
// the measuring cups: this script is the one command, and it prints every figure.
//
// Environment: CXS_BENCH_ROWS (default 1000000), CXS_BENCH_REPEAT (passes per peer, default 3;
// the table shows the median), CXS_BENCH_PEERS (comma-separated file names, e.g. papaparse).
// Speed never fails the run. It exits 1 only when a cxsignals peer crashes or its NPS differs
// from the counts the generator wrote down: that is a wrong answer, not a slow one.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../..");
const REFERENCE = "cxsignals_wasm.mjs";

if (process.argv[2] === "--peer") {
  await runChild(process.argv[3], process.argv[4], Number(process.argv[5]));
} else {
  await main();
}

/** Child mode: `run.mjs --peer FILE INPUT REPEAT` prints one JSON line with every pass. */
async function runChild(peerFile, inputPath, repeat) {
  const idleRssMiB = process.resourceUsage().maxRSS / 1024;
  const peer = await import(pathToFileURL(peerFile).href);
  const passes = [];
  for (let i = 0; i < repeat; ++i) passes.push(await peer.run({ path: inputPath }));
  const peakRssMiB = passes.findLast((p) => p.peakRssMiB !== undefined)?.peakRssMiB ??
    process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ label: peer.label, idleRssMiB, peakRssMiB, passes })}\n`);
}

async function main() {
  const rows = Number(process.env.CXS_BENCH_ROWS ?? 1_000_000);
  const repeat = Math.max(1, Number(process.env.CXS_BENCH_REPEAT ?? 3));
  const only = process.env.CXS_BENCH_PEERS?.split(",").map((name) => name.replace(/\.mjs$/, ""));
  console.log(`cxsignals bench, ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}; ` +
    `${repeat} pass(es) per peer, each peer in a fresh process; median shown.`);
  let wrong = false;
  const scenarios = readdirSync(here, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, "generate.mjs")))
    .map((entry) => entry.name)
    .sort();
  for (const scenario of scenarios) {
    wrong = (await runScenario(scenario, rows, repeat, only)) || wrong;
  }
  printPackageSizes();
  if (wrong) process.exitCode = 1;
}

async function runScenario(scenario, rows, repeat, only) {
  const dir = join(here, scenario);
  const { prepare } = await import(pathToFileURL(join(dir, "generate.mjs")).href);
  const started = performance.now();
  const input = await prepare({ rows, cacheDir: join(root, "build/bench", scenario) });
  const megabytes = input.bytes / 1e6;
  console.log(`\n## ${scenario}: ${input.rows.toLocaleString("en-US")} rows, ` +
    `${megabytes.toFixed(1)} MB, ${input.generated ? "generated" : "cached, hash checked"} in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s: ${input.path}`);
  const expected = input.expected;
  console.log(`   the generator's own counts: NPS ${fmt(expected.nps, 4)} over n=${expected.n}, ` +
    `mean CSAT ${fmt(expected.csat_mean, 4)} over ${expected.csat_n}`);

  const peers = readdirSync(dir)
    .filter((name) => name.endsWith(".mjs") && name !== "generate.mjs")
    .filter((name) => !only || only.includes(name.replace(/\.mjs$/, "")))
    .sort((a, b) => (a === REFERENCE ? -1 : b === REFERENCE ? 1 : a.localeCompare(b)));
  const results = [];
  for (const name of peers) {
    process.stdout.write(`   running ${name} ...`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--peer",
      join(dir, name), input.path, String(repeat)], { encoding: "utf8", maxBuffer: 1 << 24 });
    const last = child.stdout.trim().split("\n").at(-1);
    if (child.status !== 0 || !last?.startsWith("{")) {
      const why = (child.stderr || child.stdout || `signal ${child.signal}`).trim().split("\n");
      console.log(` FAILED (exit ${child.status ?? child.signal})\n     ${why.slice(0, 8).join("\n     ")}`);
      results.push({ name, failed: true });
      continue;
    }
    const out = JSON.parse(last);
    const times = out.passes.map((p) => p.ms).sort((a, b) => a - b);
    const result = { name, ...out, ...out.passes.at(-1), ms: times[Math.floor(times.length / 2)],
      firstMs: out.passes[0].ms, initMs: out.passes[0].initMs };
    console.log(` ${out.passes.map((p) => Math.round(p.ms)).join(" / ")} ms`);
    results.push(result);
  }

  const reference = results.find((r) => r.name === REFERENCE && !r.failed);
  const table = [["peer", "ms", "MB/s", "peak RSS MiB", "× wasm", "NPS", "n", "notes"]];
  for (const r of results) {
    if (r.failed) {
      table.push([r.name, "failed", "", "", "", "", "", ""]);
      continue;
    }
    const notes = [];
    if (r.initMs !== undefined) notes.push(`+${Math.round(r.initMs)} ms to load the module`);
    if (r.decodeMs !== undefined) notes.push(`${Math.round(r.decodeMs)} ms of it reading + decoding to a string`);
    if (repeat > 1) notes.push(`1st pass ${Math.round(r.firstMs)} ms`);
    table.push([r.name.replace(/\.mjs$/, ""), Math.round(r.ms), Math.round(megabytes / (r.ms / 1000)),
      Math.round(r.peakRssMiB), reference ? `${(r.ms / reference.ms).toFixed(2)}×` : "",
      fmt(r.nps, 4), r.n ?? "", notes.join("; ")]);
  }
  printTable(table);
  const idle = results.find((r) => r.idleRssMiB)?.idleRssMiB;
  if (idle) console.log(`   (an idle Node child already holds ~${Math.round(idle)} MiB RSS; the native CLI's RSS is its own)`);

  let wrong = false;
  for (const r of results) {
    const ours = r.name.startsWith("cxsignals");
    if (r.failed) {
      wrong ||= ours;
      continue;
    }
    const problems = [];
    if (!same(r, expected)) {
      problems.push(`NPS ${fmt(r.nps, 6)} over n=${r.n}, but the file holds NPS ` +
        `${fmt(expected.nps, 6)} over n=${expected.n}`);
    }
    if (reference && r !== reference && !same(r, reference)) {
      problems.push(`disagrees with cxsignals wasm (NPS ${fmt(reference.nps, 6)}, n=${reference.n})`);
    }
    if (r.csatMean !== undefined && Math.abs(r.csatMean - expected.csat_mean) > 1e-9) {
      problems.push(`mean CSAT ${fmt(r.csatMean, 4)}, but the file holds ${fmt(expected.csat_mean, 4)}`);
    }
    if (r.rows !== undefined && r.rows !== expected.rows) {
      problems.push(`read ${r.rows} data rows, but the file has ${expected.rows}`);
    }
    if (problems.length) {
      console.log(`   WARNING: ${r.name}: ${problems.join("; ")}.`);
      wrong ||= ours;
    }
  }
  return wrong;
}

/** Same answer: identical n and NPS within float rounding (summation order differs). */
function same(a, b) {
  return a.n === b.n && Math.abs(a.nps - b.nps) < 1e-9;
}

function fmt(value, digits) {
  return typeof value === "number" ? value.toFixed(digits) : String(value);
}

function printTable(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => String(row[col]).length)));
  const numeric = (col) => col >= 1 && col <= 6;
  for (const [i, row] of rows.entries()) {
    const cells = row.map((cell, col) => numeric(col) ? String(cell).padStart(widths[col])
      : String(cell).padEnd(widths[col]));
    console.log(`   ${cells.join("  ").trimEnd()}`);
    if (i === 0) console.log(`   ${widths.map((w) => "-".repeat(w)).join("  ")}`);
  }
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
    table.push([basename(name), bytes.byteLength, gzipSync(bytes, { level: 9 }).byteLength]);
  }
  const widths = [0, 1, 2].map((col) => Math.max(...table.map((row) => String(row[col]).length)));
  for (const [i, row] of table.entries()) {
    console.log(`   ${String(row[0]).padEnd(widths[0])}  ${String(row[1]).padStart(widths[1])}  ` +
      `${String(row[2]).padStart(widths[2])}`);
    if (i === 0) console.log(`   ${widths.map((w) => "-".repeat(w)).join("  ")}`);
  }
}
