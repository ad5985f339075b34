#!/usr/bin/env bash
# serve benchmark: generates a fictional archive (default 1,000 meetings) outside content/, serves it with
# `serve` in-process, edits one meeting several times and measures how long until the edit is in and painted
# in a page open in headless chromium, how often that page reloads, and until the full rebuild is done.
# The machine may be shared: each run records the load average before and after; run it more than once.
#
#   bench/serve.sh [COUNT] [RUNS]     Results: bench/out/serve.md (copy the figures into docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
runs=${2:-3}
archive=$(mktemp -d /tmp/trygghetsrad-serve-archive-XXXXXX)
trap 'rm -rf "$archive"' EXIT
dotnet run --project tools/Trygghetsrad.FictionalArchive -c Release -- --count "$count" --out "$archive/content" >/dev/null
dotnet build tests/Trygghetsrad.Site.BrowserTests -c Release >/dev/null
mkdir -p bench/out
: > bench/out/serve.md
for run in $(seq "$runs"); do
  echo "körning $run av $runs ($(uptime))"
  SERVE_BENCH_ARCHIVE="$archive/content" dotnet test tests/Trygghetsrad.Site.BrowserTests -c Release --no-build \
    --filter "Category=Benchmark&FullyQualifiedName~ServeBenchmark" >/dev/null
done
cat bench/out/serve.md
