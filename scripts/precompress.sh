#!/usr/bin/env bash
# Writes NAME.br (brotli -q 11) and NAME.gz (gzip -9) next to every text asset of a build, for web servers that
# send precompressed files (deploy/nginx.conf: brotli_static, gzip_static). Runs after `trunk build`, so the
# service worker's precache list holds only the originals. Usage: scripts/precompress.sh [dist]
set -euo pipefail
dir=${1:-dist}
[ -f "$dir/index.html" ] || { echo "precompress: $dir has no index.html" >&2; exit 1; }
command -v brotli >/dev/null || { echo "precompress: brotli is missing (scripts/setup.sh installs it)" >&2; exit 1; }
find "$dir" -type f \( -name '*.br' -o -name '*.gz' \) -delete
find "$dir" -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.wasm' -o -name '*.json' \
  -o -name '*.webmanifest' -o -name '*.svg' -o -name '*.txt' -o -name '*.ics' \) -print0 |
  xargs -0 -r -P 2 -n 1 sh -c 'brotli -q 11 -k -f -o "$0.br" "$0" && gzip -9 -n -k -f "$0"'
echo "precompress: $(find "$dir" -name '*.br' | wc -l) files as .br and .gz"
