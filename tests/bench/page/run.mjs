// The page as a user meets it: the survey CSV picked in the file input of the built page
// (dist/web), served on localhost and opened in Debian's Chromium; timed until the NPS shows.
//
//   node tests/bench/page/run.mjs [rows]      (default 1000000; CXS_BENCH_REPEAT, default 3)
//
// Each pass is a fresh browser context (a fresh renderer: the wasm is compiled again, as on a
// first visit). Times are the page's own clock (performance.now()), so they line up with the
// long-task entries and leave out Playwright's round trips. Exit 1 when the page fails, shows
// a wrong NPS, or makes a request off its own origin; exit 2 when it cannot run at all
// (no dist/web, no Chromium); never on speed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, assertOnlyOwnRequests, launch, recordingPage, serve } from "../../e2e/browser.mjs";
import { prepare } from "../survey_1m/generate.mjs";
import { printTable } from "../table.mjs";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const rows = Number(process.argv[2] ?? 1_000_000);
const repeat = Math.max(1, Number(process.env.CXS_BENCH_REPEAT ?? 3));
const TIMEOUT_MS = 10 * 60_000;
const MiB = 1024 * 1024;

for (const [path, fix] of [[join(root, "dist/web/index.html"), "run npm run build"], [CHROMIUM, "install chromium"]]) {
  if (!existsSync(path)) {
    console.log(`page bench skipped: ${path} is missing (${fix})`);
    process.exit(2);
  }
}

/** Runs in the page before any of its scripts (addInitScript). */
function instrument() {
  const bench = (window.__bench = { longTasks: [] });
  // Main-thread tasks over 50 ms, which is what makes a page feel stuck; the worker's are not
  // reported (and are not the user's problem: they do not block input).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  // The worker's report as it reaches the page, before the page's own onmessage (a listener
  // added at construction runs first): splits the worker's time from the page's rendering.
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ({ data }) => {
        if (data?.type === "report" && bench.startAt !== undefined) bench.reportAt ??= performance.now();
      });
    }
  };
  // Checked once per animation frame; once the NPS is visible, the time is taken in the next
  // task, i.e. after that frame's style, layout and paint: when a user can see it.
  bench.start = () => {
    bench.startAt = performance.now();
    bench.finished = new Promise((resolve) => {
      const frame = () => {
        const status = document.querySelector("[data-testid=status]");
        const kpi = document.querySelector("[data-testid=kpi-nps]");
        if (status.dataset.state === "failed") return resolve({ failed: status.textContent });
        if (!kpi.textContent.trim() || !kpi.checkVisibility()) return requestAnimationFrame(frame);
        const shown = { nps: kpi.textContent, n: document.querySelector("[data-testid=kpi-nps-n]").textContent,
          doneWithKpi: status.dataset.state === "done" };
        setTimeout(() => resolve({ ...shown, kpiAt: performance.now() }));
      };
      requestAnimationFrame(frame);
    });
  };
}

/** RSS of the Chromium processes under this one (browser, zygotes, GPU, utilities, renderers),
 *  from /proc: wasm memory is outside the JS heap, so resident pages are what shows what an
 *  analysis costs. The sum counts shared pages (the chromium binary, libraries) once per
 *  process, so read its growth over the idle page; the page and its worker share one renderer,
 *  the largest one. Returns {total, renderer} in bytes. Cheap (stat only): it runs every 100 ms
 *  on a 2-core machine beside the page it measures. */
const isRenderer = new Map();
function chromiumRss() {
  const procs = new Map();
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      procs.set(Number(pid), { chromium: stat.includes(" (chrom"), ppid: Number(fields[1]), rss: Number(fields[21]) * 4096 });
    } catch {} // gone between readdir and read
  }
  const ours = (pid) => {
    for (let p = procs.get(pid)?.ppid; p; p = procs.get(p)?.ppid) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  let renderer = 0;
  for (const [pid, { chromium, rss }] of procs) {
    if (!chromium || !ours(pid)) continue; // not the page server (node), nor other sessions' browsers
    total += rss;
    if (!isRenderer.has(pid)) {
      try {
        isRenderer.set(pid, readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer"));
      } catch {}
    }
    if (isRenderer.get(pid)) renderer = Math.max(renderer, rss);
  }
  return { total, renderer };
}

async function pass(browser, origin, input) {
  const { context, page, requests, errors } = await recordingPage(browser);
  try {
    await context.addInitScript(instrument);
    await page.goto(`${origin}/`);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const idle = chromiumRss();
    let peak = idle;
    const sampler = setInterval(() => {
      const now = chromiumRss();
      peak = { total: Math.max(peak.total, now.total), renderer: Math.max(peak.renderer, now.renderer) };
    }, 100);
    sampler.unref(); // an exception below must not leave it keeping the process alive
    const startAt = await page.evaluate(() => (window.__bench.start(), window.__bench.startAt));
    await page.getByTestId("file-input").setInputFiles(input.path);
    let timer;
    const result = await Promise.race([page.evaluate(() => window.__bench.finished),
      new Promise((resolve) => (timer = setTimeout(resolve, TIMEOUT_MS, { failed: "timed out" }).unref()))]);
    clearTimeout(timer);
    clearInterval(sampler);
    if (result.failed) throw new Error(`the page did not show the KPIs: ${result.failed}; ${errors.join("; ")}`);
    // Long-task entries are delivered after their task ends: give the last one time to arrive.
    await page.waitForTimeout(300);
    const bench = await page.evaluate(() => ({ ...window.__bench, finished: undefined }));
    const tasks = bench.longTasks.filter(([start]) => start >= startAt && start < result.kpiAt).map(([, d]) => d);
    const { metrics } = await cdp.send("Performance.getMetrics");
    return {
      kpiMs: result.kpiAt - startAt,
      reportMs: bench.reportAt === undefined ? null : bench.reportAt - startAt,
      doneWithKpi: result.doneWithKpi,
      longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
      longTasks: tasks.length,
      peakRssMiB: peak.total / MiB,
      peakRendererRssMiB: peak.renderer / MiB,
      idleRssMiB: idle.total / MiB,
      pageHeapMiB: metrics.find((m) => m.name === "JSHeapUsedSize").value / MiB,
      nps: result.nps,
      n: Number(result.n.replace(/\D/g, "")),
      errors,
      requests: [...new Map(requests.map((r) => [r.url, r])).values()], // page and context both report some
    };
  } finally {
    await context.close();
  }
}

const load = loadavg()[0];
const input = await prepare({ rows, cacheDir: join(root, "build/bench/survey_1m") });
const server = await serve();
const browser = await launch();
const version = browser.version();
const passes = [];
let failure = null;
console.log(`\n## page: ${input.rows.toLocaleString("en-US")} rows, ${(input.bytes / 1e6).toFixed(1)} MB, ` +
  `picked in the file input of dist/web in Chromium ${version} (headless), ` +
  `${cpus().length} CPUs, load ${load.toFixed(2)}${load > 0.5 ? " (something else is running: expect noisy figures)" : ""}`);
try {
  for (let i = 0; i < repeat; ++i) {
    const p = await pass(browser, server.origin, input);
    passes.push(p);
    assertOnlyOwnRequests(p.requests, server.origin); // throws, naming the request
    // The page rounds to one decimal; the generator's count is exact.
    if (Math.abs(Number(p.nps.replace(/,/g, "")) - input.expected.nps) > 0.05 + 1e-9 || p.n !== input.expected.n) {
      throw new Error(`the page shows NPS ${p.nps} over n=${p.n}, but the file holds ` +
        `NPS ${input.expected.nps.toFixed(4)} over n=${input.expected.n}`);
    }
  }
} catch (error) {
  failure = error;
} finally {
  await browser.close();
  server.stop();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => (value === null ? "n/a" : Math.round(value).toLocaleString("en-US"));
const keys = ["kpiMs", "reportMs", "longestTaskMs", "longTasks", "peakRssMiB", "growthMiB", "peakRendererRssMiB", "pageHeapMiB"];
const table = [["pass", "to KPIs ms", "worker reply ms", "longest task ms", "tasks >50 ms",
  "Σ RSS peak MiB", "over idle", "renderer MiB", "page heap MiB", "NPS", "n"]];
for (const p of passes) p.growthMiB = p.peakRssMiB - p.idleRssMiB;
const row = (name, p) => [name, ...keys.map((key) => round(p[key])), p.nps, p.n.toLocaleString("en-US")];
passes.forEach((p, i) => table.push(row(String(i + 1), p)));
if (passes.length > 1) {
  table.push(row("median", { ...passes[0], ...Object.fromEntries(keys.map((key) => [key, median(passes.map((p) => p[key]))])) }));
}
if (passes.length) {
  printTable(table, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  console.log("   to KPIs: just before setInputFiles → the task after the first frame that shows the NPS. " +
    `The status says "Done" ${passes.every((p) => p.doneWithKpi) ? "in that same frame (one task sets both), so it is not timed apart" : "LATER than the KPIs in some pass"}.\n` +
    "   worker reply: the report reaching the page (the rest, to KPIs, is the page rendering it). " +
    "Longest task and count: main-thread long tasks (PerformanceObserver 'longtask') in that interval.\n" +
    "   memory: RSS of every Chromium process (/proc, every 100 ms), summed: shared pages count once per process, " +
    `so read 'over idle' (idle page: ${round(passes[0].idleRssMiB)} MiB); renderer: the page's renderer, which also ` +
    "runs its worker and the wasm; page heap: the page's JS heap at the end (CDP Performance.getMetrics).");
  const urls = [...new Set(passes.flatMap((p) => p.requests.map((r) => `${r.type} ${r.url.replace(/^blob:(.*\/).*/, "blob:$1…")}`)))];
  console.log(`   requests (all passes): ${urls.join(", ")}`);
  const errors = passes.flatMap((p) => p.errors);
  if (errors.length) console.log(`   page errors: ${errors.join("; ")}`);
}
if (failure) console.log(`   FAILED: ${failure.message}`);
console.log(JSON.stringify({ bench: "page", rows: input.rows, bytes: input.bytes, chromium: `${CHROMIUM} ${version}`,
  load, passes: passes.map(({ errors, ...p }) => p), failed: failure?.message ?? null }));
process.exitCode = failure ? 1 : 0;

