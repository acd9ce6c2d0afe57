#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (ASan+UBSan build in build/sanitize): first replays
# tests/fuzz/regressions/<target>/, then fuzzes for SECONDS (default 300; 0 = replay only) on a
# fresh copy of tests/fuzz/corpus/<target>/ in build/; new inputs never go into the repository.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default: every target)
# Runs CXS_JOBS targets at a time (default 2). Exits 1 if any target crashed, naming the input.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-300}"
shift $(($# > 0 ? 1 : 0))
jobs="${CXS_JOBS:-2}"
all=(csv_reader json_reader mail_reader encoding cells analysis_options analysis)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

# Longest input per target, and its dictionary: cells are one line each; the whole pipeline
# costs most per byte, so all stay a few KB.
declare -A max_len=([csv_reader]=4096 [json_reader]=4096 [mail_reader]=4096 [encoding]=4096
                    [cells]=512 [analysis_options]=2048 [analysis]=4096)
declare -A dict=([csv_reader]=csv [json_reader]=json [mail_reader]=mail [encoding]=encoding
                 [cells]=cells [analysis_options]=options)

for target in "${targets[@]}"; do
  [[ -n "${max_len[$target]:-}" ]] || { echo "fuzz: unknown target $target (${all[*]})" >&2; exit 64; }
done

bash scripts/build.sh sanitize >/dev/null

bin=build/sanitize/tests/fuzz
work=build/sanitize/fuzz
mkdir -p "$work/logs"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

failed=0

# Replays every committed regression input once: a crash fixed earlier must stay fixed.
for target in "${targets[@]}"; do
  inputs=(tests/fuzz/regressions/"$target"/*)
  [[ -e "${inputs[0]}" ]] || continue
  if "$bin/${target}_fuzz" "${inputs[@]}" >"$work/logs/$target.replay.log" 2>&1; then
    printf '%-17s replayed %d regression input(s): ok\n' "$target" "${#inputs[@]}"
  else
    printf '%-17s replaying regressions CRASHED; see %s\n' "$target" "$work/logs/$target.replay.log"
    grep -m1 -E 'Running: ' "$work/logs/$target.replay.log" | tail -n1 || true
    failed=1
  fi
done
((seconds > 0)) || exit "$failed"

run() {  # fuzzes one target; its log and any crash input stay under $work
  local target="$1"
  local corpus="$work/corpus/$target" artifacts="$work/artifacts/$target"
  # A fresh copy each run: libFuzzer first runs every corpus input whatever -max_total_time
  # says, and a corpus grown by a long run made 15 s of the pipeline target take 4 minutes.
  rm -rf "$corpus"
  mkdir -p "$corpus" "$artifacts"
  cp tests/fuzz/corpus/"$target"/* "$corpus"/
  local options=(-max_total_time="$seconds" -max_len="${max_len[$target]}" -timeout=10
                 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/")
  [[ -n "${dict[$target]:-}" ]] && options+=(-dict="tests/fuzz/${dict[$target]}.dict")
  local started=$SECONDS status=0
  "$bin/${target}_fuzz" "${options[@]}" "$corpus" >"$work/logs/$target.log" 2>&1 || status=$?
  echo "$status $((SECONDS - started))" >"$work/logs/$target.status"
}

report() {  # one line per target from its log: execs, execs/s, time, crashes
  local target="$1" log="$work/logs/$target.log"
  local status elapsed execs rate crashes
  read -r status elapsed <"$work/logs/$target.status"
  execs=$(grep -oP '^stat::number_of_executed_units: \K[0-9]+' "$log" ||
          grep -oP '^#\K[0-9]+' "$log" | tail -n1 || echo "?")
  rate=$(grep -oP '^stat::average_exec_per_sec: \K[0-9]+' "$log" ||
         grep -oP 'exec/s: \K[0-9]+' "$log" | tail -n1 || echo "?")
  mapfile -t written < <(grep -oP '(Test unit|artifact) written to \K\S+' "$log" || true)
  crashes=${#written[@]}
  ((status == 0)) || ((crashes > 0)) || crashes=1
  printf '%-17s execs %9s  exec/s %6s  time %4ss  crashes %d\n' \
    "$target" "$execs" "$rate" "$elapsed" "$crashes"
  if ((crashes > 0)); then
    failed=1
    grep -m1 -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|deadly signal' "$log" | sed 's/^/    /' || true
    for input in "${written[@]}"; do echo "    reproducer: $input"; done
    echo "    log: $log   replay: $bin/${target}_fuzz <reproducer>"
  fi
}

for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= jobs)); do wait -n || true; done
  run "$target" &
done
wait
for target in "${targets[@]}"; do report "$target"; done
exit "$failed"
