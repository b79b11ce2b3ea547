#!/usr/bin/env bash
# Layout I/O benchmark: HubMap's headless `validate`, `stats`, `convert` and `check` against GDAL's `ogrinfo -al -so`
# and `ogr2ogr -f GeoJSON` on the same generated layouts, flat and rich (see LayoutGenerator), in one run; and
# `validate` of maps/sample-layout.geojson against `ogrinfo -al -so` of it.
#
# Usage:   bench/layout-io.sh [COUNT...]           (default: 10000 100000 1000000)
# Environment:
#   HUBMAP        how HubMap is run: target/hubmap (the launcher) when it is there, else "java -jar $JAR"; any
#                 command line works, such as HUBMAP="java -XX:+UseSerialGC -jar target/hubmap.jar"
#   JAR=target/hubmap.jar   the jar run when HUBMAP is not set (built with `mvn -B -q package -DskipTests` if missing)
#   CORPORA="flat rich"     which layouts to measure
#   RUNS=3        runs of each command for layouts under 1M features (taking turns); the tables show medians
#   BIG_RUNS=1    runs of each command for layouts of 1M features or more
#   PEERS_UP_TO=1000000     GDAL runs only up to this many features (ogr2ogr takes about 9 minutes for 10M)
#   SEED=1        seed of the generated layouts (the same seed gives the same bytes)
#   WORK=target/bench   where layouts and outputs go (1M flat features are about 565 MB, rich about 800 MB)
#
# What it measures, for every command as a whole process: wall seconds, peak resident memory (MB) and CPU
# seconds (user + system), with GNU time (`/usr/bin/time -f '%e %M %U %S'`). HubMap runs as users run it, so its
# times include starting the JVM. Every run reads the same file, which the page cache holds after the first run,
# for HubMap and GDAL alike. Outputs are deleted before each convert run (HubMap would otherwise first copy the old
# output to OUT.bak; ogr2ogr would refuse to overwrite it). HubMap's convert also flushes its output to disk before
# renaming it into place (a safe save); ogr2ogr does not. `check` exits with 1 when a layout has errors, as the
# generated ones have (points outside Ukraine); it has no GDAL peer.
# Ratio: the peer's wall time over HubMap's (above 1: HubMap is faster).
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
read -ra corpora <<<"${CORPORA:-flat rich}"
runs=${RUNS:-3}
big_runs=${BIG_RUNS:-1}
peers_up_to=${PEERS_UP_TO:-1000000}
seed=${SEED:-1}
work=${WORK:-target/bench}
jar=${JAR:-target/hubmap.jar}
if [[ -n ${HUBMAP:-} ]]; then
  read -ra hubmap <<<"$HUBMAP"
elif [[ -z ${JAR:-} && -x target/hubmap ]]; then
  hubmap=(target/hubmap)
else
  hubmap=(java -jar "$jar")
fi
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
[[ ${hubmap[0]} != java ]] || build
maven test-compile

echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -version 2>&1 | head -1); $(ogrinfo --version)"
echo "HubMap: ${hubmap[*]}; runs per command: $runs (median), $big_runs from 1M features; OGR_GEOJSON_MAX_OBJ_SIZE=0"

rows=()
# row LABEL FEATURES MB COMMAND PEER: a table row of the medians of COMMAND and PEER (empty: none).
row() {
  local hub peer="" ratio="" name
  for name in "$4" "$5"; do
    [[ -n $name ]] || continue
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    printf -v "figures_$name" '%s | %s | %s' "$(median %.2f ${walls[$name]})" "$(median %.2f ${cpus[$name]})" \
      "$(median %.0f ${peaks[$name]})"
  done
  hub="figures_$4"
  if [[ -n $5 ]]; then
    peer="figures_$5"
    # shellcheck disable=SC2086
    ratio="$(ratio "$(median %.2f ${walls[$5]})" "$(median %.2f ${walls[$4]})")x"
    rows+=("| $1 | $2 | $3 | $4 | ${!hub} | $6 | ${!peer} | $ratio |")
  else
    rows+=("| $1 | $2 | $3 | $4 | ${!hub} | | | | | |")
  fi
}

# expect WHAT PATTERN: stops the benchmark unless the last command's output (stdout then stderr) has PATTERN.
expect() {
  cat "$work/stdout.txt" "$work/stderr.txt" | grep -qE "$2" || { echo "$1: no line matching $2" >&2; exit 1; }
}

sample=maps/sample-layout.geojson
walls=() peaks=() cpus=()
echo "Measuring $sample..." >&2
for ((i = 0; i < runs; i++)); do
  run_once validate "" "${hubmap[@]}" validate "$sample"
  expect validate ": valid, "
  sample_features=$(grep -oE 'valid, [0-9]+' "$work/stdout.txt" | grep -oE '[0-9]+')
  run_once ogrinfo "" ogrinfo -al -so "$sample"
done
row sample "$sample_features" \
  "$(awk -v b="$(stat -c %s "$sample")" 'BEGIN {printf "%.2f", b / 1048576}')" validate ogrinfo "ogrinfo -al -so"

for corpus in "${corpora[@]}"; do
  for count in "${counts[@]}"; do
    file=$(layout_file "$count" "$corpus")
    runs_now=$runs
    ((count < 1000000)) || runs_now=$big_runs
    peers=1
    ((count <= peers_up_to)) || peers=0
    size_mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b / 1048576}')
    out_hub="$work/out-hubmap.geojson"
    out_gdal="$work/out-gdal.geojson"
    echo "Measuring $corpus $count features ($size_mb MB)..." >&2

    walls=() peaks=() cpus=()
    # The commands take turns, so that a change in the machine's load falls on all of them alike.
    for ((i = 0; i < runs_now; i++)); do
      run_once validate "" "${hubmap[@]}" validate "$file"
      expect validate ": valid, $count features"
      run_once stats "" "${hubmap[@]}" stats "$file"
      expect stats "^features: *$count$"
      run_once convert "$out_hub" "${hubmap[@]}" convert "$file" "$out_hub"
      expect convert ": $count features written"
      rm -f "$out_hub" "$out_hub.bak"
      allowed_status=1 run_once check "" "${hubmap[@]}" check "$file"
      expect check ": [0-9]+ errors?, [0-9]+ warnings?$"
      if ((peers)); then
        run_once ogrinfo "" ogrinfo -al -so "$file"
        expect ogrinfo "^Feature Count: $count$"
        run_once ogr2ogr "$out_gdal" ogr2ogr -f GeoJSON "$out_gdal" "$file"
        rm -f "$out_gdal"
      fi
    done
    if ((peers)); then
      row "$corpus" "$count" "$size_mb" validate ogrinfo "ogrinfo -al -so"
      row "$corpus" "$count" "$size_mb" stats ogrinfo "ogrinfo -al -so"
      row "$corpus" "$count" "$size_mb" convert ogr2ogr "ogr2ogr -f GeoJSON"
    else
      row "$corpus" "$count" "$size_mb" validate ""
      row "$corpus" "$count" "$size_mb" stats ""
      row "$corpus" "$count" "$size_mb" convert ""
    fi
    row "$corpus" "$count" "$size_mb" check ""
  done
done

echo
echo "| layout | features | MB | HubMap | s | CPU s | peak MB | GDAL | s | CPU s | peak MB | GDAL s / HubMap s |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "Seconds are wall time (JVM start included) and CPU time (user + system); MB are peak resident megabytes;"
echo "all are medians of the runs."
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
