#!/usr/bin/env bash
# Installs everything Tributary needs from Debian 12 packages. Run as root. Idempotent and quick
# when everything is already there. Never installs libboost-dev (it would pull Boost 1.74).
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config git ca-certificates
  libboost1.81-dev libboost-json1.81-dev libboost-filesystem1.81-dev libboost-url1.81-dev
  libcurl4-openssl-dev libyaml-cpp-dev libspdlog-dev libgtest-dev libgmock-dev
  libsqlite3-dev sqlite3 libpq-dev libhowardhinnant-date-dev tzdata libcli11-dev
  postgresql curl python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: missing packages: ${missing[*]}; run this script as root" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
