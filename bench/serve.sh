#!/usr/bin/env bash
# serve benchmark: generates a fictional archive (default 1,000 meetings) outside content/, serves it with
# `serve` in-process, edits one meeting several times and measures how long until the edit is visible in a
# page open in headless chromium, and until the full rebuild is done.
#
#   bench/serve.sh [COUNT]        Results: bench/out/serve.md (copy the figures into docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
archive=$(mktemp -d /tmp/trygghetsrad-serve-archive-XXXXXX)
trap 'rm -rf "$archive"' EXIT
dotnet run --project tools/Trygghetsrad.FictionalArchive -c Release -- --count "$count" --out "$archive/content" >/dev/null
SERVE_BENCH_ARCHIVE="$archive/content" dotnet test tests/Trygghetsrad.Site.BrowserTests -c Release \
  --filter "FullyQualifiedName~ServeBenchmark" --logger "console;verbosity=detailed" | grep -E "serve,|  "
cat bench/out/serve.md
