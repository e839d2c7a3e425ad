#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests if it is missing (Playwright drives it; no browser download).
# Idempotent. Source it to get WORKFLOWARCHIVE_CHROMIUM exported.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "provision-chromium: installing chromium from Debian packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

export WORKFLOWARCHIVE_CHROMIUM="$(command -v chromium)"
echo "provision-chromium: $("$WORKFLOWARCHIVE_CHROMIUM" --version 2>/dev/null | head -n 1) at $WORKFLOWARCHIVE_CHROMIUM"
