#!/bin/sh
# Runs a command on the current X display, or on a private Xvfb display when there is none.
export NO_AT_BRIDGE=1 GTK_A11Y=none
if [ -n "${DISPLAY:-}" ]; then
  exec "$@"
fi
exec xvfb-run -a -s '-screen 0 1600x1200x24 -nolisten tcp' "$@"
