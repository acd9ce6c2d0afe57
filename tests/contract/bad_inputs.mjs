// The bad-input corpus (issue 15): files a user may drop on the page by mistake or that a tool
// wrote badly. makeBadInputs(dir) writes them (the large ones are made, not committed); each
// entry says what the analysis must do with it: a report (and which issue codes it must list)
// or, for nothing readable at all, still a report whose source explains why.
//
// Every case is hand-built here, byte by byte, from how the formats work (RFC 4180 quoting,
// UTF-8 and Shift_JIS byte ranges, the PNG signature, IEEE 754 limits), not from any export.
import { mkdirSync, writeFileSync } from "node:fs";

const header = "Response ID,Email,How likely are you to recommend us? (0-10),Comment\r\n";
const row = (i, score, comment = "ok") => `R${i},p${i}@mail.example,${score},${comment}\r\n`;
const rows = (n, from = 1) => Array.from({ length: n }, (_, k) => row(from + k, (from + k) % 11)).join("");

// Shift_JIS for 満足 (satisfied): 0x96 0x9E 0x91 0xAB.
const sjisComment = Buffer.from([0x96, 0x9e, 0x91, 0xab]);
// The first 16 bytes of every PNG file (signature and the IHDR chunk's length and type).
const pngBytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(2000, 0x7f)]);

/**
 * The cases: name (the file name given to the analysis), bytes or a function that writes them,
 * and what the report must show: `nps_n` (valid NPS answers, a hand count), `issues` (codes
 * that must be counted), `rows` (data records).
 */
export function badInputCases() {
  return [
    { name: "empty.csv", bytes: Buffer.alloc(0), expect: { issues: ["empty_file"], rows: 0 } },
    { name: "header-only.csv", bytes: Buffer.from(header), expect: { rows: 0 } },
    { name: "binary.csv", bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
      expect: { nps_n: 0 } },
    { name: "picture.csv", bytes: pngBytes, expect: { nps_n: 0 } },
    // The last record opens a quote that never closes: its score (before the quote) and rows
    // 2-4 count, and the quote is reported.
    { name: "truncated-in-quote.csv", bytes: Buffer.from(header + rows(3) + 'R4,p4@mail.example,9,"half a comm'),
      expect: { nps_n: 4, issues: ["unterminated_quote"] } },
    // A quote in the middle of an unquoted field (RFC 4180 §2.5 says it must be quoted).
    { name: "stray-quotes.csv", bytes: Buffer.from(header + rows(3) + 'R4,p4@mail.example,9,say "hi\r\n' + row(5, 10)),
      expect: { nps_n: 5, issues: ["stray_quote"] } },
    // One byte that can never appear in UTF-8 (0xFF) in an otherwise UTF-8 file.
    { name: "invalid-utf8.csv", bytes: Buffer.concat([Buffer.from(header + rows(4)), Buffer.from("R5,p5@mail.example,10,"),
      Buffer.from([0xff, 0x41]), Buffer.from("\r\n")]), expect: { nps_n: 5 } },
    // UTF-8 rows and a Shift_JIS row in one file: one encoding is chosen, the other row's
    // bytes are reported, and every score still counts.
    { name: "mixed-encodings.csv", bytes: Buffer.concat([Buffer.from(header + rows(3) + "R4,p4@mail.example,8,とても良い\r\n"),
      Buffer.from("R5,p5@mail.example,9,"), sjisComment, Buffer.from("\r\n")]), expect: { nps_n: 5 } },
    { name: "ten-thousand-columns.csv", write: () => {
      const cols = Array.from({ length: 10000 }, (_, i) => `Q${i + 1}`);
      cols[0] = "Email";
      cols[1] = "How likely are you to recommend us? (0-10)";
      const lines = [cols.join(",")];
      for (let r = 1; r <= 20; r++) lines.push([`p${r}@mail.example`, String(r % 11), ...Array(9998).fill("3")].join(","));
      return Buffer.from(lines.join("\r\n") + "\r\n");
    }, expect: { nps_n: 20 } },
    // A 10 MB comment: cut to the reader's 1 MiB limit and reported; the row's score counts.
    { name: "ten-megabyte-field.csv", write: () => Buffer.from(header + rows(3) + `R4,p4@mail.example,9,"${"x".repeat(10 << 20)}"\r\n` + row(5, 10)),
      expect: { nps_n: 5, issues: ["field_too_large"] } },
    // An unclosed quote at the top of a 30 MB file: one field would hold the rest of the file.
    { name: "unclosed-quote-at-the-top.csv", write: () => Buffer.from(header + 'R1,p1@mail.example,9,"oops\r\n' + rows(300000, 2)),
      expect: { nps_n: 1, issues: ["field_too_large", "unterminated_quote"] } },
    { name: "a-million-tiny-rows.csv", write: () => {
      const parts = ["NPS\n"];
      for (let i = 0; i < 1000000; i++) parts.push(i % 2 ? "9\n" : "3\n");
      return Buffer.from(parts.join(""));
    }, expect: { nps_n: 1000000 } },
    // 10,000 levels of nesting around one record: refused as one record, not a crash.
    { name: "deep.json", bytes: Buffer.from("[" + '{"a":'.repeat(10000) + "1" + "}".repeat(10000) + "]"),
      expect: { rows: 0, issues: ["record_too_large"] } },
    { name: "deep.ndjson", bytes: Buffer.from('{"email":"a@mail.example","nps":9}\n' + '{"a":'.repeat(10000) + "1" + "}".repeat(10000) + '\n{"email":"b@mail.example","nps":10}\n'),
      expect: { nps_n: 2, issues: ["record_too_large"] } },
    // The same header twice: both columns are read; the answers count once per row.
    { name: "duplicate-headers.csv", bytes: Buffer.from("Email,NPS,NPS,Comment\r\np1@mail.example,9,9,a\r\np2@mail.example,3,3,b\r\n"),
      expect: { nps_n: 2 } },
    // Numbers JSON and spreadsheets cannot hold: none may reach the report as NaN or Infinity.
    // Ten valid answers and four that no score can be: NaN, Infinity, 1e309, -1e309.
    { name: "non-finite-numbers.csv", bytes: Buffer.from("Email,How likely are you to recommend us? (0-10)\r\n" + rows(10).split("\r\n").filter(Boolean)
      .map((line) => line.split(",").slice(1, 3).join(",")).join("\r\n") +
      "\r\nq1@mail.example,NaN\r\nq2@mail.example,Infinity\r\nq3@mail.example,1e309\r\nq4@mail.example,-1e309\r\n"),
      expect: { nps_n: 10, issues: ["invalid_score"] } },
    { name: "orders-odd-values.csv", bytes: Buffer.from("Name,Email,Created at,Financial Status,Total,Currency\r\n" +
      "#1,a@mail.example,0000-01-01 10:00:00,paid,10.00,USD\r\n#2,a@mail.example,9999-12-31 23:59:59,paid,20.00,USD\r\n" +
      "#3,b@mail.example,2026-03-01 10:00:00,refunded,-15.00,USD\r\n#4,b@mail.example,2026-03-02 10:00:00,paid,1e309,USD\r\n" +
      "#5,c@mail.example,2026-03-03 10:00:00,paid,-5.00,USD\r\n#6,c@mail.example,2026-03-04 10:00:00,paid," + "9".repeat(400) + ",USD\r\n"),
      // Years 0 and 9999 are placeholders, never event times (date_cell.hpp).
      expect: { rows: 6, absent: ["0000-01-01T", "9999-12-31T"] } },
  ];
}

/** Writes every case into `dir`; returns the cases with their paths. */
export function makeBadInputs(dir) {
  mkdirSync(dir, { recursive: true });
  return badInputCases().map((item) => {
    const path = `${dir}/${item.name}`;
    writeFileSync(path, item.bytes ?? item.write());
    return { ...item, path };
  });
}
