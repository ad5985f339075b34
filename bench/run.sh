#!/usr/bin/env bash
# Side-by-side build benchmark: this generator vs Hugo (Debian package) + Pagefind 1.6 (npm), on the same
# deterministic fictional archive, runs alternating, medians of wall time, CPU time and peak RSS from
# /usr/bin/time -v. Installs hugo, GNU time and the npm tools when missing. Never touches content/.
# Then one meeting edited while `serve` runs: its quick preview of the edited page and the full rebuild after it
# (from its log).
#
#   bench/run.sh [SIZES...]        default: 1000 10000; RUNS=5 by default
#
# Results: bench/out/results.md (copy the figures into docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
runs=${RUNS:-5}
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
# Earlier runs' outputs are moved aside, not deleted, until every run is measured, and deleted at the end. This
# file system (ext4 without a journal) passes over inodes freed in the last minutes when it allocates new ones,
# so a build right after `rm -rf` of the last build's output pays for that deletion, the more the more files
# both have (docs/benchmarks.md, "Filsystemet"): a machine that builds a site does not delete one just before.
trash="$out/trash"
rm -rf "$trash"
mkdir -p "$trash"
set_aside() { local p; for p in "$@"; do if [ -e "$p" ]; then mv "$p" "$(mktemp -d "$trash/XXXXXX")/"; fi; done; }
# ReadyToRun: the generator ships precompiled, as Hugo does; see docs/benchmarks.md for the effect.
dotnet publish src/Trygghetsrad.Site -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/bin" --nologo -v q >/dev/null
dotnet build tools/Trygghetsrad.FictionalArchive -c Release --nologo -v q >/dev/null

# measure NAME LOG -- command…  → appends "wall_s cpu_s rss_kib" to $out/NAME.tsv
measure() {
  local name=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$log.err" || { cat "$log.err" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    END { printf "%.3f\t%.3f\t%d\n", wall, user + sys, rss }' "$log" >> "$out/$name.tsv"
  rm -f "$log" "$log.err"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { cut -f"$2" "$out/$1.tsv" | median; }

{
  echo "# Benchmark results"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $(dotnet --version) SDK; $(hugo version | cut -d' ' -f1-2); pagefind $(node_modules/.bin/pagefind --version | awk '{print $2}'). Medians of $runs runs, alternating."
  echo
  echo "| meetings | tool | wall s | CPU s | peak RSS MiB |"
  echo "|---|---|---|---|---|"
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
  rm -f "$out"/{ours,hugo,pagefind}-"$n".tsv
  for ((i = 1; i <= runs; i++)); do
    # Each side builds into a fresh folder; the earlier outputs are moved aside.
    set_aside "$archive/site" "$hugo_site/public"
    measure "ours-$n" dotnet "$out/bin/Trygghetsrad.Site.dll" build --content "$archive/content" --templates templates --output "$archive/site"
    measure "hugo-$n" hugo --source "$hugo_site" --quiet
    set_aside "$hugo_site/public/pagefind"
    measure "pagefind-$n" node_modules/.bin/pagefind --site "$hugo_site/public" --silent
  done
  # Every page whole, or the comparison is unfair: Scriban once cut renders past 1,048,576 characters with "...".
  pages=$(find "$archive/site" -name '*.html' | wc -l)
  whole=$(find "$archive/site" -name '*.html' -print0 | xargs -0 tail -q -c 8 | grep -c '^</html>$' || true)
  if [ "$pages" != "$whole" ]; then
    echo "bench: pages in $archive/site that do not end in </html>:" >&2
    find "$archive/site" -name '*.html' | while read -r page; do [ "$(tail -c 8 "$page")" = "</html>" ] || echo "  $page" >&2; done
    exit 1
  fi
  edited=$(find "$archive/content/moten" -name '*.md' | sort | sed -n "$((n / 2))p")
  # serve: one meeting edited while `serve` runs; its log gives each full rebuild's time ("Byggde … (N ms)"), after
  # the quick preview of the edited page ("Visar … (N ms)"). The first build (clean) is not counted.
  rm -f "$out/serve-$n.tsv" "$out/serve-quick-$n.tsv"
  cp "$edited" "$archive/edited.orig"
  serve_log=$(mktemp)
  dotnet "$out/bin/Trygghetsrad.Site.dll" serve --content "$archive/content" --templates templates --port 0 > "$serve_log" 2>&1 &
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
  hugo=$(column_median "hugo-$n" 1); pf=$(column_median "pagefind-$n" 1)
  for tool in ours hugo pagefind; do
    printf '| %s | %s | %s | %s | %s |\n' "$n" "$tool" "$(column_median "$tool-$n" 1)" "$(column_median "$tool-$n" 2)" \
      "$(column_median "$tool-$n" 3 | awk '{printf "%.0f", $1 / 1024}')" >> "$out/results.md"
  done
  printf '| %s | serve: rebuild after the edit (its log) | %s | | |\n' "$n" "$(column_median "serve-$n" 1)" >> "$out/results.md"
  printf '| %s | serve: quick preview of the edited page | %s | | |\n' "$n" "$(column_median "serve-quick-$n" 1)" >> "$out/results.md"
  for tool in ours; do
    awk -v o="$(column_median "$tool-$n" 1)" -v h="$hugo" -v p="$pf" -v n="$n" -v t="$tool" -v ro="$(column_median "$tool-$n" 3)" -v rh="$(column_median "hugo-$n" 3)" 'BEGIN {
      printf "| %s | ratios, %s | %s/(hugo+pagefind) %.2f, %s/hugo %.2f | | %s/hugo RSS %.2f |\n", n, t, t, o / (h + p), t, o / h, t, ro / rh }' >> "$out/results.md"
  done
done
rm -rf "$trash"
cat "$out/results.md"
