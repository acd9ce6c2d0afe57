// Peer: the baseline anyone writes first: TextDecoder, split("\n"), split(","). It mis-parses
// quoted commas and line breaks inside quotes, which this file has; run.mjs flags the drift.
import { readFile } from "node:fs/promises";
import { scoreOf, tally } from "../tally.mjs";

export const label = "naive JS split (wrong on quotes)";

export async function run({ path }) {
  const started = performance.now();
  const text = new TextDecoder().decode(await readFile(path));
  const decodeMs = performance.now() - started;
  const lines = text.split("\n");
  const header = lines[0].split(",");
  const npsAt = header.findIndex((name) => /recommend/i.test(name));
  const csatAt = header.findIndex((name) => /satisf/i.test(name));
  const counts = tally();
  for (let i = 1; i < lines.length; ++i) {
    const line = lines[i];
    if (line === "" || line === "\r") continue;
    const fields = line.split(",");
    counts.add(scoreOf(fields[npsAt], 0, 10), scoreOf(fields[csatAt], 1, 5));
  }
  return { ms: performance.now() - started, decodeMs, ...counts.result() };
}
