// Peer: the native CLI (build/native), spawned on the file; its peak RSS comes from GNU time.
import { existsSync } from "node:fs";
import { spawnTimed } from "../spawn_timed.mjs";

const cli = new URL("../../../build/native/core/cli/cxsignals", import.meta.url).pathname;

export const label = "cxsignals native CLI";

/** One `cxsignals report` run, timed from spawn to exit (process start-up included). */
export async function run({ path }) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run bash scripts/build.sh native`);
  const { ms, stdout, peakRssMiB } =
    await spawnTimed(cli, ["report", "--as-of", "2026-01-01", path], "cxsignals");
  const report = JSON.parse(stdout);
  const { nps, csat } = report.metrics;
  return { ms, nps: nps?.value, n: nps?.n, rows: report.data_quality.totals.rows, peakRssMiB,
    csatTop2: csat?.value, csatN: csat?.n };
}
