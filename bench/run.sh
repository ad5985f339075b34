#!/usr/bin/env bash
# Side-by-side build benchmark of the generator as it ships (the native executable scripts/arkiv.sh runs) against
# Hugo (Debian package) and Hugo + Pagefind 1.6 (npm), on the same deterministic fictional archive; beside them the
# plain `dotnet build` DLL, so the gain of shipping the native executable shows. Sides run alternating, each into
# a fresh folder, earlier outputs moved aside (never deleted just before a run); medians of wall, user and system
# time and peak RSS from /usr/bin/time -v, and the machine's load average before each run. Installs hugo, GNU time
# and the npm tools when missing. Never touches content/.
# Then one meeting edited while the native `serve` runs: its quick page of the edited meeting and the full rebuild
# after it (from its log).
#
#   bench/run.sh [SIZES...]        default: 1000 10000; RUNS=5 by default; NICE=-10 runs every side at that
#                                  priority (on a shared machine, so that other work waits, equally for all sides)
#
# Results: bench/out/results.md (copy the figures into docs/benchmarks.md). The script deletes what it moved aside
# when it ends; wait ten minutes before the next run, or that deletion shows up in its system time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
runs=${RUNS:-5}
nice=${NICE:-0}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need_apt=()
command -v hugo >/dev/null || need_apt+=(hugo)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
[ -x node_modules/.bin/pagefind ] || npm ci --no-audit --no-fund --loglevel=error

mkdir -p "$out"
# Earlier runs' outputs are moved aside, not deleted, until every run is measured, and deleted at the end: on
# ext4, a build right after `rm -rf` of a large output pays for that deletion in system time (docs/benchmarks.md,
# "Filsystemet"), and a machine that builds a site does not delete one just before.
trash="$out/trash"
rm -rf "$trash"
mkdir -p "$trash"
set_aside() { local p; for p in "$@"; do if [ -e "$p" ]; then mv "$p" "$(mktemp -d "$trash/XXXXXX")/"; fi; done; }

native=$(scripts/arkiv.sh --path)
dotnet build src/Trygghetsrad.Site -c Release --nologo -v q >/dev/null
dll="$root/src/Trygghetsrad.Site/bin/Release/net10.0/Trygghetsrad.Site.dll"
dotnet build tools/Trygghetsrad.FictionalArchive -c Release --nologo -v q >/dev/null

# measure NAME -- command…  → appends "wall user sys rss_kib load" to $out/NAME.tsv
measure() {
  local name=$1; shift
  local log; log=$(mktemp)
  local load; load=$(cut -d ' ' -f 1 /proc/loadavg)
  nice -n "$nice" /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$log.err" || { cat "$log.err" >&2; exit 1; }
  awk -F': ' -v load="$load" '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    END { printf "%.3f\t%.3f\t%.3f\t%d\t%s\n", wall, user, sys, rss, load }' "$log" >> "$out/$name.tsv"
  rm -f "$log" "$log.err"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { cut -f"$2" "$out/$1.tsv" | median; }

{
  echo "# Benchmark results"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $(dotnet --version) SDK; $(hugo version | cut -d' ' -f1-2); pagefind $(node_modules/.bin/pagefind --version | awk '{print $2}'). Medians of $runs runs, alternating, each into a fresh folder, nice $nice."
  echo
  echo "| meetings | tool | wall s | user s | sys s | peak RSS MiB | load before (median) |"
  echo "|---|---|---|---|---|---|---|"
} > "$out/results.md"

for n in "${sizes[@]}"; do
  archive="$out/archive-$n"
  if [ ! -d "$archive/content" ]; then
    dotnet tools/Trygghetsrad.FictionalArchive/bin/Release/net10.0/Trygghetsrad.FictionalArchive.dll --count "$n" --out "$archive/content" >/dev/null
  fi
  # Hugo wants section index files for the year lists; it reads the same meeting files.
  hugo_site="$archive/hugo"
  if [ ! -d "$hugo_site/content" ]; then
    mkdir -p "$hugo_site"
    cp -r bench/hugo/. "$hugo_site/"
    mkdir -p "$hugo_site/content"
    cp -r "$archive/content/moten" "$hugo_site/content/moten"
    printf -- '---\ntitle: Möten\n---\n' > "$hugo_site/content/moten/_index.md"
    for year in "$hugo_site"/content/moten/*/; do printf -- '---\ntitle: "%s"\n---\n' "$(basename "$year")" > "$year/_index.md"; done
  fi
  rm -f "$out"/{ours,dll,hugo,pagefind}-"$n".tsv
  for ((i = 1; i <= runs; i++)); do
    set_aside "$archive/site" "$archive/site-dll" "$hugo_site/public"
    measure "ours-$n" "$native" build --content "$archive/content" --templates templates --output "$archive/site"
    measure "hugo-$n" hugo --source "$hugo_site" --quiet
    set_aside "$hugo_site/public/pagefind"
    measure "pagefind-$n" node_modules/.bin/pagefind --site "$hugo_site/public" --silent
    measure "dll-$n" dotnet "$dll" build --content "$archive/content" --templates templates --output "$archive/site-dll"
  done
  # The same site from both forms of the generator, every page whole, or the rows measure different work.
  diff -rq "$archive/site" "$archive/site-dll" >&2 || { echo "bench: the native executable and the DLL built different sites" >&2; exit 1; }
  pages=$(find "$archive/site" -name '*.html' | wc -l)
  whole=$(find "$archive/site" -name '*.html' -print0 | xargs -0 tail -q -c 8 | grep -c '^</html>$' || true)
  if [ "$pages" != "$whole" ]; then
    echo "bench: pages in $archive/site that do not end in </html>" >&2
    exit 1
  fi
  files=$(find "$archive/site" -type f | wc -l); bytes=$(du -sb "$archive/site" | cut -f1)
  hugo_files=$(find "$hugo_site/public" -type f -not -path '*/pagefind/*' | wc -l)
  pagefind_files=$(find "$hugo_site/public/pagefind" -type f | wc -l)

  # serve: one meeting edited while the native `serve` runs; its log gives the quick page ("Visar … (N ms)") and
  # each full rebuild ("Byggde … (N ms)"). The first build (clean) is not counted.
  edited=$(find "$archive/content/moten" -name '*.md' | sort | sed -n "$((n / 2))p")
  rm -f "$out/serve-$n.tsv" "$out/serve-quick-$n.tsv"
  cp "$edited" "$archive/edited.orig"
  serve_log=$(mktemp)
  nice -n "$nice" "$native" serve --content "$archive/content" --templates templates --port 0 > "$serve_log" 2>&1 &
  serve_pid=$!
  wait_for_build() { # wait_for_build COUNT: until the log has COUNT lines "Byggde …"
    for ((t = 0; t < 1200; t++)); do
      [ "$(grep -c '^Byggde' "$serve_log")" -ge "$1" ] && return 0
      kill -0 "$serve_pid" 2>/dev/null || { cat "$serve_log" >&2; return 1; }
      sleep 0.25
    done
    cat "$serve_log" >&2; return 1
  }
  wait_for_build 1
  for ((i = 1; i <= runs; i++)); do
    sleep 3 # past the file system's time resolution, and the watcher's settling
    printf '\nTillägg i serve-körning %s om klotter vid skolan.\n' "$i" >> "$edited"
    wait_for_build $((i + 1))
  done
  kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
  mv "$archive/edited.orig" "$edited"
  grep '^Byggde' "$serve_log" | tail -n +2 | sed -E 's/.*\(([0-9]+) ms\)\.$/\1/' | awk '{ printf "%.3f\n", $1 / 1000 }' > "$out/serve-$n.tsv"
  grep '^Visar' "$serve_log" | sed -E 's/.*\(([0-9]+) ms\).*/\1/' | awk '{ printf "%.3f\n", $1 / 1000 }' > "$out/serve-quick-$n.tsv"
  rm -f "$serve_log"

  for tool in ours dll hugo pagefind; do
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$tool" "$(column_median "$tool-$n" 1)" "$(column_median "$tool-$n" 2)" \
      "$(column_median "$tool-$n" 3)" "$(column_median "$tool-$n" 4 | awk '{printf "%.0f", $1 / 1024}')" "$(column_median "$tool-$n" 5)" >> "$out/results.md"
  done
  printf '| %s | serve: quick page of the edited meeting | %s | | | | |\n' "$n" "$(column_median "serve-quick-$n" 1)" >> "$out/results.md"
  printf '| %s | serve: full rebuild after the edit | %s | | | | |\n' "$n" "$(column_median "serve-$n" 1)" >> "$out/results.md"
  hugo=$(column_median "hugo-$n" 1); pf=$(column_median "pagefind-$n" 1)
  for tool in ours dll; do
    awk -v o="$(column_median "$tool-$n" 1)" -v h="$hugo" -v p="$pf" -v n="$n" -v t="$tool" -v ro="$(column_median "$tool-$n" 4)" -v rh="$(column_median "hugo-$n" 4)" 'BEGIN {
      printf "| %s | ratios, %s | /(hugo+pagefind) %.2f, /hugo %.2f | | | RSS/hugo %.2f | |\n", n, t, o / (h + p), o / h, ro / rh }' >> "$out/results.md"
  done
  printf '| %s | files written | ours %s (%s MB), hugo %s, pagefind %s | | | | |\n' "$n" "$files" "$((bytes / 1000000))" "$hugo_files" "$pagefind_files" >> "$out/results.md"
done
rm -rf "$trash"
cat "$out/results.md"
