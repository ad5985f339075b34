#!/usr/bin/env bash
# Publishes the generator as one native executable (Native AOT: no .NET runtime needed where it runs) and prints the
# executable's path as its last line. Installs a C toolchain when the machine has none (on Debian or Ubuntu: clang,
# which Native AOT links with; it also takes gcc); the .NET SDK brings the native compiler itself.
#
#   scripts/publish.sh [--runtime RID] [--artifacts DIR]
#
# --runtime    the platform to build for (default: this machine's, e.g. linux-x64); Native AOT does not cross-compile
#              between operating systems, so build win-x64 on Windows and osx-arm64 on a Mac.
# --artifacts  where the intermediate files and the executable go (default: artifacts/ in the repository), apart from
#              the obj/ and bin/ folders of `dotnet build`, so a publish never disturbs a development build or the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

runtime=""
artifacts="$PWD/artifacts"
while [ $# -gt 0 ]; do
  case "$1" in
    --runtime) runtime="$2"; shift 2 ;;
    --artifacts) artifacts="$2"; shift 2 ;;
    *) echo "publish.sh: unknown argument $1 (--runtime RID, --artifacts DIR)" >&2; exit 2 ;;
  esac
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ -z "$runtime" ]; then
  runtime=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
fi

case "$runtime" in
  linux-*)
    if ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then
      echo "publish.sh: installing clang to link the native executable" >&2
      as_root apt-get update -qq
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq clang >/dev/null
    fi
    ;;
esac

# No build servers: a publish is a one-off, and servers it left running would outlive a test run or CI job.
dotnet publish src/Trygghetsrad.Site --configuration Release --runtime "$runtime" -p:PublishAot=true \
  --artifacts-path "$artifacts" --disable-build-servers -nologo >&2

executable="$artifacts/publish/Trygghetsrad.Site/release_$runtime/Trygghetsrad.Site"
case "$runtime" in win-*) executable="$executable.exe" ;; esac
if [ ! -x "$executable" ]; then
  echo "publish.sh: the publish made no executable at $executable" >&2
  exit 1
fi
echo "$executable"
