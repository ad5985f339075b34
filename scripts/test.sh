#!/usr/bin/env bash
# Runs every test of the project. Installs what the tests need when it is missing
# (Debian's chromium for the browser tests, the npm tools in package.json), then
# runs `dotnet test Trygghetsrad.Site.sln` without the benchmarks. Extra arguments go to dotnet test.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test.sh: installing Debian's chromium for the browser tests" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi

if [ -f package.json ]; then
  if ! command -v npm >/dev/null; then
    echo "test.sh: installing Node.js and npm" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nodejs npm >/dev/null
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    echo "test.sh: npm ci" >&2
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

if [ -f package.json ] && grep -q '"vnu-jar"' package.json && ! command -v java >/dev/null; then
  echo "test.sh: installing Java for the Nu Html Checker" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq default-jre-headless >/dev/null
fi

# The serve benchmark is left out by its trait (bench/serve.sh runs it), unless the caller gives a filter of its own.
filter=(--filter "Category!=Benchmark")
for arg in "$@"; do
  if [ "$arg" = "--filter" ]; then filter=(); fi
done

exec dotnet test Trygghetsrad.Site.sln "${filter[@]}" "$@"
