#!/usr/bin/env bash
# Install Prometheus and promtool from Debian's `prometheus` package, if promtool is missing.
# Idempotent: does nothing when promtool is on PATH. Never starts the system service
# (policy-rc.d forbids it during the install; tests run their own `prometheus` on loopback).
# Needs root (or sudo) and apt-get; prints what to do otherwise.
set -euo pipefail

if command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "prometheus: promtool is missing and apt-get is not available; install Prometheus 2.x (with promtool) by hand" >&2
    exit 1
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "prometheus: run as root or install sudo to apt-get install prometheus" >&2; exit 1; }
    sudo=(sudo)
fi

# Keep the package's init scripts from starting the service (invoke-rc.d honours policy-rc.d).
policy=/usr/sbin/policy-rc.d
made_policy=0
if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"
    made_policy=1
fi
cleanup() { if ((made_policy)); then "${sudo[@]}" rm -f "$policy"; fi; }
trap cleanup EXIT

echo "prometheus: installing Debian's prometheus package (promtool included)"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends prometheus >/dev/null
promtool --version | head -n1
