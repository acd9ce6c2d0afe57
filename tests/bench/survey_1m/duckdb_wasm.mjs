// Peer: DuckDB-WASM 1.32.0 (DuckDB 1.4.3), the in-browser SQL engine an app would reach for
// instead of us. Its Node "blocking" build runs the same .wasm as the browser build, but on this
// thread with no Web Worker, single-threaded (threads = 1) as the browser build is without
// cross-origin isolation.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const NAME = "survey.csv";

export const label = "DuckDB-WASM 1.32.0";

// Blank cells come in as NULL; anything not 1-2 digits after trimming (e.g. "N/A") becomes NULL
// too, as tally.mjs's scoreOf does (RE2's \s is ASCII whitespace, JS trim() a little more). The
// ranges are applied in the FILTERs. All arithmetic is done on exact integer counts and then
// divided as doubles, the same operations tally.mjs does, so the answers are bit-identical.
// Columns are named, not found by /recommend/ as the JS peers do: SQL needs the names up front.
const score = (column) =>
  `CAST(nullif(regexp_extract("${column}", '^\\s*(\\d{1,2})\\s*$', 1), '') AS INTEGER)`;
const QUERY = `
  WITH cells AS (
    SELECT ${score("How likely are you to recommend us?")} AS nps,
           ${score("How satisfied are you with our support? (1-5)")} AS csat
    -- Dialect given, not sniffed; all_varchar so no column's type is guessed. DuckDB skips the
    -- BOM itself and handles CRLF and line breaks inside quotes by default.
    FROM read_csv('${NAME}', header = true, all_varchar = true, delim = ',', quote = '"',
                  escape = '"')
  ), counts AS (
    SELECT count(*) AS rows,
           count(*) FILTER (nps BETWEEN 9 AND 10) AS promoters,
           count(*) FILTER (nps BETWEEN 0 AND 6) AS detractors,
           count(*) FILTER (nps BETWEEN 0 AND 10) AS n,
           count(*) FILTER (csat BETWEEN 1 AND 5) AS csat_n,
           sum(csat) FILTER (csat BETWEEN 1 AND 5) AS csat_sum,
           count(*) FILTER (csat BETWEEN 4 AND 5) AS satisfied
    FROM cells
  )
  SELECT rows, n, (100 * (promoters - detractors))::DOUBLE / n AS nps, csat_n,
         csat_sum::DOUBLE / csat_n AS csat_mean, (100 * satisfied)::DOUBLE / csat_n AS csat_top2
  FROM counts`;

let db;
let conn;

/** Loads and instantiates the ~34 MB wasm and opens an in-memory database (timed apart). */
async function load() {
  const duckdb = require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs");
  const dist = dirname(require.resolve("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs"));
  // createDuckDB picks the exception-handling build when the engine supports it (Node 20 does).
  db = await duckdb.createDuckDB({
    mvp: { mainModule: join(dist, "duckdb-mvp.wasm"), mainWorker: join(dist, "duckdb-node-mvp.worker.cjs") },
    eh: { mainModule: join(dist, "duckdb-eh.wasm"), mainWorker: join(dist, "duckdb-node-eh.worker.cjs") },
  }, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  db.open({});
  conn = db.connect();
}

/** One pass: the file's bytes read into memory, copied into wasm as a file buffer, one query. */
export async function run({ path }) {
  let initMs;
  if (!db) {
    const started = performance.now();
    await load();
    initMs = performance.now() - started;
  }
  const started = performance.now();
  // What a browser app does with a File: read it whole, hand DuckDB the bytes.
  db.registerFileBuffer(NAME, await readFile(path));
  const row = conn.query(QUERY).toArray()[0].toJSON();
  const ms = performance.now() - started;
  db.dropFile(NAME);  // untimed: frees the copy so the next pass starts as this one did
  // Counts come back from Arrow as BigInt.
  return { ms, initMs, nps: row.nps, n: Number(row.n), rows: Number(row.rows),
    csatN: Number(row.csat_n), csatMean: row.csat_mean, csatTop2: row.csat_top2 };
}
