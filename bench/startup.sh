#!/usr/bin/env bash
# Start-up benchmark: how long a small command and the window take from launch, `java -jar` against the launcher
# (target/hubmap, with the class-data archive the build made), and `validate` against GDAL's `ogrinfo -al -so` on
# the same file, in one run.
#
# Usage:   bench/startup.sh
# Environment:
#   RUNS=5        runs of each command, taking turns; the table shows medians (and the fastest run)
#   TARGET=target the folder holding hubmap.jar, hubmap and hubmap.jsa (built with
#                 `mvn -B -q package -DskipTests` if missing)
#   BASE=         another build's folder with hubmap.jar (an older version, say) measured with `java -jar` in the
#                 same run, for before and after: git clone -q . /tmp/base && (cd /tmp/base && mvn -o -q package
#                 -DskipTests) && BASE=/tmp/base/target bench/startup.sh
#
# What it measures, for every command as a whole process: wall seconds, CPU seconds (user + system) and peak
# resident memory (MB), with GNU time. "window" is `--screenshot`: from launch until the window has read the sample
# layout, drawn every basemap tile and the layout over them, waited a quarter of a second for nothing to change,
# and written its PNG. With no DISPLAY the script runs itself under `xvfb-run` (Debian `xvfb`), whose start is not
# counted. Other work on the machine moves the wall times: compare figures of one run, and look at the CPU times.
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/bench-startup
mkdir -p "$work"
# shellcheck source=bench/common.sh
source bench/common.sh

if [[ -z ${DISPLAY:-} ]]; then
  command -v xvfb-run >/dev/null || install_packages xvfb
  exec xvfb-run -a -s '-screen 0 1600x1000x24' "$0" "$@"
fi
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
command -v ogrinfo >/dev/null || missing+=(gdal-bin)
install_packages "${missing[@]}"

runs=${RUNS:-5}
target=${TARGET:-target}
base=${BASE:-}
sample=maps/sample-layout.geojson
[[ -f $target/hubmap.jar && -x $target/hubmap ]] || { jar=$target/hubmap.jar; maven package -DskipTests; }

declare -A walls peaks cpus
names=()
command_of=()
add() {
  names+=("$1")
  command_of+=("$2")
}
add "ogrinfo -al -so" "ogrinfo -al -so $sample"
[[ -z $base ]] || add "validate: java -jar (BASE)" "java -jar $base/hubmap.jar validate $sample"
add "validate: java -jar" "java -jar $target/hubmap.jar validate $sample"
add "validate: launcher" "$target/hubmap validate $sample"
[[ -z $base ]] || add "window: java -jar (BASE)" "java -jar $base/hubmap.jar --screenshot $work/window.png $sample"
add "window: java -jar" "java -jar $target/hubmap.jar --screenshot $work/window.png $sample"
add "window: launcher" "$target/hubmap --screenshot $work/window.png $sample"

for ((run = 1; run <= runs; run++)); do
  echo "run $run of $runs" >&2
  for i in "${!names[@]}"; do
    output=
    [[ ${names[$i]} != window* ]] || output=$work/window.png
    # shellcheck disable=SC2086
    run_once "${names[$i]}" "$output" ${command_of[$i]}
  done
done

fastest() {
  printf '%s\n' "$@" | sort -g | head -1
}

echo
echo "Start-up, $runs runs each, median (fastest) wall s, median CPU s, median peak MB; $(nproc) processors," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | wall s | CPU s | peak MB |"
echo "| --- | --- | --- | --- |"
for name in "${names[@]}"; do
  # shellcheck disable=SC2086
  printf '| %s | %s (%s) | %s | %s |\n' "$name" "$(median '%.2f' ${walls[$name]})" "$(fastest ${walls[$name]})" \
    "$(median '%.2f' ${cpus[$name]})" "$(median '%.0f' ${peaks[$name]})"
done
