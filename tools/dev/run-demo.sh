#!/usr/bin/env bash
# Installs what is missing, builds, and starts the client on the bundled demo content.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/tools/dev/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$root/build"
exec "$root/build/client/gui/tqm-trainer" "$@"
