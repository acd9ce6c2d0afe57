// A delimited-text writer for the test-corpus generator that remembers, for every record it
// writes, the record number a spreadsheet shows (header rows counted) and the physical line
// the record starts on (quoted newlines make the two differ).

export class Table {
  /**
   * @param {object} o
   * @param {string} [o.sep]      field separator ("," ";" "\t")
   * @param {string} [o.eol]      record terminator ("\n" or "\r\n")
   * @param {boolean} [o.quoteAll] quote every field (Salesforce report style)
   */
  constructor({ sep = ",", eol = "\n", quoteAll = false } = {}) {
    this.sep = sep;
    this.eol = eol;
    this.quoteAll = quoteAll;
    this.text = "";
    this.records = 0; // records written so far (header rows included)
    this.line = 1; // physical line the next record starts on
  }

  cell(value) {
    const text = String(value ?? "");
    const needs = this.quoteAll || text.includes(this.sep) || /["\r\n]/.test(text);
    return needs ? `"${text.replace(/"/g, '""')}"` : text;
  }

  /** Writes one record; returns { row, line } (both 1-based). */
  row(cells) {
    const at = { row: ++this.records, line: this.line };
    this.raw(cells.map((c) => this.cell(c)).join(this.sep) + this.eol);
    return at;
  }

  /** Appends raw text (blank lines, footers); they do not count as records. */
  raw(text) {
    this.text += text;
    this.line += (text.match(/\n/g) || []).length;
  }
}
