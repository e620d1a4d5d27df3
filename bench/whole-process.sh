#!/usr/bin/env sh
# Whole-process figures for docs/performance.md with hyperfine (Debian: apt-get install hyperfine):
# cold `bosim run` of the default with the rules and with the stand-in, with and without charts,
# and a 1 000-run ensemble of surge-2015 with its peak resident memory (GNU time). Every command
# goes through the launcher (./bosim), as a user runs it, with its class archive made first.
# Usage: bench/whole-process.sh [RUNS]   (RUNS: hyperfine runs per command, default 5)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
runs=${1:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
command -v hyperfine >/dev/null || { echo "whole-process.sh: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
./bosim run --out "$out/first" > /dev/null 2>&1   # builds if needed and makes the class archive
hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/cold.json" \
  -n "run, rules, charts" "./bosim run --out $out/a" \
  -n "run, stand-in, charts" "./bosim run --policy stand-in --out $out/b" \
  -n "run, rules, no charts" "./bosim run --no-charts --no-report --out $out/c" \
  -n "run, stand-in, no charts" "./bosim run --policy stand-in --no-charts --no-report --out $out/d"
# hyperfine's summary gives means; this machine is shared and noisy, so the medians are what to report.
if command -v python3 >/dev/null; then
  python3 - "$out/cold.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = sorted(r["times"])
    print(f"{r['command']:<28} median {r['median']:.2f} s  (min {t[0]:.2f}, max {t[-1]:.2f}, {len(t)} runs)")
PY
fi
if [ "${BOSIM_BENCH_ENSEMBLE:-1}" != 0 ] && [ -x /usr/bin/time ]; then
  for i in 1 2 3; do
    /usr/bin/time -f "ensemble surge-2015 --runs 1000: %e s wall, %M kB peak resident" \
      ./bosim ensemble scenarios/surge-2015.yaml --runs 1000 --no-report --out "$out/e$i" > /dev/null
  done
fi
