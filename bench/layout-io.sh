#!/usr/bin/env bash
# Layout I/O benchmark: HubMap's headless `convert` and `stats` against GDAL's `ogr2ogr -f GeoJSON` and
# `ogrinfo -al -so` on the same generated layouts (10k, 100k and 1M features over Ukraine), in one run.
#
# Usage:   bench/layout-io.sh [COUNT...]           (default: 10000 100000 1000000)
# Environment:
#   RUNS=3        runs of each command for layouts under 1M features (taking turns); the tables show medians
#   BIG_RUNS=1    runs of each command for layouts of 1M features or more
#   SEED=1        seed of the generated layouts (the same seed gives the same bytes)
#   WORK=target/bench   where layouts and outputs go (1M features are about 565 MB, and each output as much)
#   JAR=target/hubmap.jar   the HubMap jar to measure (built with `mvn -B -q package -DskipTests` if missing)
#
# What it measures, for every command as a whole process: wall seconds, peak resident memory (MB) and CPU
# seconds (user + system), with GNU time (`/usr/bin/time -f '%e %M %U %S'`). HubMap runs as users run it,
# `java -jar hubmap.jar ...` with no JVM options, so its times include starting the JVM. Every run reads the same
# file, which the page cache holds after the first run, for HubMap and GDAL alike. Outputs are deleted before each
# convert run (HubMap would otherwise first copy the old output to OUT.bak; ogr2ogr would refuse to overwrite it).
# HubMap's convert also flushes its output to disk before renaming it into place (a safe save); ogr2ogr does not.
# Ratios: "faster" is the peer's wall time over HubMap's; "mem" is HubMap's peak over the peer's.
# GDAL runs with OGR_GEOJSON_MAX_OBJ_SIZE=0 (no limit on the size of one JSON object), which large layouts need.
#
# It installs what is missing (Debian `gdal-bin` and `time`, as root) and generates each layout once with
# org.hubmap.bench.LayoutGenerator (src/bench/java), reusing it on later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

counts=("$@")
((${#counts[@]})) || counts=(10000 100000 1000000)
runs=${RUNS:-3}
big_runs=${BIG_RUNS:-1}
seed=${SEED:-1}
work=${WORK:-target/bench}
jar=${JAR:-target/hubmap.jar}
export OGR_GEOJSON_MAX_OBJ_SIZE=0

install_missing() {
  local missing=()
  [[ -x /usr/bin/time ]] || missing+=(time)
  command -v ogr2ogr >/dev/null && command -v ogrinfo >/dev/null || missing+=(gdal-bin)
  install_packages "${missing[@]}"
}

# Each command's wall seconds, peak MB and CPU seconds, by name, filled in by run_once (bench/common.sh).
declare -A walls peaks cpus

mkdir -p "$work"
install_missing
build

echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -version 2>&1 | head -1); $(ogrinfo --version)"
echo "HubMap: $jar; runs per command: $runs (median), $big_runs from 1M features; OGR_GEOJSON_MAX_OBJ_SIZE=0"

header='%-9s %8s | %8s %8s %7s | %8s %8s %6s | %8s %8s\n'
convert_rows=()
stats_rows=()
for count in "${counts[@]}"; do
  file=$(layout_file "$count")
  runs_now=$runs
  ((count < 1000000)) || runs_now=$big_runs
  size_mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b / 1048576}')
  out_hub="$work/out-hubmap.geojson"
  out_gdal="$work/out-gdal.geojson"
  echo "Measuring $count features ($size_mb MB)..." >&2

  walls=() peaks=() cpus=()
  # The four commands take turns, so that a change in the machine's load falls on all of them alike.
  for ((i = 0; i < runs_now; i++)); do
    run_once convert "$out_hub" java -jar "$jar" convert "$file" "$out_hub"
    grep -q ": $count features written" "$work/stderr.txt" || { echo "convert did not write $count features" >&2; exit 1; }
    run_once ogr2ogr "$out_gdal" ogr2ogr -f GeoJSON "$out_gdal" "$file"
    run_once stats "" java -jar "$jar" stats "$file"
    grep -q "^features: *$count$" "$work/stdout.txt" || { echo "stats did not count $count features" >&2; exit 1; }
    run_once ogrinfo "" ogrinfo -al -so "$file"
    grep -q "^Feature Count: $count$" "$work/stdout.txt" || { echo "ogrinfo did not count $count features" >&2; exit 1; }
  done
  rm -f "$out_hub" "$out_hub.bak" "$out_gdal"
  for name in convert ogr2ogr stats ogrinfo; do
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    printf -v "$name" '%s %s %s' "$(median %.2f ${walls[$name]})" "$(median %.0f ${peaks[$name]})" \
      "$(median %.2f ${cpus[$name]})"
  done
  read -ra convert <<<"$convert"
  read -ra ogr2ogr <<<"$ogr2ogr"
  read -ra stats <<<"$stats"
  read -ra ogrinfo <<<"$ogrinfo"

  convert_rows+=("$(printf "$header" "$count" "$size_mb" "${convert[0]}" "${ogr2ogr[0]}" \
    "$(ratio "${ogr2ogr[0]}" "${convert[0]}")x" "${convert[1]}" "${ogr2ogr[1]}" "$(ratio "${convert[1]}" "${ogr2ogr[1]}")" \
    "${convert[2]}" "${ogr2ogr[2]}")")
  stats_rows+=("$(printf "$header" "$count" "$size_mb" "${stats[0]}" "${ogrinfo[0]}" \
    "$(ratio "${ogrinfo[0]}" "${stats[0]}")x" "${stats[1]}" "${ogrinfo[1]}" "$(ratio "${stats[1]}" "${ogrinfo[1]}")" \
    "${stats[2]}" "${ogrinfo[2]}")")
done

echo
echo "convert: java -jar hubmap.jar convert IN OUT  vs  ogr2ogr -f GeoJSON OUT IN   (targets: 4x faster, mem < 0.5)"
printf "$header" features "file MB" "hubmap s" "ogr2ogr" faster "hub MB" "ogr MB" mem "hub cpu" "ogr cpu"
printf '%s\n' "${convert_rows[@]}"
echo
echo "stats: java -jar hubmap.jar stats FILE  vs  ogrinfo -al -so FILE   (target: 2x faster)"
printf "$header" features "file MB" "hubmap s" "ogrinfo" faster "hub MB" "info MB" mem "hub cpu" "info cpu"
printf '%s\n' "${stats_rows[@]}"
echo
echo "Seconds are wall time (JVM start included) and CPU time (user + system); MB are peak resident megabytes;"
echo "all are medians of the runs. faster = peer wall time / HubMap wall time; mem = HubMap peak / peer peak."
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
