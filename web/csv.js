// CSV for spreadsheets: RFC 4180 quoting, formula escaping, UTF-8 with a BOM. Every CSV the page
// writes goes through here.

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"):
// customer text such as "=HYPERLINK(...)" or "@support ..." must open as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a finite number as written, anything else as text, formula-escaped and quoted. */
export function csvCell(value) {
  if (value === null || value === undefined) return "";
  // A number the page holds cannot carry a formula; escaping "-3" would turn it into text.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (arrays of cells, the first the header) as CSV text: CRLF line ends, a BOM so that
 *  Excel reads the UTF-8 (Japanese text) correctly. */
export function toCsv(rows) {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
