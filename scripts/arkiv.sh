#!/usr/bin/env bash
# Runs the shipped generator: the native executable scripts/publish.sh makes, built first when it is missing or
# older than the generator's source. The README's commands, the workflows, `serve` and the benchmark all run this
# one artifact; `dotnet run --project src/Trygghetsrad.Site -- …` stays for development.
#
#   scripts/arkiv.sh COMMAND [OPTIONS…]       e.g. scripts/arkiv.sh build, scripts/arkiv.sh serve
#   scripts/arkiv.sh --path                  prints the executable's path (building it when needed)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# This machine's runtime identifier, as scripts/publish.sh takes it (without asking dotnet, which takes a while to start).
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) runtime=linux-x64 ;;
  Linux-aarch64) runtime=linux-arm64 ;;
  Darwin-arm64) runtime=osx-arm64 ;;
  Darwin-x86_64) runtime=osx-x64 ;;
  MINGW*|MSYS*|CYGWIN*) runtime=win-x64 ;;
  *) runtime=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }') ;;
esac
executable="$root/artifacts/publish/Trygghetsrad.Site/release_$runtime/Trygghetsrad.Site"
case "$runtime" in win-*) executable="$executable.exe" ;; esac

# Built again when any source file of the generator is newer than the executable (bin/ and obj/ are build output).
stale() {
  [ ! -x "$executable" ] && return 0
  [ -n "$(find "$root/src" "$root/Directory.Build.props" -type f -newer "$executable" \
    -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]
}

if stale; then
  echo "arkiv.sh: bygger generatorn (en gång, tills källkoden ändras)" >&2
  built=$("$root/scripts/publish.sh" --runtime "$runtime" | tail -n 1)
  [ "$built" = "$executable" ] || { echo "arkiv.sh: väntade generatorn i $executable, fick $built" >&2; exit 2; }
  touch "$executable"
fi

if [ "${1:-}" = "--path" ]; then
  echo "$executable"
  exit 0
fi

exec "$executable" "$@"
