# Shell functions the benchmark scripts share; sourced by bench/layout-io.sh and bench/export.sh, which set
# $work (where layouts, logs and timings go), $jar and $seed before calling them.

# install_packages PACKAGE...: installs the Debian packages given (as root), updating the lists only when needed.
install_packages() {
  (($#)) || return 0
  echo "Installing: $*" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
}

# Runs Maven quietly; shows its output only when it fails.
maven() {
  if ! mvn -B -q -Dstyle.color=never "$@" >"$work/maven.log" 2>&1; then
    cat "$work/maven.log" >&2
    exit 1
  fi
}

build() {
  [[ -f $jar ]] || maven package -DskipTests
  # The generator lives in the bench source set, which is compiled with the tests.
  maven test-compile
}

# The layout of $1 features, generated when it is not there yet; every script uses the same files.
layout_file() {
  local file="$work/layout-$1-seed$seed.geojson"
  if [[ ! -f $file ]]; then
    echo "Generating $file" >&2
    maven exec:java -Dexec.mainClass=org.hubmap.bench.LayoutGenerator -Dexec.args="$1 $file $seed"
  fi
  echo "$file"
}

# run_once NAME OUTPUT COMMAND...: runs COMMAND once, deleting OUTPUT (when not empty) first, and appends its wall
# seconds, peak MB and CPU seconds to the lists of NAME in the caller's arrays walls, peaks and cpus; stops the
# benchmark if the command fails.
run_once() {
  local name=$1 clean=$2 wall kilobytes user system
  shift 2
  [[ -z $clean ]] || rm -f "$clean" "$clean.bak"
  if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" \
      || [[ -n $clean && ! -s $clean ]]; then
    echo "FAILED: $*" >&2
    tail -5 "$work/stderr.txt" >&2
    exit 1
  fi
  read -r wall kilobytes user system <"$work/time.txt"
  walls[$name]+=" $wall"
  peaks[$name]+=" $((kilobytes / 1024))"
  cpus[$name]+=" $(awk -v u="$user" -v s="$system" 'BEGIN {printf "%.2f", u + s}')"
}

# median FORMAT NUMBER...: the median, printed with the printf FORMAT.
median() {
  local format=$1
  shift
  printf '%s\n' "$@" | sort -g | awk -v f="$format" \
    '{v[NR] = $1} END {printf f, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'
}
