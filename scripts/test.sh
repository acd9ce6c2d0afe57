#!/usr/bin/env bash
# Runs every test suite against what scripts/build.sh built: lint, core (ctest), wasm package
# and native/wasm parity (node:test), and the page in real Chromium (node:test + playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "lint"
bash scripts/lint.sh

step "core: GoogleTest (ctest)"
ctest --test-dir build/native --output-on-failure -j"${CXS_JOBS:-2}" | tail -n 5

step "core under ASan+UBSan (ctest in build/sanitize)"
UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build/sanitize --output-on-failure \
  -j"${CXS_JOBS:-2}" >build/sanitize/ctest.log 2>&1 || { cat build/sanitize/ctest.log; exit 1; }
tail -n 3 build/sanitize/ctest.log

step "fuzz: each target for ${CXS_FUZZ_SECONDS:-15} s, after replaying tests/fuzz/regressions"
bash scripts/fuzz.sh "${CXS_FUZZ_SECONDS:-15}"

step "wasm: package cases and native/wasm parity (node:test)"
node --test --test-reporter=dot tests/wasm/

step "contract: the bad-options corpus through both CLIs and the npm API (node:test)"
node --test --test-reporter=dot tests/contract/

step "reports: byte-identical to the committed reports in tests/data/reports (node:test)"
node --test --test-reporter=dot tests/reports/

step "schema: every report validates, the package's types check (node:test)"
node --test --test-reporter=dot tests/schema/

step "mapping: the blind vendor catalogue and kind properties (node:test)"
node --test --test-reporter=dot tests/vendors/

step "signals: the blind intent corpus, a ratchet on the measured counts (node:test)"
node --test --test-reporter=dot tests/intents/

step "measurement: the AUC used to validate the health score, against R (node:test)"
node --test --test-reporter=dot tests/bench/signals/auc.test.mjs

step "i18n: message and UI string tables, the core's messages in reports (node:test)"
node --test --test-reporter=dot tests/i18n/

step "web: the page's pure parts (signal filters, the signal-state store's import checks) (node:test)"
node --test --test-reporter=dot tests/web/

step "e2e: the page in Chromium (node:test)"
# Two files at a time: each test mostly waits on one worker thread, and two use both cores.
node --test --test-reporter=spec --test-concurrency=2 tests/e2e/

echo
echo "all suites passed"
