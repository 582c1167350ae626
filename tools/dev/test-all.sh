#!/usr/bin/env bash
# Installs what is missing, builds everything, runs every test (GUI tests under Xvfb), then builds
# the core again with AddressSanitizer and UndefinedBehaviorSanitizer and runs its unit tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/tools/dev/install-deps.sh"

export NO_AT_BRIDGE=1 GTK_A11Y=none
jobs=$(nproc)

echo "== Build and test (RelWithDebInfo)"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$root/build"
xvfb-run -a -s '-screen 0 1600x1200x24 -nolisten tcp' \
  ctest --test-dir "$root/build" --no-tests=error --output-on-failure -j "$jobs"

echo "== Core unit tests under -fsanitize=address,undefined"
cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DTQM_SANITIZE=ON -DTQM_BUILD_GUI=OFF -DTQM_BUILD_TOOLS=OFF
cmake --build "$root/build-asan" --target tqm-core-tests
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
LSAN_OPTIONS="suppressions=$root/tools/dev/lsan-suppressions.txt:print_suppressions=0" \
  ctest --test-dir "$root/build-asan" --no-tests=error --output-on-failure -j "$jobs" -R '^core:'
