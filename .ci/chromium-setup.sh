#!/usr/bin/env bash
# Make Debian's Chromium present for the browser tests (src/server/e2e). Idempotent: does
# nothing when /usr/bin/chromium is already installed. Needs root (CI runs as root).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium-setup: /usr/bin/chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium-setup: /usr/bin/chromium missing and apt-get not usable here; browser tests will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "chromium-setup: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
