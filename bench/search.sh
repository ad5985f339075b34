#!/usr/bin/env bash
# Benchmark of the archive's search against Pagefind 1.6 on the same built pages.
# Usage: bench/search.sh [COUNT] (default 10000 fictional meetings). Needs chromium and npm's pagefind
# (node_modules/.bin/pagefind, or set PAGEFIND). Prints the build's phase times and a table of, per
# query: results, kB fetched (script, index parts, result data; uncompressed) and ms from the page's load
# event and from navigation start until the results show in headless chromium (medians over SEARCH_RUNS
# runs; SEARCH_NO_PAGEFIND=1, SEARCH_TIMING=1, SEARCH_PROFILE=DIR, SEARCH_TRACE=DIR: see
# bench/SearchBenchmark/Program.cs). Figures go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
work="${BENCH_DIR:-$(mktemp -d)}"
pagefind="${PAGEFIND:-node_modules/.bin/pagefind}"
base=/trygghetsrad/

native=$(scripts/arkiv.sh --path)
dotnet build -c Release bench/SearchBenchmark -v q -nologo >/dev/null
[ -d "$work/content" ] || dotnet run -c Release --project tools/Trygghetsrad.FictionalArchive -- --count "$count" --out "$work/content"
echo "== bygge ($count möten)"
"$native" build --content "$work/content" --templates templates --output "$work/site" --base-path "$base" --verbose
echo "== sökindex: $(find "$work/site/sok/index" -type f | wc -l) filer, $(du -sb "$work/site/sok/index" | cut -f1) byte"
echo "== pagefind"
start=$(date +%s.%N)
"$pagefind" --site "$work/site" --output-subdir pagefind --quiet
echo "pagefind: $(echo "$(date +%s.%N) - $start" | bc) s, $(du -sb "$work/site/pagefind" | cut -f1) byte"
echo "== frågor"
dotnet bench/SearchBenchmark/bin/Release/net10.0/SearchBenchmark.dll "$work/site" "$base"
