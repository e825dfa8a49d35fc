#!/usr/bin/env bash
# Renders images/icon.svg to images/icon.png (128×128, transparent corners) with headless Chromium, the browser
# the test runner already needs. Run it after editing the SVG and commit both files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A page exactly the icon's size, so the screenshot is the icon and nothing else.
printf '<html><body style="margin:0;background:transparent">%s</body></html>' "$(cat "$here/icon.svg")" >"$tmp/icon.html"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=128,128 --screenshot="$tmp/icon.png" "file://$tmp/icon.html" >/dev/null 2>&1
mv "$tmp/icon.png" "$here/icon.png"
echo "wrote $here/icon.png"
