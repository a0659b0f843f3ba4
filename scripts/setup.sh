#!/usr/bin/env bash
# Set up a development/run environment from nothing: uv, the locked .venv, and the
# Debian packages listed in scripts/apt-packages.txt. Idempotent; quick when done before.
set -euo pipefail
cd "$(dirname "$0")/.."

uv=(uv)
if ! command -v uv >/dev/null 2>&1; then
  if ! python3 -m uv --version >/dev/null 2>&1; then
    echo "setup: installing uv (Python package manager) with pip" >&2
    python3 -m pip install --quiet --disable-pip-version-check uv \
      || python3 -m pip install --quiet --user --disable-pip-version-check uv
  fi
  uv=(python3 -m uv)
fi

missing=()
while read -r pkg; do
  [ -z "$pkg" ] || [[ "$pkg" == \#* ]] && continue
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done < scripts/apt-packages.txt
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "setup: syncing .venv from uv.lock" >&2
"${uv[@]}" sync --frozen --all-extras --quiet

if [ ! -d node_modules/idn-area-data ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages from package-lock.json" >&2
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
fi
