// Peer: naive_cpp.cpp, the plain C++ parse + NPS loop the native build should beat. Compiled
// once (g++ -O2) into build/bench/naive_cpp, then spawned and timed as cxsignals_native.mjs does.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { spawnTimed } from "../spawn_timed.mjs";

const source = new URL("./naive_cpp.cpp", import.meta.url).pathname;
const binary = new URL("../../../build/bench/naive_cpp", import.meta.url).pathname;

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
  const { ms, stdout, peakRssMiB } = await spawnTimed(binary, [path], "naive_cpp");
  const r = JSON.parse(stdout);
  return { ms, nps: r.nps, n: r.n, rows: r.rows, peakRssMiB, csatN: r.csat_n,
    csatMean: r.csat_mean, csatTop2: r.csat_top2 };
}
