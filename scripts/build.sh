#!/usr/bin/env bash
# Builds the native core, CLI and tests, the wasm module, the npm package and the page.
# Usage: scripts/build.sh [native|wasm|web|sanitize|all]   (default: all)
# sanitize: build/sanitize, clang with ASan+UBSan, the core tests and the fuzz targets.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
jobs="${CXS_JOBS:-2}"

build_native() {
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release -DCXS_BUILD_TESTS=ON >/dev/null
  cmake --build build/native -j"$jobs"
}

build_wasm() {
  # Debian's emscripten 3.1.6: em++ needs NODE_PATH, and its sysroot hides /usr/include, so
  # nlohmann/json is reached through a staged directory that holds only a symlink to it.
  export NODE_PATH=/usr/share/nodejs
  mkdir -p build/wasm-include
  ln -sfn /usr/include/nlohmann build/wasm-include/nlohmann
  emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCXS_JSON_INCLUDE="$PWD/build/wasm-include" >/dev/null
  cmake --build build/wasm -j"$jobs"
  mkdir -p dist/pkg
  cp build/wasm/wasm/cxsignals_core.mjs build/wasm/wasm/cxsignals_core.wasm \
     build/wasm/wasm/cxsignals_core_node.cjs dist/pkg/
  cp wasm/js/*.js dist/pkg/
  # index.d.ts: the types generated from core/data/schemas/, then the API (wasm/js/api.d.ts.in);
  # the schemas ship beside it in dist/pkg/schemas/.
  node scripts/build-types.mjs
  chmod +x dist/pkg/cli.js
}

build_web() {
  node scripts/build-web.mjs
}

build_sanitize() {
  # clang, for libFuzzer; -O1 and line tables only keep the build quick and the stacks readable.
  cmake -S . -B build/sanitize -G Ninja -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DCXS_BUILD_TESTS=ON -DCXS_SANITIZE=ON -DCXS_FUZZ=ON >/dev/null
  cmake --build build/sanitize -j"$jobs"
}

case "$what" in
  native) build_native ;;
  wasm) build_wasm ;;
  web) build_web ;;
  sanitize) build_sanitize ;;
  all) build_native; build_wasm; build_web; build_sanitize ;;
  *) echo "usage: scripts/build.sh [native|wasm|web|sanitize|all]" >&2; exit 64 ;;
esac
