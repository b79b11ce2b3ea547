#!/usr/bin/env bash
# Export benchmark: HubMap's headless `export` drawing a briefing sheet of a generated layout (10k and 100k features
# over Ukraine) on the full basemap, as PNG and as PDF, against Mapnik's `nik4` drawing the same basemap and layout
# (the style in bench/mapnik/) to the same pixel size and bounding box, in one run.
#
# Usage:   bench/export.sh [COUNT...]           (default: 10000 100000)
# Environment:
#   RUNS=3        runs of each command per layout and sheet size (taking turns); the table shows medians
#   SEED=1        seed of the generated layouts (the same seed gives the same bytes; layout-io.sh's layouts are reused)
#   WORK=target/bench   where layouts go; images, PDFs and the Mapnik styles go to WORK/export
#   JAR=target/hubmap.jar   the HubMap jar to measure (built with `mvn -B -q package -DskipTests` if missing)
#
# Two sheet sizes, both over longitude 22 to 40.3 and latitude 44.3 to 52.45:
#   3840x2160   HubMap `--width 3840 --height 2160`             nik4 `--size-px 3840 2160 --factor 2`
#   A4@300      HubMap `--paper A4 --dpi 300 --landscape`       nik4 `--paper +A4 --ppi 300` (3508x2480 pixels)
# Both draw lines, symbols and names larger than on screen: HubMap lays a 3840x2160 image out as a 1920x1080 sheet
# drawn at twice the resolution, hence nik4's --factor 2, and an A4 sheet at 96 DPI drawn at 300 / 96 = 3.125
# times; nik4's --ppi 300 scales by 300 / 90.7 = 3.31 (Mapnik's pixel is 0.28 mm).
#
# What it measures, for every command as a whole process: wall seconds, peak resident memory (MB) and CPU
# seconds (user + system), with GNU time (`/usr/bin/time -f '%e %M %U %S'`). HubMap runs as users run it,
# `java -jar hubmap.jar export ...` with no JVM options, so its times include starting the JVM; nik4 likewise
# includes starting Python and loading Mapnik. Both read the same layout file, which the page cache holds after the
# first run. Outputs are deleted before each run. Ratios: "PNG / nik4" is HubMap's PNG wall time over nik4's
# (target: below 1.0); "PDF / PNG" is HubMap's PDF wall time over its PNG's (target: below 2.0).
#
# When the jar has no `export` command yet, the HubMap runs are left out (with a note) and nik4 is measured alone.
# It installs what is missing (Debian `nik4`, `python3-mapnik` and `time`, as root) and generates each layout once
# with org.hubmap.bench.LayoutGenerator (src/bench/java), reusing it on later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

counts=("$@")
((${#counts[@]})) || counts=(10000 100000)
runs=${RUNS:-3}
seed=${SEED:-1}
work=${WORK:-target/bench}
jar=${JAR:-target/hubmap.jar}
out="$work/export"
bbox=(22 44.3 40.3 52.45)
bbox_list=$(IFS=,; echo "${bbox[*]}")
# Sheet sizes: name, HubMap's options, nik4's options, the pixel size both must have.
sheets=("3840x2160" "A4@300")
declare -A hubmap_size=([3840x2160]="--width 3840 --height 2160" [A4@300]="--paper A4 --dpi 300 --landscape")
declare -A nik4_size=([3840x2160]="--size-px 3840 2160 --factor 2" [A4@300]="--paper +A4 --ppi 300")
declare -A pixels=([3840x2160]="3840x2160" [A4@300]="3508x2480")
declare -A file_tag=([3840x2160]="3840x2160" [A4@300]="a4-300dpi")

install_missing() {
  local missing=()
  [[ -x /usr/bin/time ]] || missing+=(time)
  command -v nik4 >/dev/null || missing+=(nik4)
  # nik4 runs on Debian's own Python, whatever python3 comes first on PATH.
  /usr/bin/python3 -c 'import mapnik' 2>/dev/null || missing+=(python3-mapnik)
  install_packages "${missing[@]}"
}

# Whether the jar has the export command: picocli prints the command's own usage for `export --help`.
has_export() {
  java -jar "$jar" export --help 2>&1 | grep -qE '^Usage: .*\bexport\b'
}

# Each command's wall seconds, peak MB and CPU seconds, by name, filled in by run_once (bench/common.sh).
declare -A walls peaks cpus

# The pixel size of a PNG file, WIDTHxHEIGHT, from its header.
png_size() {
  python3 -c 'import struct, sys
with open(sys.argv[1], "rb") as f:
    head = f.read(24)
print("%dx%d" % struct.unpack(">II", head[16:24]) if head[:8] == b"\x89PNG\r\n\x1a\n" else "not a PNG")' "$1"
}

# pixel_size FILE SHEET: the pixel size of the PNG FILE, and the size SHEET asks for when it differs.
pixel_size() {
  local size
  size=$(png_size "$1")
  if [[ $size == "${pixels[$2]}" ]]; then
    echo "$size"
  else
    echo "$size (expected ${pixels[$2]})"
  fi
}

# The page size of a PDF file, from pdfinfo (Debian `poppler-utils`) when there is one.
pdf_page() {
  if command -v pdfinfo >/dev/null; then
    pdfinfo "$1" 2>/dev/null | awk '/^Page size:/ {sub(/^Page size: */, ""); print; found = 1}
      END {if (!found) print "of unknown size"}'
  else
    echo "of unknown size (no pdfinfo)"
  fi
}

mkdir -p "$work" "$out"
install_missing
build

hubmap=true
if ! has_export; then
  hubmap=false
  echo "NOTE: $jar has no export command (\`java -jar $jar export --help\` does not show its usage);" \
    "measuring nik4 alone. Rebuild the jar once export exists." >&2
fi

echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB RAM;" \
  "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -version 2>&1 | head -1); $(nik4 --version) on Mapnik" \
  "$(/usr/bin/python3 -c 'import mapnik; print(mapnik.mapnik_version_string())')"
echo "HubMap: $jar$($hubmap || echo ' (no export command: not measured)'); runs per command: $runs (median);" \
  "bbox ${bbox[*]}"

rows=()
for count in "${counts[@]}"; do
  file=$(layout_file "$count")
  style=$(python3 bench/mapnik/make_style.py "$file" "$out/mapnik-$count")
  # The same style without the layout's names: on sheets this crowded HubMap draws simple marks and names none
  # but the basemap's, and Mapnik spends most of its time trying spots for names it cannot place.
  plain_style=$(python3 bench/mapnik/make_style.py --no-feature-names "$file" "$out/mapnik-$count-plain")
  for sheet in "${sheets[@]}"; do
    base="$out/$count-${file_tag[$sheet]}"
    read -ra hub_size <<<"${hubmap_size[$sheet]}"
    read -ra nik_size <<<"${nik4_size[$sheet]}"
    hub_png=(java -jar "$jar" export "$file" --out "$base-hubmap.png" "${hub_size[@]}" --bbox "$bbox_list")
    hub_pdf=(java -jar "$jar" export "$file" --out "$base-hubmap.pdf" "${hub_size[@]}" --bbox "$bbox_list")
    nik=(nik4 --bbox "${bbox[@]}" "${nik_size[@]}" "$style" "$base-nik4.png")
    plain=(nik4 --bbox "${bbox[@]}" "${nik_size[@]}" "$plain_style" "$base-nik4-plain.png")
    echo "Measuring $count features, $sheet..." >&2
    echo "$sheet, $count features: ${nik[*]}"
    ! $hubmap || printf '%s\n' "$sheet, $count features: ${hub_png[*]}" "$sheet, $count features: ${hub_pdf[*]}"

    walls=() peaks=() cpus=()
    # The commands take turns, so that a change in the machine's load falls on all of them alike.
    for ((i = 0; i < runs; i++)); do
      if $hubmap; then
        run_once png "$base-hubmap.png" "${hub_png[@]}"
        run_once pdf "$base-hubmap.pdf" "${hub_pdf[@]}"
      fi
      run_once nik4 "$base-nik4.png" "${nik[@]}"
      run_once plain "$base-nik4-plain.png" "${plain[@]}"
    done

    echo "$sheet, $count features: nik4 image $(pixel_size "$base-nik4.png" "$sheet")"
    names=(nik4 plain)
    if $hubmap; then
      echo "$sheet, $count features: HubMap image $(pixel_size "$base-hubmap.png" "$sheet");" \
        "PDF page $(pdf_page "$base-hubmap.pdf")"
      names+=(png pdf)
    fi
    declare -A figures=([png]="- - -" [pdf]="- - -")
    for name in "${names[@]}"; do
      # shellcheck disable=SC2086 # the lists are space-separated numbers
      figures[$name]="$(median %.2f ${walls[$name]}) $(median %.0f ${peaks[$name]}) $(median %.2f ${cpus[$name]})"
    done
    read -ra png <<<"${figures[png]}"
    read -ra pdf <<<"${figures[pdf]}"
    read -ra nikf <<<"${figures[nik4]}"
    read -ra plainf <<<"${figures[plain]}"
    png_ratio=- plain_ratio=- pdf_ratio=-
    if $hubmap; then
      png_ratio="$(ratio "${png[0]}" "${nikf[0]}")"
      plain_ratio="$(ratio "${png[0]}" "${plainf[0]}")"
      pdf_ratio="$(ratio "${pdf[0]}" "${png[0]}")"
    fi
    rows+=("| $count | $sheet | ${png[0]} | ${png[1]} | ${pdf[0]} | ${pdf[1]} |\
 ${nikf[0]} | ${nikf[1]} | ${plainf[0]} | ${plainf[1]} | $png_ratio | $plain_ratio | $pdf_ratio |")
  done
done

echo
echo "| features | sheet | HubMap PNG s | PNG MB | HubMap PDF s | PDF MB | nik4 s | nik4 MB |" \
  "nik4 without feature names s | MB | PNG / nik4 | PNG / nik4 without names | PDF / PNG |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "Seconds are wall time, process start included; MB are peak resident megabytes; all are medians of $runs runs."
echo "PNG / nik4 = HubMap PNG wall / nik4 wall (target < 1.0), against each of the two Mapnik styles;"
echo "PDF / PNG = HubMap PDF wall / HubMap PNG wall (target < 2.0). Images: $out/"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
