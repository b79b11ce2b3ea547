#!/usr/bin/env bash
# Shared store benchmark: pushing a layout file into the PostGIS store and pulling it out again, HubMap against
# GDAL's ogr2ogr on the same generated layouts (flat and rich, see LayoutGenerator) and the same server, in one run.
#
# Usage:   bench/db.sh [COUNT...]           (default: 10000 100000 1000000)
# Environment:
#   HUBMAP_BENCH_DATABASE   a libpq URI (postgresql://USER@HOST:PORT/DB) of a PostGIS database to use; without it
#                 a throwaway server is started with .ci/postgres and stopped at the end
#   JAR=target/hubmap.jar   HubMap's jar (built with `mvn -B -q package -DskipTests` if missing)
#   JAVA_OPTIONS  options of the JVM that pushes and pulls; default the launcher's for headless commands
#   CORPORA="flat rich"     which layouts to measure
#   RUNS=3        runs of each command for layouts under 1M features (taking turns); the tables show medians
#   BIG_RUNS=1    runs of each command for layouts of 1M features or more
#   SEED=1        seed of the generated layouts
#   WORK=target/bench       where layouts, outputs and timings go
#
# Each run, for every layout: HubMap pushes the file into a new layout (org.hubmap.bench.StoreTransfer push, which
# calls SharedStore.push: one COPY into a table of the session's, then one INSERT into the store's table, with its
# triggers and indexes); ogr2ogr loads it into a new table (`ogr2ogr -f PostgreSQL PG:... FILE -nln bench_N -lco
# GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST`, GDAL's default COPY loading); then HubMap pulls the layout to a
# GeoJSON file and `ogr2ogr -f GeoJSON OUT PG:... bench_N` does the same with the table. Before each push the
# store's tables are emptied (TRUNCATE) and GDAL's table dropped, and a CHECKPOINT is taken, so that every load
# starts from the same empty server.
#
# What it measures, for every client as a whole process: wall seconds, peak resident memory (MB) and CPU seconds
# (user + system) with GNU time (`/usr/bin/time -f '%e %M %U %S'`); and, when the script started the server itself,
# the server's CPU seconds over the same time (every process of the server, from /proc), which the client's CPU
# does not include. Ratio: GDAL's wall time over HubMap's (above 1: HubMap is faster). With a server of its own, the
# server logs every statement that takes 50 ms or more with its duration (server.log in the server's folder,
# copied to WORK/db-server.log at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

counts=("$@")
((${#counts[@]})) || counts=(10000 100000 1000000)
read -ra corpora <<<"${CORPORA:-flat rich}"
runs=${RUNS:-3}
big_runs=${BIG_RUNS:-1}
seed=${SEED:-1}
work=${WORK:-target/bench}
jar=${JAR:-target/hubmap.jar}
read -ra java_options <<<"${JAVA_OPTIONS:--XX:+UseSerialGC -Xms32m -Xmn16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:TieredStopAtLevel=1}"
hubmap=(java "${java_options[@]}" -cp "$jar:target/test-classes" org.hubmap.bench.StoreTransfer)

install_missing() {
  local missing=()
  [[ -x /usr/bin/time ]] || missing+=(time)
  command -v ogr2ogr >/dev/null || missing+=(gdal-bin)
  command -v psql >/dev/null || missing+=(postgresql-client)
  install_packages "${missing[@]}"
}

mkdir -p "$work"
install_missing
[[ -f $jar ]] || maven package -DskipTests
maven test-compile

server_dir=""
uri=${HUBMAP_BENCH_DATABASE:-}
if [[ -z $uri ]]; then
  server_dir=$(mktemp -d)
  trap '.ci/postgres stop "$server_dir"' EXIT
  uri=$(.ci/postgres start "$server_dir")
fi
[[ $uri =~ ^postgresql://([^@/]+)@([^:/]+):([0-9]+)/([^?]+) ]] ||
  { echo "HUBMAP_BENCH_DATABASE: give a URI such as postgresql://USER@HOST:PORT/DB, not $uri" >&2; exit 2; }
db_user=${BASH_REMATCH[1]} db_host=${BASH_REMATCH[2]} db_port=${BASH_REMATCH[3]} db_name=${BASH_REMATCH[4]}
gdal_pg="PG:host=$db_host port=$db_port dbname=$db_name user=$db_user"
sql() {
  PGOPTIONS="-c client_min_messages=warning" psql -h "$db_host" -p "$db_port" -U "$db_user" -d "$db_name" -X -q -t -A -v ON_ERROR_STOP=1 -c "$1"
}

postmaster=""
if [[ -n $server_dir ]]; then
  postmaster=$(head -1 "$server_dir/data/postmaster.pid")
  sql "ALTER SYSTEM SET log_min_duration_statement = 50" >/dev/null
  sql "SELECT pg_reload_conf()" >/dev/null
fi
ticks=$(getconf CLK_TCK)

# The server's CPU seconds so far: the postmaster's own and those of its children that ended (which it reaped),
# and those of its children still running, from /proc (ps is not on every machine). A process's name in its stat
# file may hold spaces, so the fields are counted from after it.
server_cpu() {
  [[ -n $postmaster ]] || { echo 0; return; }
  local own
  own=$(sed 's/^.*) //' "/proc/$postmaster/stat" | awk '{print $12 + $13 + $14 + $15}')
  # A process may end between the listing and the reading: cat then fails, which must not stop the benchmark.
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | sed 's/^.*) //' | awk -v pm="$postmaster" -v own="$own" -v hz="$ticks" \
    '$2 == pm {t += $12 + $13} END {printf "%.2f", (t + own) / hz}'
}

# measure NAME OUTPUT COMMAND...: run_once (bench/common.sh), also adding the server's CPU seconds meanwhile to
# the list of NAME in servers.
measure() {
  local before
  before=$(server_cpu)
  run_once "$@"
  servers[$1]+=" $(awk -v a="$before" -v b="$(server_cpu)" 'BEGIN {printf "%.2f", b - a}')"
}

# expect WHAT PATTERN: stops the benchmark unless the last command's output (stdout then stderr) has PATTERN.
expect() {
  cat "$work/stdout.txt" "$work/stderr.txt" | grep -qE "$2" || { echo "$1: no line matching $2" >&2; exit 1; }
}

echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -version 2>&1 | head -1); $(ogrinfo --version); server: $(sql 'SELECT version()' | cut -d, -f1), PostGIS $(sql 'SELECT postgis_lib_version()')"
echo "HubMap: java ${java_options[*]}; runs per command: $runs (median), $big_runs from 1M features"
[[ -n $postmaster ]] || echo "The server's CPU time is not measured: it is not this script's server."

declare -A walls peaks cpus servers
run_once init "" "${hubmap[@]}" init "$uri"
rows=()
# row LABEL FEATURES MB HUBMAP_NAME PEER_NAME PEER_LABEL: a table row of the medians of both.
row() {
  local name figures=()
  for name in "$4" "$5"; do
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    figures+=("$(median %.2f ${walls[$name]}) | $(median %.2f ${cpus[$name]}) | $(median %.0f ${peaks[$name]}) | $(
      median %.2f ${servers[$name]})")
  done
  # shellcheck disable=SC2086
  rows+=("| $1 | $2 | $3 | $4 | ${figures[0]} | $6 | ${figures[1]} | $(ratio "$(median %.2f ${walls[$5]})" \
    "$(median %.2f ${walls[$4]})")x |")
}

for corpus in "${corpora[@]}"; do
  for count in "${counts[@]}"; do
    file=$(layout_file "$count" "$corpus")
    runs_now=$runs
    ((count < 1000000)) || runs_now=$big_runs
    size_mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b / 1048576}')
    layout="bench_$count"
    out_hub="$work/db-out-hubmap.geojson"
    out_gdal="$work/db-out-gdal.geojson"
    echo "Measuring $corpus $count features ($size_mb MB); load average $(cut -d' ' -f1-3 /proc/loadavg)..." >&2

    walls=() peaks=() cpus=() servers=()
    # The commands take turns, so that a change in the machine's load falls on all of them alike.
    for ((i = 0; i < runs_now; i++)); do
      sql "TRUNCATE hubmap.layouts, hubmap.features, hubmap.changes; CHECKPOINT"
      measure push "" "${hubmap[@]}" push "$file" "$uri" "$layout"
      expect push ": $count features added"
      sql "DROP TABLE IF EXISTS $layout; CHECKPOINT"
      measure ogr2ogr_load "" ogr2ogr -f PostgreSQL "$gdal_pg" "$file" -nln "$layout" -lco GEOMETRY_NAME=geom \
        -lco SPATIAL_INDEX=GIST
      [[ $(sql "SELECT count(*) FROM $layout") == "$count" ]] || { echo "ogr2ogr did not load $count" >&2; exit 1; }
      measure pull "$out_hub" "${hubmap[@]}" pull "$uri" "$layout" "$out_hub"
      expect pull ": $count features written"
      measure ogr2ogr_dump "$out_gdal" ogr2ogr -f GeoJSON "$out_gdal" "$gdal_pg" "$layout"
      rm -f "$out_hub" "$out_gdal"
    done
    row "$corpus" "$count" "$size_mb" push ogr2ogr_load "ogr2ogr -f PostgreSQL"
    row "$corpus" "$count" "$size_mb" pull ogr2ogr_dump "ogr2ogr -f GeoJSON"
  done
done

echo
echo "| layout | features | MB | HubMap | s | CPU s | peak MB | server CPU s | GDAL | s | CPU s | peak MB | server CPU s | GDAL s / HubMap s |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "Seconds are wall time (JVM start included) and CPU time (user + system) of the client; server CPU s is the"
echo "server's CPU time meanwhile; MB are the client's peak resident megabytes; all are medians of the runs."
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -z $server_dir ]] || cp "$server_dir/server.log" "$work/db-server.log"
