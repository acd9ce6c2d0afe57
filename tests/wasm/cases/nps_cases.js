// JS cases over the built package, run by tests/wasm/node.test.mjs. Each runner supplies
// `load` (resolves to the package), `fixture` (name → {name, data}) and `assert`.
export const npsCases = ({ load, fixture, assert, expected }) => ({
  "a BOM + CRLF survey export gives the hand-counted NPS": async () => {
    const report = await (await load()).analyze([await fixture("survey_bom_crlf.csv")], { as_of: "2026-11-25" });
    const want = expected["survey_bom_crlf.csv"];
    assert.ok(Math.abs(report.metrics.nps.value - want.nps) < 0.005);
    assert.ok(Math.abs(report.metrics.nps.ci95[0] - want.ci95[0]) < 0.005);
    assert.ok(Math.abs(report.metrics.nps.ci95[1] - want.ci95[1]) < 0.005);
    assert.deepEqual(report.data_quality.issues.map((i) => i.row), want.invalid_rows);
  },

  "every fixture matches its hand-counted expectations": async () => {
    const pkg = await load();
    for (const [name, want] of Object.entries(expected)) {
      const report = await pkg.analyze([await fixture(name)], { as_of: "2026-11-25" });
      const source = report.sources[0];
      assert.equal(source.rows, want.rows, `${name} rows`);
      assert.equal(source.rows_rejected, want.rows_rejected, `${name} rows_rejected`);
      const issues = report.data_quality.issues;
      if (want.no_nps) {
        assert.equal(source.metrics.nps, null, name);
        assert.equal(source.kind, want.kind, name);
        continue;
      }
      const nps = source.metrics.nps;
      assert.deepEqual([nps.detractors, nps.passives, nps.promoters],
        [want.detractors, want.passives, want.promoters], `${name} counts`);
      if (want.nps !== undefined) assert.ok(Math.abs(nps.value - want.nps) < 0.005, `${name} nps`);
      assert.deepEqual(issues.filter((i) => i.code === "invalid_score").map((i) => i.row), want.invalid_rows, name);
      if (want.ragged_rows) {
        assert.deepEqual(issues.filter((i) => i.code === "ragged_row").map((i) => i.row), want.ragged_rows, name);
      }
      if (want.unterminated_quote_row) {
        assert.deepEqual(issues.filter((i) => i.code === "unterminated_quote").map((i) => i.row),
          [want.unterminated_quote_row], name);
      }
      if (want.bom !== undefined) assert.equal(source.bom, want.bom, `${name} bom`);
    }
  },

  "the report does not depend on how the bytes are chunked": async () => {
    const pkg = await load();
    const file = await fixture("typeform_quoted_newlines.csv");
    const whole = await pkg.analyzeToJson([file], { as_of: "2026-11-25" });
    async function* pieces(size) {
      for (let at = 0; at < file.data.byteLength; at += size) yield file.data.subarray(at, at + size);
    }
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const text = await pkg.analyzeToJson([{ name: file.name, data: pieces(size) }], { as_of: "2026-11-25" });
      assert.equal(text, whole, `chunks of ${size} bytes`);
    }
  },

  "progress is reported in bytes up to the file size": async () => {
    const pkg = await load();
    const file = await fixture("survey_bom_crlf.csv");
    const seen = [];
    await pkg.analyze([file], { onProgress: (p) => seen.push(p) });
    assert.ok(seen.length >= 1);
    assert.equal(seen.at(-1).bytes_done, file.data.byteLength);
    assert.equal(seen.at(-1).bytes_total, file.data.byteLength);
  },

  "bad options are thrown as a CxsError with a code": async () => {
    const pkg = await load();
    await assert.rejects(pkg.analyze([], { as_of: "yesterday" }),
      (error) => error instanceof pkg.CxsError && error.code === "invalid_options");
  },
});
