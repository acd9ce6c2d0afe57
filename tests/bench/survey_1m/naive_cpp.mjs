// Peer: naive_cpp.cpp, the plain C++ parse + NPS loop the native build should beat. Compiled
// once (g++ -O2) into build/bench/naive_cpp, then spawned and timed as cxsignals_native.mjs does.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const source = new URL("./naive_cpp.cpp", import.meta.url).pathname;
const binary = new URL("../../../build/bench/naive_cpp", import.meta.url).pathname;
const gnuTime = "/usr/bin/time";

export const label = "naive C++ (g++ -O2)";

/** Compiles only when the binary is missing or older than the source: never inside a pass. */
function compile() {
  if (existsSync(binary) && statSync(binary).mtimeMs >= statSync(source).mtimeMs) return;
  mkdirSync(dirname(binary), { recursive: true });
  execFileSync("g++", ["-O2", "-std=c++20", "-o", binary, source], { stdio: "inherit" });
}

/** One run of the program on the file, timed from spawn to exit (process start-up included). */
export async function run({ path }) {
  compile();
  const dir = mkdtempSync(join(tmpdir(), "cxs-bench-"));
  const rusage = join(dir, "rusage");
  const [command, argv] = existsSync(gnuTime)
    ? [gnuTime, ["-f", "%M", "-o", rusage, binary, path]]
    : [binary, [path]];
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
    if (code !== 0) throw new Error(`naive_cpp exited ${code}: ${stderr.trim()}`);
    const r = JSON.parse(stdout);
    // Without GNU time the program's own peak is unknown: null, never this Node process's figure.
    const peakRssMiB = existsSync(rusage) ? Number(readFileSync(rusage, "utf8").trim()) / 1024 : null;
    return { ms, nps: r.nps, n: r.n, rows: r.rows, peakRssMiB, csatN: r.csat_n,
      csatMean: r.csat_mean, csatTop2: r.csat_top2 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
