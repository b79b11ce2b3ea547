#!/usr/bin/env bash
# Live latency of the shared store: how soon an observer sees the edits that 20 other clients save, with
# org.hubmap.bench.LiveLatency (src/bench/java; see its javadoc for what it measures).
#
# Usage:   bench/db-live.sh [WRITERS [SECONDS [MIN_MS MAX_MS]]]   (default: 20 writers, 60 s, a save every 200 to
#                                                                 500 ms per writer)
# Environment:
#   HUBMAP_BENCH_DATABASE   a libpq URI of a PostGIS database to use; without it a throwaway server is started with
#                 .ci/postgres and stopped at the end
#   COUNT=10000   features of the layout the writers edit (a generated flat layout, see LayoutGenerator)
#   JAR=target/hubmap.jar, JAVA_OPTIONS, SEED=1, WORK=target/bench   as for bench/db.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

seed=${SEED:-1}
work=${WORK:-target/bench}
jar=${JAR:-target/hubmap.jar}
read -ra java_options <<<"${JAVA_OPTIONS:--XX:+UseSerialGC -Xms32m -Xmn16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:TieredStopAtLevel=1}"

mkdir -p "$work"
[[ -f $jar ]] || maven package -DskipTests
maven test-compile
file=$(layout_file "${COUNT:-10000}" flat)

uri=${HUBMAP_BENCH_DATABASE:-}
if [[ -z $uri ]]; then
  server_dir=$(mktemp -d)
  trap '.ci/postgres stop "$server_dir"' EXIT
  uri=$(.ci/postgres start "$server_dir")
fi

echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -version 2>&1 | head -1); java ${java_options[*]}"
java "${java_options[@]}" -cp "$jar:target/test-classes" org.hubmap.bench.LiveLatency "$uri" "$file" "$@"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
