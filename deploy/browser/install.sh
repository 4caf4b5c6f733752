#!/usr/bin/env bash
# Install headless Chromium from Debian's `chromium` package (and `chromium-driver`),
# if no Chromium is on PATH. Idempotent: does nothing when `chromium` (or the binary
# named by FRONTLINE_CHROMIUM) runs. The map test (tests/e2e/test_map_browser.py) needs it.
# Needs root (or sudo) and apt-get; prints what to do otherwise.
set -euo pipefail

browser=${FRONTLINE_CHROMIUM:-chromium}
if command -v "$browser" >/dev/null 2>&1; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "browser: $browser is missing and apt-get is not available; install Chromium by hand" \
         "or point FRONTLINE_CHROMIUM at a Chromium binary" >&2
    exit 1
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "browser: run as root or install sudo to apt-get install chromium" >&2; exit 1; }
    sudo=(sudo)
fi

echo "browser: installing Debian's chromium and chromium-driver packages"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
chromium --version
