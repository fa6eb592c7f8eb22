#!/usr/bin/env bash
# Installs a .deb into a fresh Debian 11 root, as an office desktop of that
# generation would (apt resolves the package's Depends from Debian 11), runs
# the installed --self-test there on a desktop session of the root's own
# (Xvfb, D-Bus, dunst – packaging/with-desktop-session.sh), removes it.
#
#   sudo bash packaging/compat/self-test-in-root.sh dist/hotline-desk_0.1.0_amd64.deb
#
# The plain root is made once and kept (packaging/compat/roots.sh); the test
# root is unpacked from it each time, so nothing a build installed helps.
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/compat/roots.sh
DEB="$(realpath "$1")"
ARCH="$(dpkg-deb -f "$DEB" Architecture)"
APPID="$(dpkg-deb -f "$DEB" Package)"
TEST_ROOT="$ROOTS/$SUITE-$ARCH-test"
started=$(date +%s)

echo "== a fresh $SUITE root ($ARCH)"
unmount_root "$TEST_ROOT"
new_root "$ARCH" "$TEST_ROOT"
trap 'unmount_root "$TEST_ROOT"' EXIT
printf 'Acquire::Check-Valid-Until "false";\n' >"$TEST_ROOT/etc/apt/apt.conf.d/99hotline"
mount_root "$TEST_ROOT"
in_root "$TEST_ROOT" apt-get update -q >/dev/null
echo "glibc there: $(in_root "$TEST_ROOT" ldd --version | head -1)"

echo "== the desktop session's parts, then the package (its Depends from $SUITE)"
in_root "$TEST_ROOT" apt-get install -y -q --no-install-recommends xvfb dbus dunst xauth >/dev/null
cp "$DEB" "$TEST_ROOT/tmp/"
in_root "$TEST_ROOT" apt-get install -y -q --no-install-recommends "/tmp/$(basename "$DEB")" \
  >"$TEST_ROOT/tmp/install.log" || { tail -20 "$TEST_ROOT/tmp/install.log" >&2; exit 1; }
cp packaging/with-desktop-session.sh "$TEST_ROOT/tmp/"

echo "== the installed --self-test in $SUITE"
status=0
in_root "$TEST_ROOT" env HOME=/tmp/home bash -c \
  "mkdir -p /tmp/home && /tmp/with-desktop-session.sh /opt/apps/$APPID/files/hotline-desk --self-test" \
  || status=$?
in_root "$TEST_ROOT" apt-get remove -y -q "$APPID" >/dev/null
if [ -e "$TEST_ROOT/opt/apps/$APPID" ]; then
  echo "removing left /opt/apps/$APPID behind" >&2
  status=1
fi
echo "== $SUITE: self-test exit $status, $(( $(date +%s) - started )) s"
exit "$status"
