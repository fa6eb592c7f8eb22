#!/usr/bin/env bash
# CI's arm64 smoke test, under qemu-user emulation: in a Debian 12 arm64 root,
# the project is installed with the arm64 wheels it is built with
# (constraints-arm64.txt: PySide6 6.7.3) and its --self-test run on a desktop
# session there (Xvfb, D-Bus, dunst) – the wheels import, the window opens,
# an alert reaches the desktop, a PDF is written.
#
#   sudo bash packaging/compat/arm64-smoke.sh
#
# The full arm64 .deb (Python compiled in a Debian 11 arm64 root, the bundle,
# the glibc check, the installed self-test) is the release step
# `packaging/compat/build.sh arm64` + `self-test-in-root.sh` – under emulation
# it takes more than an hour, so CI keeps to this. Debian 12's own Python 3.11
# spares compiling one here.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
HOTLINE_COMPAT_SUITE=bookworm
. packaging/compat/roots.sh
ROOT="$ROOTS/$SUITE-arm64-smoke"
started=$(date +%s)

echo "== qemu-user emulation for arm64"
command -v debootstrap >/dev/null && [ -x /usr/bin/qemu-aarch64-static ] || {
  apt-get update -q && apt-get install -y -q --no-install-recommends debootstrap \
    qemu-user-static binfmt-support >/dev/null
}
mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] || update-binfmts --enable qemu-aarch64

echo "== a $SUITE arm64 root"
unmount_root "$ROOT"
new_root arm64 "$ROOT"
trap 'unmount_root "$ROOT"' EXIT
printf 'Acquire::Check-Valid-Until "false";\n' >"$ROOT/etc/apt/apt.conf.d/99hotline"
mount_root "$ROOT"
in_root "$ROOT" uname -m
in_root "$ROOT" apt-get update -q >/dev/null
in_root "$ROOT" apt-get install -y -q --no-install-recommends \
  python3 python3-venv ca-certificates xvfb dbus dunst xauth libnotify-bin fonts-wqy-microhei \
  "${QT_RUNTIME_PACKAGES[@]}" >/dev/null

echo "== the project with the arm64 wheels"
mkdir -p "$ROOT/src"
tar -C "$REPO" --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./.git \
  --exclude='*/__pycache__' --exclude=./bench/out -cf - . | tar -C "$ROOT/src" -xf -
cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/host-ca.crt" 2>/dev/null || true
in_root "$ROOT" python3 -m venv /opt/venv
in_root "$ROOT" env PIP_CERT=/etc/ssl/certs/host-ca.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
  PIP_DEFAULT_TIMEOUT=180 /opt/venv/bin/python -m pip install -q \
  -c /src/packaging/compat/constraints-arm64.txt /src
cp packaging/with-desktop-session.sh "$ROOT/tmp/"

echo "== --self-test under emulation"
in_root "$ROOT" env HOME=/tmp/home bash -c \
  "mkdir -p /tmp/home && /tmp/with-desktop-session.sh /opt/venv/bin/hotline-desk --self-test"
echo "== arm64 smoke test passed in $(( $(date +%s) - started )) s"
