// The bench's one table printer, shared by run.mjs and page/run.mjs.

/** Prints rows as aligned columns, the header underlined; `right` lists right-aligned columns. */
export function printTable(rows, right) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => String(row[col]).length)));
  for (const [i, row] of rows.entries()) {
    const cells = row.map((cell, col) =>
      right.includes(col) ? String(cell).padStart(widths[col]) : String(cell).padEnd(widths[col]));
    console.log(`   ${cells.join("  ").trimEnd()}`);
    if (i === 0) console.log(`   ${widths.map((w) => "-".repeat(w)).join("  ")}`);
  }
}
