#!/usr/bin/env bash
# Formatting and syntax checks: clang-format (settings in .clang-format) and node --check.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t cpp < <(git ls-files 'core/*.cpp' 'core/*.hpp' 'wasm/*.cpp' 'tests/*.cpp')
clang-format --dry-run --Werror "${cpp[@]}"
for file in $(git ls-files '*.js' '*.mjs'); do node --check "$file"; done
echo "lint: ${#cpp[@]} C++ files formatted, JS syntax ok"
