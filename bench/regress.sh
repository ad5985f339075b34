#!/usr/bin/env bash
# Two builds of the generator against each other on the same fictional archive, to show that a change does not
# regress: alternating (old–new, new–old, …), each into a folder that does not exist, earlier outputs moved
# aside; medians of wall, user and system time and peak RSS from /usr/bin/time -v, the load average before
# each run, and whether both built the same site byte for byte.
#
#   bench/regress.sh OLD_TEMPLATES NEW_TEMPLATES SIZE PAIRS -- OLD_COMMAND… -- NEW_COMMAND…
#
# Each command is the generator as it is run, without its arguments, for example
#   bench/regress.sh /tmp/old/templates templates 10000 5 -- dotnet /tmp/old/Trygghetsrad.Site.dll --no-cache \
#     -- scripts/arkiv.sh
# (arguments after the command are passed after `build --content … --templates … --output …`).
# ARCHIVE=folder builds that content instead of a fresh fictional archive of SIZE meetings (for an old build that
# does not know keys the fictional archive has gained since).
# Results: bench/out/regress-SIZE.tsv and a summary on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
old_templates=$(realpath "$1"); new_templates=$(realpath "$2"); size=$3; pairs=$4; shift 4
[ "${1:-}" = -- ] || { echo "usage: see the head of $0" >&2; exit 2; }
shift
old=(); while [ $# -gt 0 ] && [ "$1" != -- ]; do old+=("$1"); shift; done
[ "${1:-}" = -- ] || { echo "usage: see the head of $0" >&2; exit 2; }
shift
new=("$@")
# A command's leading words up to its first option are the program; the rest are extra build options.
split() { local -n cmd=$1 prog=$2 extra=$3; prog=(); extra=(); local w seen=0
  for w in "${cmd[@]}"; do if [ $seen = 0 ] && [[ $w != --* ]]; then prog+=("$w"); else seen=1; extra+=("$w"); fi; done; }
split old old_prog old_extra; split new new_prog new_extra

out="$root/bench/out"; mkdir -p "$out"
archive=${ARCHIVE:-"$out/archive-$size/content"}
if [ ! -d "$archive" ]; then
  dotnet run --project tools/Trygghetsrad.FictionalArchive -c Release -- --count "$size" --out "$archive" >/dev/null
fi
trash="$out/trash-regress"; rm -rf "$trash"; mkdir -p "$trash"
set_aside() { if [ -e "$1" ]; then mv "$1" "$(mktemp -d "$trash/XXXXXX")/"; fi; }
results="$out/regress-$size.tsv"; : > "$results"

run() { # run NAME TEMPLATES PROGRAM… -- EXTRA…
  local name=$1 templates=$2; shift 2
  local prog=(); while [ "$1" != -- ]; do prog+=("$1"); shift; done; shift
  local site="$out/regress-$name-$size" log; log=$(mktemp)
  set_aside "$site"
  local load; load=$(cut -d ' ' -f 1 /proc/loadavg)
  /usr/bin/time -v -o "$log" "${prog[@]}" build --content "$archive" --templates "$templates" --output "$site" "$@" >/dev/null
  awk -F': ' -v n="$name" -v load="$load" '
    /Elapsed \(wall clock\)/ { k = split($2, p, ":"); wall = (k == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
    END { printf "%s\t%.3f\t%.2f\t%.2f\t%d\t%s\n", n, wall, u, s, r / 1024, load }' "$log" >> "$results"
  rm -f "$log"
}
for ((i = 1; i <= pairs; i++)); do
  if ((i % 2)); then
    run old "$old_templates" "${old_prog[@]}" -- "${old_extra[@]}"; run new "$new_templates" "${new_prog[@]}" -- "${new_extra[@]}"
  else
    run new "$new_templates" "${new_prog[@]}" -- "${new_extra[@]}"; run old "$old_templates" "${old_prog[@]}" -- "${old_extra[@]}"
  fi
done
if diff -rq "$out/regress-old-$size" "$out/regress-new-$size" >/dev/null; then echo "same site, byte for byte"; else echo "THE SITES DIFFER"; fi
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for n in old new; do
  printf '%s\twall %s s\tuser %s s\tsys %s s\tpeak RSS %s MiB\n' "$n" \
    "$(awk -v n=$n '$1 == n { print $2 }' "$results" | median)" "$(awk -v n=$n '$1 == n { print $3 }' "$results" | median)" \
    "$(awk -v n=$n '$1 == n { print $4 }' "$results" | median)" "$(awk -v n=$n '$1 == n { print $5 }' "$results" | median)"
done
echo "runs (name, wall, user, sys, RSS MiB, load before) in $results"
rm -rf "$trash"
