// createEngine (wasm/js/analyze.js): a wasm instance that traps is dropped, the caller gets a
// CxsError with a code, and the next analysis runs on a fresh instance. The trap is real
// (a WebAssembly.RuntimeError from an `unreachable` instruction) inside a real core's
// Analysis; only where it happens is chosen by the test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { createEngine, CxsError } = await import(`${root}/dist/pkg/analyze.js`);
const require = createRequire(import.meta.url);
const createCore = require(`${root}/dist/pkg/cxsignals_core_node.cjs`);

// The smallest module whose one function executes `unreachable`: a genuine wasm trap.
const trap = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type: () -> ()
  0x03, 0x02, 0x01, 0x00, // one function of that type
  0x07, 0x08, 0x01, 0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00, // export "trap"
  0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b, // body: unreachable, end
]))).exports.trap;

const survey = { name: "s.csv", data: new TextEncoder().encode("NPS\n10\n9\n0\n") };

test("an instance that traps is replaced, and the next analysis works", async () => {
  let made = 0;
  const engine = createEngine(async () => {
    const core = await createCore();
    made += 1;
    if (made === 1) {
      // The first instance's feed() traps, as an out-of-bounds access or abort() would.
      const Real = core.Analysis;
      core.Analysis = function (options) {
        const analysis = new Real(options);
        analysis.feed = () => trap();
        return analysis;
      };
    }
    return core;
  });
  await assert.rejects(engine.analyzeToJson([survey], { as_of: "2026-11-25" }), (error) =>
    error instanceof CxsError && error.code === "engine_failed" && /RuntimeError: unreachable/.test(error.message));
  const report = JSON.parse(await engine.analyzeToJson([survey], { as_of: "2026-11-25" }));
  assert.equal(made, 2, "a second instance was made after the trap");
  // Hand count: 2 promoters, 1 detractor of 3: NPS 33.3.
  assert.equal(report.metrics.nps.promoters, 2);
  assert.equal(report.metrics.nps.detractors, 1);
  // The fresh instance is kept: no third one for the next call.
  await engine.analyzeToJson([survey], { as_of: "2026-11-25" });
  assert.equal(made, 2);
});

test("a C++ exception escaping as a bare thrown value becomes a CxsError too", async () => {
  let made = 0;
  const engine = createEngine(async () => {
    const core = await createCore();
    made += 1;
    if (made === 1) {
      core.Analysis = function () {
        throw 5243904; // what emscripten throws for a C++ exception with catching disabled
      };
    }
    return core;
  });
  await assert.rejects(engine.analyzeToJson([survey], { as_of: "2026-11-25" }), (error) =>
    error instanceof CxsError && error.code === "engine_failed" && /a thrown number/.test(error.message));
  assert.equal(JSON.parse(await engine.analyzeToJson([survey], { as_of: "2026-11-25" })).metrics.nps.n, 3);
});

test("errors of the caller and of the core keep the instance", async () => {
  let made = 0;
  const engine = createEngine(async () => {
    made += 1;
    return createCore();
  });
  await assert.rejects(engine.analyzeToJson([{ name: "x.csv", data: "not bytes" }], {}), TypeError);
  await assert.rejects(engine.analyzeToJson([survey], { as_of: "someday" }), (error) =>
    error instanceof CxsError && error.code === "invalid_options");
  assert.ok(JSON.parse(await engine.analyzeToJson([survey], { as_of: "2026-11-25" })).metrics.nps);
  assert.equal(made, 1);
});
