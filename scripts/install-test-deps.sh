#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: Chromium for the browser tests,
# poppler-utils to render PDFs, LibreOffice Writer (headless) to open the Word report, with
# Liberation fonts (metrically equal to Times New Roman, so its pages break as in Word).
# Does nothing when they are present; never fails the run, so tests that need a missing
# component skip with a visible message instead.
set -uo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if ! command -v soffice >/dev/null 2>&1 && ! command -v libreoffice >/dev/null 2>&1; then
    missing+=(libreoffice-writer-nogui)
fi
fc-list 2>/dev/null | grep -q "Liberation Serif" || missing+=(fonts-liberation2)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo -n); else
    echo "install-test-deps: not root and no sudo; cannot install ${missing[*]}" >&2; exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: no apt-get; cannot install ${missing[*]}" >&2; exit 0
fi

echo "install-test-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/install-test-deps.log 2>&1; then
    # A fresh machine has no package lists yet.
    "${sudo[@]}" apt-get update -q >>/tmp/install-test-deps.log 2>&1
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/install-test-deps.log 2>&1 \
        || echo "install-test-deps: apt-get failed, see /tmp/install-test-deps.log" >&2
fi
exit 0
