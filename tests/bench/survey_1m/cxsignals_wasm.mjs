// Peer: the npm package (dist/pkg) in Node, fed the file as a stream of 4 MiB byte chunks.
import { createReadStream } from "node:fs";
import { basename } from "node:path";

const pkg = new URL("../../../dist/pkg/index.js", import.meta.url);
let loaded;

export const label = "cxsignals wasm (dist/pkg)";

/** One full pass over `path`: bytes go from disk to wasm memory, never through a JS string. */
export async function run({ path }) {
  let initMs;
  if (!loaded) {
    const started = performance.now();
    loaded = await import(pkg.href);
    await loaded.loadModule();
    initMs = performance.now() - started;
  }
  const started = performance.now();
  const report = await loaded.analyze(
    [{ name: basename(path), data: createReadStream(path, { highWaterMark: loaded.CHUNK_BYTES }) }],
    { as_of: "2026-01-01" });
  const ms = performance.now() - started;
  const { nps, csat } = report.metrics;
  return { ms, initMs, nps: nps?.value, n: nps?.n, rows: report.data_quality.totals.rows,
    csatTop2: csat?.value, csatN: csat?.n };
}
