#!/usr/bin/env sh
# Where a warm ensemble's CPU time goes, by thread and by phase, for docs/performance.md: JMH's
# EnsembleBenchmark (100 runs an iteration, after its untimed warm-up) with async-profiler sampling
# the CPU of every thread in the measured iterations only. async-profiler comes from Maven Central
# (tools.profiler:async-profiler, its native library inside the jar) into bench/target/, once; its
# itimer event needs no perf_event permissions. JFR is not used for this: on this machine it dropped
# most of its samples and under-counted the monthly rules by half (docs/performance.md).
# Usage: bench/profile.sh [THREADS [SCENARIO]]   (THREADS default 2; SCENARIO default surge-2015)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
threads=${1:-2}
scenario=$(cd "$(dirname "${2:-scenarios/surge-2015.yaml}")" && pwd)/$(basename "${2:-scenarios/surge-2015.yaml}")
version=3.0
command -v python3 >/dev/null || { echo "profile.sh: python3 is not installed (it splits the samples)" >&2; exit 2; }
case "$(uname -m)" in
  x86_64|amd64) arch=linux-x64 ;;
  aarch64|arm64) arch=linux-arm64 ;;
  *) echo "profile.sh: async-profiler has no library for $(uname -m)" >&2; exit 2 ;;
esac
lib="$here/bench/target/async-profiler/$arch/libasyncProfiler.so"
if [ ! -f "$lib" ]; then
  ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:$version -Dmdep.stripVersion=true \
    -DoutputDirectory="$here/bench/target/async-profiler" >&2
  (cd "$here/bench/target/async-profiler" && jar xf async-profiler.jar "$arch/libasyncProfiler.so")
fi
# The benchmarks of the sources as they are now (quick when nothing changed).
./mvnw -B -q -Pbench -pl bench -am package -DskipTests >&2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The fork inherits the scenario property and keeps the launcher's options from the benchmark's @Fork.
java -Dbosim.bench.scenario="$scenario" -jar bench/target/benchmarks.jar EnsembleBenchmark -p threads="$threads" -p runs=100 -f 1 -wi 3 -i 5 \
  -prof "async:libPath=$lib;event=itimer;interval=2000000;output=collapsed;threads=true;dir=$out" > "$out/jmh.log" 2>&1 \
  || { tail -n 20 "$out/jmh.log" >&2; exit 1; }
grep -E '^EnsembleBenchmark' "$out/jmh.log" >&2 || true
python3 "$here/bench/profile-split.py" "$(find "$out" -name 'collapsed-*.csv' | head -n 1)"
