// Writes cdnow_orders.csv: the CDNOW transaction log (CDNOW_sample.txt, see README.md) as a
// plain orders export, the shape a shop or billing tool would hand over, so the CLI and the
// page can be run on a real purchase history with published model fits.
//
// One row per line of the log (6,919 rows; same-day rows of one customer stay separate rows,
// as in the log; the same-day merge the published fits need is the reader's job):
//   Order ID        CD-000001 ... in log order, unique per row
//   Customer Email  customer<sample id>@example.com (sample id without its zero padding)
//   Order Date      YYYY-MM-DD
//   Total           the dollar value exactly as written in the log (8 rows are 0.00)
//   Currency        USD
// Deterministic (no randomness, no clock). Run: node tests/data/cdnow/make_orders_export.mjs
import { readFileSync, writeFileSync } from "node:fs";

const here = new URL("./", import.meta.url);
const log = readFileSync(new URL("CDNOW_sample.txt", here), "latin1");

const lines = log.split(/\r?\n/).filter((line) => line.trim() !== "");
let text = "Order ID,Customer Email,Order Date,Total,Currency\n";
const customers = new Set();
let zero = 0;
lines.forEach((line, i) => {
  const fields = line.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`line ${i + 1}: expected 5 fields, got ${fields.length}`);
  const [, sampleId, date, , dollars] = fields;
  if (!/^\d{4}$/.test(sampleId) || !/^\d{8}$/.test(date) || !/^\d+\.\d\d$/.test(dollars)) {
    throw new Error(`line ${i + 1}: unexpected field shapes: ${line}`);
  }
  const id = Number(sampleId);
  customers.add(id);
  if (Number(dollars) === 0) zero++;
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
  text += `CD-${String(i + 1).padStart(6, "0")},customer${id}@example.com,${iso},${dollars},USD\n`;
});

writeFileSync(new URL("cdnow_orders.csv", here), text);
console.log(`wrote tests/data/cdnow/cdnow_orders.csv: ${lines.length} rows, ${customers.size} customers, ${zero} zero-dollar rows`);
