// Peer: PapaParse 5 as apps use it: the file read as text, then parsed chunk by chunk.
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { scoreOf, tally } from "../tally.mjs";

export const label = "PapaParse 5.7.1";

/** Decodes the file to one JS string (as FileReader.readAsText does), then Papa.parse()s it. */
export async function run({ path }) {
  const started = performance.now();
  const text = new TextDecoder().decode(await readFile(path));
  const decodeMs = performance.now() - started;
  const counts = tally();
  let npsAt = -1;
  let csatAt = -1;
  await new Promise((resolve, reject) => {
    let first = true;
    Papa.parse(text, {
      skipEmptyLines: true,
      chunk(results) {
        let rows = results.data;
        if (first) {
          const header = rows[0];
          npsAt = header.findIndex((name) => /recommend/i.test(name));
          csatAt = header.findIndex((name) => /satisf/i.test(name));
          rows = rows.slice(1);
          first = false;
        }
        for (const row of rows) counts.add(scoreOf(row[npsAt], 0, 10), scoreOf(row[csatAt], 1, 5));
      },
      complete: resolve,
      error: reject,
    });
  });
  return { ms: performance.now() - started, decodeMs, ...counts.result() };
}
