#!/usr/bin/env bash
# Renders assets/icons/icon.svg to the PNG sizes the manifest declares (16, 32, 64, 80 px).
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The PNGs are committed, so a
# normal build does not need this script.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for size in 16 32 64 80 128; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"
done
ls -l icon-*.png
# favicon.ico for browsers that ask for /favicon.ico: a one-image ICO wrapping the 32 px PNG.
python3 - <<'PY'
import struct
png = open("icon-32.png", "rb").read()
header = struct.pack("<HHH", 0, 1, 1)
entry = struct.pack("<BBBBHHII", 32, 32, 0, 0, 1, 32, len(png), 6 + 16)
open("favicon.ico", "wb").write(header + entry + png)
PY
ls -l favicon.ico
