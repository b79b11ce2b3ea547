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

# The layout of $1 features, flat or, when $2 is "rich", rich (see LayoutGenerator), generated when it is not
# there yet; every script uses the same files.
layout_file() {
  local file="$work/layout-$1-seed$seed.geojson" option=""
  if [[ ${2:-flat} == rich ]]; then
    file="$work/layout-rich-$1-seed$seed.geojson"
    option="--rich "
  fi
  if [[ ! -f $file ]]; then
    echo "Generating $file" >&2
    maven exec:java -Dexec.mainClass=org.hubmap.bench.LayoutGenerator -Dexec.args="$option$1 $file $seed"
  fi
  echo "$file"
}

# run_once NAME OUTPUT COMMAND...: runs COMMAND once, deleting OUTPUT (when not empty) first, and appends its wall
# seconds, peak MB and CPU seconds to the lists of NAME in the caller's arrays walls, peaks and cpus; stops the
# benchmark if the command fails, that is exits with another status than $allowed_status (default 0).
run_once() {
  local name=$1 clean=$2 wall kilobytes user system status=0
  shift 2
  [[ -z $clean ]] || rm -f "$clean" "$clean.bak"
  /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || status=$?
  if ((status != 0 && status != ${allowed_status:-0})) || [[ -n $clean && ! -s $clean ]]; then
    echo "FAILED: $*" >&2
    tail -5 "$work/stderr.txt" >&2
    exit 1
  fi
  # GNU time writes a line of its own before the figures when the command exits with another status than 0.
  read -r wall kilobytes user system < <(tail -1 "$work/time.txt")
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
