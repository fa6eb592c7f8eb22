#!/usr/bin/env bash
# Builds the .deb for Debian-family office desktops (UOS, Kylin, Debian, Ubuntu)
# from the PyInstaller bundle, with the distribution's own dpkg-deb, laid out as
# those app stores expect:
#   /opt/apps/<appid>/files/     the bundle (the hotline-desk executable)
#   /opt/apps/<appid>/entries/   applications/<appid>.desktop, autostart/<appid>.desktop,
#                                icons/hicolor/<size>/apps/<appid>.png
#   /opt/apps/<appid>/info       the manifest (id, name, version, arch, permissions)
# No maintainer scripts: installing changes nothing outside /opt/apps/<appid>.
#
#   bash packaging/build-deb.sh [PYTHON]      # PYTHON: the venv's, with pyinstaller
# Writes dist/hotline-desk_<version>_<arch>.deb. The architecture is the build
# machine's (dpkg --print-architecture): build on arm64 for arm64.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-.venv/bin/python}"
APPID="$("$PYTHON" -c 'import hotline_desk; print(hotline_desk.APP_ID)')"
VERSION="$("$PYTHON" -c 'import hotline_desk; print(hotline_desk.__version__)')"
ARCH="$(dpkg --print-architecture)"
BUILD="build/deb"
STAGE="$BUILD/root"
OPT="$STAGE/opt/apps/$APPID"
started=$(date +%s)

echo "== bundle (PyInstaller; the system's libraries left to the system)"
rm -rf "$BUILD" "dist/hotline-desk"
HOTLINE_SYSTEM_LIBS="${HOTLINE_SYSTEM_LIBS:-1}" "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$BUILD/pyinstaller" --distpath dist build.spec

echo "== layout under /opt/apps/$APPID"
mkdir -p "$OPT/files" "$OPT/entries/applications" "$OPT/entries/autostart" "$STAGE/DEBIAN"
cp -a dist/hotline-desk/. "$OPT/files/"
"$PYTHON" packaging/render_icons.py "$OPT/entries/icons"
EXEC="/opt/apps/$APPID/files/hotline-desk"
desktop_entry() {  # $1: extra arguments, $2: extra lines
  cat <<EOF
[Desktop Entry]
Type=Application
Name=Hotline Desk
Name[zh_CN]=热线工单桌面助手
GenericName=12345 Hotline Work Orders
GenericName[zh_CN]=12345 热线工单
Comment=Work orders, deadlines and callbacks of a 12345 hotline office
Comment[zh_CN]=12345 热线工单：派单、期限、回访与提醒
Exec=$EXEC$1
Icon=$APPID
Terminal=false
Categories=Office;
Keywords=12345;hotline;ticket;工单;热线;
StartupNotify=false
$2
EOF
}
desktop_entry "" "StartupWMClass=hotline-desk" >"$OPT/entries/applications/$APPID.desktop"
desktop_entry " --tray" "X-GNOME-Autostart-enabled=true" >"$OPT/entries/autostart/$APPID.desktop"
sed -i '/^$/d' "$OPT/entries/applications/$APPID.desktop" "$OPT/entries/autostart/$APPID.desktop"
desktop-file-validate "$OPT/entries/applications/$APPID.desktop"
desktop-file-validate "$OPT/entries/autostart/$APPID.desktop"

cat >"$OPT/info" <<EOF
{
  "appid": "$APPID",
  "name": "热线工单桌面助手",
  "version": "$VERSION.0",
  "arch": ["$ARCH"],
  "permissions": {
    "autostart": true,
    "notification": true,
    "trayicon": true,
    "clipboard": false,
    "account": false,
    "bluetooth": false,
    "camera": false,
    "audio_record": false,
    "installed_apps": false
  }
}
EOF

SIZE_KB=$(du -sk "$STAGE/opt" | cut -f1)
# A compat build (packaging/compat/build.sh) carries its own OpenSSL and
# states the oldest C library it starts with; a build here needs this
# system's OpenSSL 3.
if [ "${HOTLINE_SYSTEM_LIBS:-1}" = "compat" ]; then
  LIBC="libc6 (>= ${HOTLINE_GLIBC_FLOOR:-2.28})"
  SSL=""
  XCB_UTIL=""
  RUNS_ON=" Built for glibc ${HOTLINE_GLIBC_FLOOR:-2.28} and newer: 统信 UOS 20, 银河麒麟 Kylin V10,
 Debian 10 and later, Ubuntu 20.04 and later."
else
  LIBC="libc6 (>= $(ldd --version | awk 'NR==1 {print $NF}'))"
  SSL=" libssl3 | libssl3t64,"
  XCB_UTIL=" libxcb-util1,"
  RUNS_ON=" Built on this system for systems of its generation."
fi
cat >"$STAGE/DEBIAN/control" <<EOF
Package: $APPID
Version: $VERSION
Architecture: $ARCH
Maintainer: hotline-desk developers <hotline-desk@example.invalid>
Installed-Size: $SIZE_KB
Depends: $LIBC, libstdc++6, zlib1g, libglib2.0-0, libdbus-1-3, libfontconfig1, libfreetype6,
 libharfbuzz0b, libx11-6, libx11-xcb1, libxext6, libxrender1, libxkbcommon0, libxkbcommon-x11-0,
 libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0,
 libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libxcb-xfixes0,
 libxcb-shm0, libxcb-sync1, libxcb-render0,$XCB_UTIL libegl1, libgl1, libopengl0,
 libwayland-client0, libwayland-cursor0, libwayland-egl1, libcups2,$SSL
 libkrb5-3, libgssapi-krb5-2, libsqlite3-0, libzstd1, libexpat1, libpng16-16 | libpng16-16t64,
 libnotify-bin, fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei
Section: utils
Priority: optional
Description: 12345 hotline work orders on the desktop (热线工单桌面助手)
 Keeps every work order, deadline and callback of a county 12345 hotline
 office in one window, with the Chinese working-day calendar, the 12-hour
 dispatch rule, the five confirmations and desktop alerts before anything
 is late. Single workstation on SQLite, or a shared office queue on
 PostgreSQL.
 .
$RUNS_ON
EOF

DEB="dist/hotline-desk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group --build "$STAGE" "$DEB" >/dev/null
echo "== $DEB: $(du -h "$DEB" | cut -f1) (installed $((SIZE_KB / 1024)) MB, bundle $(du -sh dist/hotline-desk | cut -f1)), built in $(( $(date +%s) - started )) s"
