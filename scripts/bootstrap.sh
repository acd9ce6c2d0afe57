#!/usr/bin/env bash
# Installs every system and npm dependency of cxsignals; idempotent, and quick when all is there.
# apt packages and npm packages only, nothing downloaded from anywhere else.
# Usage: scripts/bootstrap.sh [--with-r]   (--with-r: R, to regenerate reference fixtures)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake g++ ninja-build pkg-config          # native build
  emscripten                                # em++ 3.1.6 on Debian 12: the wasm build
  nlohmann-json3-dev                        # JSON in the core
  libgtest-dev libgmock-dev libbenchmark-dev  # tests and benchmarks
  clang-format                              # npm run lint
  chromium                                  # end-to-end tests (driven by playwright-core)
  fonts-ipafont-gothic                      # a Japanese font, so the ja screenshots show text
  time                                      # GNU time: the bench's peers' peak memory
  clang libclang-rt-14-dev                  # build/sanitize: ASan+UBSan tests, libFuzzer targets
)
if [[ "${1:-}" == "--with-r" ]]; then
  packages+=(r-base-core r-cran-survival)
fi
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "bootstrap: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages: only when node_modules is missing or older than the lock file.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "bootstrap: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
