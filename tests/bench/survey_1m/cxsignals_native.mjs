// Peer: the native CLI (build/native), spawned on the file; its peak RSS comes from GNU time.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const cli = new URL("../../../build/native/core/cli/cxsignals", import.meta.url).pathname;
const gnuTime = "/usr/bin/time";

export const label = "cxsignals native CLI";

/** One `cxsignals report` run, timed from spawn to exit (process start-up included). */
export async function run({ path }) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run bash scripts/build.sh native`);
  const dir = mkdtempSync(join(tmpdir(), "cxs-bench-"));
  const rusage = join(dir, "rusage");
  const args = ["report", "--as-of", "2026-01-01", path];
  const [command, argv] = existsSync(gnuTime)
    ? [gnuTime, ["-f", "%M", "-o", rusage, cli, ...args]]
    : [cli, args];
  try {
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise((resolve, reject) => {
      const child = spawn(command, argv, { stdio: ["ignore", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (chunk) => out.push(chunk));
      child.stderr.on("data", (chunk) => err.push(chunk));
      child.on("error", reject);
      child.on("close", (exit) => resolve({ code: exit, stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString() }));
    });
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`cxsignals exited ${code}: ${stderr.trim()}`);
    const report = JSON.parse(stdout);
    const { nps, csat } = report.metrics;
    // Without GNU time the CLI's own peak is unknown: null, never this Node process's figure.
    const peakRssMiB = existsSync(rusage) ? Number(readFileSync(rusage, "utf8").trim()) / 1024 : null;
    return { ms, nps: nps?.value, n: nps?.n, rows: report.data_quality.totals.rows, peakRssMiB,
      csatTop2: csat?.value, csatN: csat?.n };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
