#!/usr/bin/env bash
# Layout I/O benchmark: HubMap's headless `convert` and `stats` against GDAL's `ogr2ogr -f GeoJSON` and
# `ogrinfo -al -so`, on generated layouts of 10k, 100k and 1M features over Ukraine, in one run.
#
# Usage:   bench/layout-io.sh [COUNT...]           (default: 10000 100000 1000000)
# Environment:
#   RUNS=3        runs per command for files under 1M features; the table shows the median
#   BIG_RUNS=1    runs per command for files of 1M features or more
#   SEED=1        seed of the generated layouts (the same seed gives the same bytes)
#   WORK=target/bench   where layouts and outputs go (a 1M layout is about 560 MB; two outputs sit beside it)
#
# What it measures: wall seconds and peak resident memory (MB) of each whole process, with GNU time
# (`/usr/bin/time -f '%e %M'`), so the JVM's start is included for HubMap. Every run reads the same file, which
# the page cache holds after the first run, for HubMap and GDAL alike. Outputs are deleted before each convert
# run (HubMap would otherwise copy the old output to OUT.bak first; ogr2ogr would refuse to overwrite).
# Ratios: "x faster" is the peer's time over HubMap's; "mem" is HubMap's peak over the peer's.
# GDAL runs with OGR_GEOJSON_MAX_OBJ_SIZE=0 (no limit on the size of one JSON object), which large layouts may need.
#
# It installs what is missing (Debian `gdal-bin` and `time`, as root), builds target/hubmap.jar when it is
# missing, and generates each layout once with org.hubmap.bench.LayoutGenerator (src/bench/java).
set -euo pipefail
cd "$(dirname "$0")/.."

counts=("$@")
((${#counts[@]})) || counts=(10000 100000 1000000)
runs=${RUNS:-3}
big_runs=${BIG_RUNS:-1}
seed=${SEED:-1}
work=${WORK:-target/bench}
jar=target/hubmap.jar
export OGR_GEOJSON_MAX_OBJ_SIZE=0

install_missing() {
  local missing=()
  [[ -x /usr/bin/time ]] || missing+=(time)
  command -v ogr2ogr >/dev/null && command -v ogrinfo >/dev/null || missing+=(gdal-bin)
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build() {
  if [[ ! -f $jar ]]; then
    mvn -B -q -Dstyle.color=never package -DskipTests
  fi
  # The generator lives in the bench source set, compiled with the tests.
  mvn -B -q -Dstyle.color=never test-compile
}

# The layout of $1 features, generated when it is not there yet.
layout_file() {
  local file="$work/layout-$1-seed$seed.geojson"
  if [[ ! -f $file ]]; then
    mvn -B -q -Dstyle.color=never exec:java -Dexec.mainClass=org.hubmap.bench.LayoutGenerator -Dexec.args="$1 $file $seed" >&2
  fi
  echo "$file"
}

# measure OUTPUT COMMAND...: runs COMMAND $runs_now times, deleting OUTPUT (when not empty) before each run, and
# sets $seconds and $peak_mb to the medians; stops the benchmark if the command fails.
measure() {
  local clean=$1 times=() peaks=() i kilobytes
  shift
  for ((i = 0; i < runs_now; i++)); do
    [[ -z $clean ]] || rm -f "$clean" "$clean.bak"
    if ! /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt"; then
      echo "FAILED: $*" >&2
      tail -5 "$work/stderr.txt" >&2
      exit 1
    fi
    read -r seconds kilobytes <"$work/time.txt"
    times+=("$seconds")
    peaks+=("$((kilobytes / 1024))")
  done
  seconds=$(median "${times[@]}")
  peak_mb=$(median "${peaks[@]}")
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'
}

install_missing
build
mkdir -p "$work"

echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -version 2>&1 | head -1); $(ogrinfo --version)"
echo "Runs per command: $runs (median), $big_runs for 1M features or more; OGR_GEOJSON_MAX_OBJ_SIZE=0"
echo

rows=()
for count in "${counts[@]}"; do
  file=$(layout_file "$count")
  runs_now=$runs
  ((count < 1000000)) || runs_now=$big_runs
  size_mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b / 1048576}')
  out_hub="$work/out-hubmap.geojson"
  out_gdal="$work/out-gdal.geojson"

  echo "== $count features ($size_mb MB): $file" >&2
  measure "$out_hub" java -jar "$jar" convert "$file" "$out_hub"
  convert_s=$seconds convert_mb=$peak_mb
  measure "$out_gdal" ogr2ogr -f GeoJSON "$out_gdal" "$file"
  ogr2ogr_s=$seconds ogr2ogr_mb=$peak_mb
  measure "" java -jar "$jar" stats "$file"
  stats_s=$seconds stats_mb=$peak_mb
  grep -q "^features: *$count$" "$work/stdout.txt" || { echo "stats did not count $count features" >&2; exit 1; }
  measure "" ogrinfo -al -so "$file"
  ogrinfo_s=$seconds ogrinfo_mb=$peak_mb
  grep -q "^Feature Count: $count$" "$work/stdout.txt" || { echo "ogrinfo did not count $count" >&2; exit 1; }
  rm -f "$out_hub" "$out_hub.bak" "$out_gdal"

  rows+=("$(printf '%-9s %8s | %8s %8s %7s %8s %8s %6s | %7s %7s %7s %8s %8s' "$count" "$size_mb" \
    "$convert_s" "$ogr2ogr_s" "$(ratio "$ogr2ogr_s" "$convert_s")x" "$convert_mb" "$ogr2ogr_mb" \
    "$(ratio "$convert_mb" "$ogr2ogr_mb")" \
    "$stats_s" "$ogrinfo_s" "$(ratio "$ogrinfo_s" "$stats_s")x" "$stats_mb" "$ogrinfo_mb")")
done

printf '%-9s %8s | %8s %8s %7s %8s %8s %6s | %7s %7s %7s %8s %8s\n' features "file MB" \
  "convert" "ogr2ogr" faster "conv MB" "ogr MB" mem "stats" ogrinfo faster "stats MB" "info MB"
printf '%s\n' "${rows[@]}"
echo
echo "Times are wall seconds (JVM start included), MB are peak resident megabytes, medians of the runs."
echo "faster = peer time / HubMap time (targets: convert 4x, stats 2x); mem = HubMap peak / ogr2ogr peak (target < 0.5)."
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
