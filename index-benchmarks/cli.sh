#!/usr/bin/env bash
# The iid command line as a whole process: start to printed result, and peak memory (maximum resident
# set size), for one region of 70 innovations and for the synthetic nation; several runs, medians.
# Usage: index-benchmarks/cli.sh [runs] > cli.tsv   (run.sh calls it; the jar must be built)
# JAVA25=/path/to/jdk25/bin/java adds a row for JDK 25's AOT cache (JEP 483/514), trained once here on
# a run that loads every year (score --sample kalbar_2022 --years 2022..2027).
# The nation runs take several seconds each: they are run at most 3 times.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=index-examples/target/iid.jar
launcher=index-examples/bin/iid
work=index-benchmarks/target/cli
rm -rf "$work" && mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "cli.sh needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }

# One region of the synthetic nation (region 100: a kabupaten of 70 innovations), written once.
java -jar "$jar" nation --regions 101 --write-submissions "$work/nation" > /dev/null
region="$work/nation/region-1200.json"
rm -f index-examples/target/iid.jsa

# name <TAB> command...: each is run $runs times after one untimed run (which, for the launcher,
# writes its class archive).
variants=(
  "one region: java -jar iid.jar score FILE|java -jar $jar score $region"
  "one region: + -XX:TieredStopAtLevel=1 -XX:+UseSerialGC|java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar score $region"
  "one region: bin/iid score FILE (the flags above + AppCDS)|$launcher score $region"
  "one region, JSON out: bin/iid score FILE --json|$launcher score $region --json"
)
if [ -n "${JAVA25:-}" ]; then
  aot="$work/iid-jdk25.aot"
  aot_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:aot=off -Xlog:cds=off"
  "$JAVA25" $aot_flags -XX:AOTCacheOutput="$aot" -jar "$jar" score --sample kalbar_2022 --years 2022..2027 > /dev/null 2>&1 \
    || { echo "cli.sh: the JDK 25 AOT training run failed" >&2; exit 1; }
  variants+=("one region: JDK 25, the flags above + AOT cache (instead of AppCDS)|$JAVA25 $aot_flags -XX:AOTCache=$aot -jar $jar score $region")
fi
variants+=(
  "bundled sample (12 innovations): bin/iid score --sample kalbar_2022|$launcher score --sample kalbar_2022"
  "nation 550 x 70, synthetic: java -jar iid.jar nation|java -jar $jar nation"
  "nation 550 x 70, synthetic: java -jar iid.jar nation --scores-only|java -jar $jar nation --scores-only"
  "nation 550 x 70, synthetic, 256 MB heap: java -Xmx256m -jar iid.jar nation|java -Xmx256m -jar $jar nation"
)
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
printf "command\truns\tmedian s\tmin s\tmax s\tmedian peak RSS MB\tmedian CPU s (user + sys)\n"
for v in "${variants[@]}"; do
  name=${v%%|*}; cmd=${v#*|}
  $cmd > /dev/null 2>&1 || true
  : > "$work/t"
  n=$runs; case "$name" in nation*) [ "$n" -gt 3 ] && n=3 ;; esac
  for _ in $(seq "$n"); do
    /usr/bin/time -f "%e %M %U %S" -o "$work/one" $cmd > "$work/out" 2> "$work/err" || { echo "failed: $cmd" >&2; cat "$work/err" >&2; exit 1; }
    cat "$work/one" >> "$work/t"
  done
  med=$(cut -d' ' -f1 "$work/t" | median); min=$(cut -d' ' -f1 "$work/t" | sort -n | head -1); max=$(cut -d' ' -f1 "$work/t" | sort -n | tail -1)
  rss=$(cut -d' ' -f2 "$work/t" | median | awk '{printf "%.0f", $1/1024}')
  # CPU time is what other processes on a busy machine inflate least.
  cpu=$(awk '{printf "%.2f\n", $3 + $4}' "$work/t" | median)
  printf "%s\t%d\t%s\t%s\t%s\t%s\t%s\n" "$name" "$n" "$med" "$min" "$max" "$rss" "$cpu"
done
