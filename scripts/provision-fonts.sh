#!/usr/bin/env bash
# Installs what the printed documents need if it is missing (idempotent): DejaVu Sans from Debian's fonts-dejavu-core,
# which every PDF embeds (src/Host/Printing/DejaVuFonts.cs), and poppler-utils for `pdftoppm -png -r 60` previews.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || missing+=(fonts-dejavu-core)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "provision-fonts: installing ${missing[*]} from Debian packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "provision-fonts: DejaVu Sans at /usr/share/fonts/truetype/dejavu; $(command -v pdftoppm || echo 'no pdftoppm')"
