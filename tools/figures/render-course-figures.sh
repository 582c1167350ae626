#!/bin/sh
# Renders every hand-drawn SVG figure of the courses (content/*/images/*.svg) to the PNG the
# lessons show, at twice the SVG's size for sharp text on high-DPI screens. The PNGs are committed;
# run this again after changing a figure. Needs librsvg2-bin (rsvg-convert) and fonts-noto-cjk, and
# the SVGs name the font family "Noto Sans CJK SC" for Chinese text.
set -eu

content_dir="${1:-$(dirname "$0")/../../content}"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }

for svg in "$content_dir"/*/images/*.svg; do
  [ -e "$svg" ] || continue
  png="${svg%.svg}.png"
  rsvg-convert --zoom 2 --background-color white "$svg" -o "$png"
  echo "$png"
done
