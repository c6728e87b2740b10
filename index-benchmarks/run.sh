#!/usr/bin/env bash
# Regenerates PERFORMANCE.md: builds, cross-checks the rule set against the plain-Java floor on the
# whole synthetic nation, runs the JMH benchmarks, the interleaved ratios, a profile of the national
# run and the whole-process CLI timings, and writes the page with the machine and its load.
# About 10 minutes on 2 cores. Not part of CI.
#
#   index-benchmarks/run.sh            everything
#   QUICK=1 index-benchmarks/run.sh    shorter JMH runs and fewer CLI runs (a smoke test of the script)
#   MVN_ARGS=-o index-benchmarks/run.sh   build offline
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
perf=index-benchmarks/target/perf
quick=${QUICK:-0}

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load average[s]*: //'; }
load_before=$(load)
started=$(date -u +"%Y-%m-%d %H:%M UTC")

echo "== build" >&2
# A clean build, so target/lib never holds another checkout's snapshot jars.
mvn -B -q ${MVN_ARGS:-} clean package -DskipTests -pl index-benchmarks -am >&2
mkdir -p "$perf"
cp="index-benchmarks/target/index-benchmarks.jar:$(ls index-benchmarks/target/lib/*.jar | tr '\n' ':')"
bench() { java -cp "$cp" "$@"; }

echo "== cross-check: rule set vs plain-Java floor, 550 regions" >&2
bench org.iidrules.benchmarks.CrossCheck 550 | tee "$perf/crosscheck.txt" >&2

echo "== JMH" >&2
if [ "$quick" = 1 ]; then jmh_args=(-f 1 -wi 1 -i 2 -r 1 -w 1); else jmh_args=(); fi
# -gc true: a full collection between iterations, so no benchmark pays for the garbage of another.
bench org.openjdk.jmh.Main "${jmh_args[@]}" -gc true -rf json -rff "$perf/jmh.json" > "$perf/jmh.log" 2>&1 \
  || { tail -40 "$perf/jmh.log" >&2; exit 1; }
grep -E "^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)" "$perf/jmh.log" >&2 || true

echo "== interleaved ratios" >&2
bench -Xmx256m org.iidrules.benchmarks.Interleaved "$([ "$quick" = 1 ] && echo 3 || echo 8)" | tee "$perf/interleaved.tsv" >&2

echo "== profile of the national run" >&2
bench -Xmx256m org.iidrules.benchmarks.NationalProfile "$([ "$quick" = 1 ] && echo 6 || echo 20)" | tee "$perf/profile.tsv" >&2

echo "== CLI, whole process" >&2
# JDK 25's AOT cache gets a row of its own when a JDK 25 is found: JAVA25, or where Debian and the
# Temurin packages install one (a benchmark of this machine may look; bin/iid itself never does).
if [ -z "${JAVA25:-}" ]; then
  JAVA25=$(ls -d /usr/lib/jvm/*-25-*/bin/java /usr/lib/jvm/*-25/bin/java 2>/dev/null | head -1 || true)
fi
JAVA25=$JAVA25 index-benchmarks/cli.sh "$([ "$quick" = 1 ] && echo 1 || echo 5)" | tee "$perf/cli.tsv" >&2

load_after=$(load)
{
  printf "measured\t%s, commit %s%s\n" "$started" "$(git rev-parse --short HEAD 2>/dev/null || echo ?)" \
    "$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
  printf "CPU\t%s\n" "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //' || echo ?)"
  printf "cores\t%s\n" "$(nproc 2>/dev/null || echo ?)"
  printf "memory\t%s\n" "$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo ?)"
  printf "OS\t%s\n" "$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME" || uname -sr)"
  printf "Java\t%s\n" "$(java -version 2>&1 | sed -n 2p)"
  printf "Maven\t%s\n" "$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  printf "load average (1, 5, 15 min) before / after\t%s / %s\n" "$load_before" "$load_after"
  printf "JMH mode\t%s\n" "$([ "$quick" = 1 ] && echo 'QUICK=1 (short runs: indicative only)' || echo 'as the benchmarks declare')"
} > "$perf/machine.txt"

bench org.iidrules.benchmarks.PerformancePage "$perf" index-benchmarks/PERFORMANCE.template.md PERFORMANCE.md
echo "== wrote $root/PERFORMANCE.md" >&2
