#!/usr/bin/env bash
# Prints the path of the binary `make bench` measures: $BENCH_BIN when it names one, else the
# release build as it is shipped (the Swift runtime and Foundation linked in), built in its own
# folder ($BENCH_SCRATCH, default .build-static) so that a plain `swift build -c release` does not
# rebuild everything after it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -n ${BENCH_BIN:-} ]]; then
  echo "$BENCH_BIN"
  exit 0
fi
BUILD=(swift build -c release --product marshrut --static-swift-stdlib --scratch-path "${BENCH_SCRATCH:-.build-static}")
echo "== building release" >&2
"${BUILD[@]}" >&2
echo "$("${BUILD[@]}" --show-bin-path)/marshrut"
