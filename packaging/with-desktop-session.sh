#!/usr/bin/env bash
# Runs a command inside a throwaway desktop session: its own D-Bus session bus,
# an Xvfb screen and the dunst notification server – what an office desktop
# has, for checking an installation where there is no desktop (CI, a server).
#   packaging/with-desktop-session.sh hotline-desk --self-test
# Exits with the command's exit code. Needs: dbus (dbus-run-session), xvfb, dunst.
set -euo pipefail
if [ -z "${INSIDE_DESKTOP_SESSION:-}" ]; then
  INSIDE_DESKTOP_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi
display=$((100 + RANDOM % 800))
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=":$display"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
# A D-Bus activated notification server (before ours answers) needs the screen too.
dbus-update-activation-environment DISPLAY >/dev/null 2>&1 || true
dunst >/dev/null 2>&1 &
dunst=$!
# Wait until it owns the notification name (asking dunstctl would start a second one).
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null |
    grep -q true && break
  sleep 0.1
done
set +e
"$@"
status=$?
kill "$dunst" "$xvfb" 2>/dev/null
wait 2>/dev/null
exit "$status"
