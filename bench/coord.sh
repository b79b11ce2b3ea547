#!/usr/bin/env bash
# coord benchmark: how many positions a second `hubmap coord` converts from standard input, end to end (JVM start
# included), writing text, CSV and JSON lines.
#
# Usage:   bench/coord.sh [COUNT]              (default: 1000000 lines)
# Environment:
#   RUNS=3        runs of each output format (taking turns); the table shows medians
#   SEED=1        seed of the generated input (the same seed gives the same bytes)
#   WORK=target/bench   where the input goes (1M lines are about 26 MB)
#   JAR=target/hubmap.jar   the HubMap jar to measure (built with `mvn -B -q package -DskipTests` if missing)
#
# The input holds one position a line in the forms officers type, taking turns: signed decimal degrees, decimal
# degrees with hemisphere letters, DMS, MGRS and UTM; three in four over Ukraine, the rest anywhere from 80°S to
# 84°N (org.hubmap.bench.PositionLinesGenerator in src/bench/java, run once and reused). Each run is
# `java -jar hubmap.jar coord --to FORMAT < input > /dev/null` under GNU time (`/usr/bin/time -f '%e %M %U %S'`):
# wall seconds, peak resident memory and CPU seconds (user + system). Positions a second are the lines over the wall
# seconds, and over the CPU seconds, which move less when other work shares the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

count=${1:-1000000}
runs=${RUNS:-3}
seed=${SEED:-1}
work=${WORK:-target/bench}
jar=${JAR:-target/hubmap.jar}
formats=(text csv json)

mkdir -p "$work"
[[ -x /usr/bin/time ]] || install_packages time
build
input="$work/positions-$count-seed$seed.txt"
if [[ ! -f $input ]]; then
  echo "Generating $input" >&2
  maven exec:java -Dexec.mainClass=org.hubmap.bench.PositionLinesGenerator -Dexec.args="$count $input $seed"
fi

echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -version 2>&1 | head -1)"
echo "HubMap: $jar; input: $input ($count lines, $(du -m "$input" | cut -f1) MB); runs per format: $runs (median)"

declare -A walls peaks cpus
for ((run = 1; run <= runs; run++)); do
  for format in "${formats[@]}"; do
    if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" java -jar "$jar" coord --to "$format" <"$input" \
        >/dev/null 2>"$work/stderr.txt"; then
      echo "FAILED: coord --to $format" >&2
      tail -5 "$work/stderr.txt" >&2
      exit 1
    fi
    read -r wall kilobytes user system <"$work/time.txt"
    walls[$format]+=" $wall"
    peaks[$format]+=" $((kilobytes / 1024))"
    cpus[$format]+=" $(awk -v u="$user" -v s="$system" 'BEGIN {printf "%.2f", u + s}')"
  done
done

echo
echo "java -jar hubmap.jar coord --to FORMAT < $count lines > /dev/null   (target: 100000 positions/s)"
row='%-6s %8s %8s %8s %12s %12s\n'
# shellcheck disable=SC2059 # the format is the row's
printf "$row" format "wall s" "cpu s" "peak MB" "pos/s wall" "pos/s cpu"
for format in "${formats[@]}"; do
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  wall=$(median %.2f ${walls[$format]})
  # shellcheck disable=SC2086
  cpu=$(median %.2f ${cpus[$format]})
  # shellcheck disable=SC2086,SC2059
  printf "$row" "$format" "$wall" "$cpu" "$(median %.0f ${peaks[$format]})" \
    "$(awk -v n="$count" -v s="$wall" 'BEGIN {printf "%.0f", n / s}')" \
    "$(awk -v n="$count" -v s="$cpu" 'BEGIN {printf "%.0f", n / s}')"
done
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
