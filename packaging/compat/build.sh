#!/usr/bin/env bash
# Builds the .deb that starts on the older office desktops – 统信 UOS 20
# (Debian 10, glibc 2.28) and 银河麒麟 Kylin V10 (Ubuntu 20.04, glibc 2.31) –
# as well as on current Debian and Ubuntu.
#
#   sudo bash packaging/compat/build.sh [arm64]   # writes dist/hotline-desk_<version>_<arch>.deb
#
# How: in a Debian 11 root (debootstrap), a Python 3.11 is compiled from
# Debian's own python3.11 source with every glibc function bound to its
# version at or below 2.28 (glibc_floor_header.py; sem_clockwait, new in
# 2.30 with no older version, is left out at configure); the project and its
# wheels are installed with that Python (PySide6 pinned to the newest release
# whose wheels need glibc 2.28: constraints-<arch>.txt); PyInstaller makes the
# bundle and packaging/build-deb.sh the package, there. The libraries whose
# names differ between those systems (OpenSSL, libffi) go into the bundle;
# the rest is left to the system, as the package's Depends say. Then every
# ELF file of the bundle is checked against the floor (check_elf_floor.py).
#
# Needs root (debootstrap, chroot), debootstrap, dpkg-dev and network access
# to the Debian mirror and PyPI this machine uses. The roots and the compiled
# Python are kept under $HOTLINE_ROOTS (default /var/cache/hotline-desk-roots)
# and reused by the next build.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
. packaging/compat/roots.sh
ARCH="${1:-$(dpkg --print-architecture)}"  # arm64 on x86-64: under qemu-user emulation
case "$ARCH" in  # the oldest systems' C and C++ libraries (see constraints-<arch>.txt)
  amd64) FLOOR=2.28 GLIBCXX=3.4.25 CXXABI=1.3.11 ;;  # Debian 10 / UOS 20
  arm64) FLOOR=2.31 GLIBCXX=3.4.28 CXXABI=1.3.12 ;;  # Ubuntu 20.04 / Kylin V10
  *) echo "no floor known for $ARCH" >&2; exit 2 ;;
esac
FLOOR="${HOTLINE_GLIBC_FLOOR:-$FLOOR}"
PY_FLOOR=2.28  # the compiled Python asks no more than UOS 20's glibc, on either
BUILD_ROOT="$ROOTS/$SUITE-$ARCH-build"
PY_PREFIX=/opt/hotline-python
started=$(date +%s)

echo "== tools"
command -v debootstrap >/dev/null && command -v dpkg-source >/dev/null || {
  apt-get update -q && apt-get install -y -q --no-install-recommends debootstrap dpkg-dev binutils >/dev/null
}

trap 'unmount_root "$BUILD_ROOT"' EXIT
if [ ! -e "$BUILD_ROOT/.ready" ]; then
  echo "== the build root: $SUITE ($ARCH)"
  unmount_root "$BUILD_ROOT"
  new_root "$ARCH" "$BUILD_ROOT"
  printf 'Acquire::Check-Valid-Until "false";\n' >"$BUILD_ROOT/etc/apt/apt.conf.d/99hotline"
  mount_root "$BUILD_ROOT"
  in_root "$BUILD_ROOT" apt-get update -q >/dev/null
  in_root "$BUILD_ROOT" apt-get install -y -q --no-install-recommends \
    build-essential pkg-config libssl-dev libffi-dev zlib1g-dev libbz2-dev liblzma-dev \
    libsqlite3-dev uuid-dev ca-certificates desktop-file-utils binutils file >/dev/null
  touch "$BUILD_ROOT/.ready"
fi
mount_root "$BUILD_ROOT"
# What Qt loads at run time: PyInstaller follows these to decide what the
# bundle carries and what it leaves to the system (the package's Depends),
# and the icons are drawn with QtGui here.
in_root "$BUILD_ROOT" apt-get install -y -q --no-install-recommends "${QT_RUNTIME_PACKAGES[@]}" \
  >/dev/null

if [ ! -e "$BUILD_ROOT$PY_PREFIX/.complete" ]; then
  echo "== Python 3.11 from Debian's source (upstream and its security fixes), glibc <= $PY_FLOOR"
  apt_dir="$ROOTS/apt-src"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/src"
  printf 'deb-src %s bookworm main\n' "$(host_mirror)" >"$apt_dir/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
            -o "Dir::State::Lists=$apt_dir/lists" -o "Acquire::Check-Valid-Until=false")
  apt-get "${apt_opts[@]}" update -q >/dev/null
  (cd "$apt_dir/src" && apt-get "${apt_opts[@]}" source --download-only -q python3.11 >/dev/null 2>&1)
  rm -rf "$BUILD_ROOT/build/python3.11"
  mkdir -p "$BUILD_ROOT/build"
  src="$BUILD_ROOT/build/python3.11"
  dpkg-source --no-check --skip-patches -x "$(ls "$apt_dir"/src/python3.11_*.dsc | tail -1)" \
    "$src" >/dev/null
  # Debian's own patches fit its layout (and turn ensurepip off); of them only
  # the upstream fixes – the CVEs and the backports – are applied.
  grep -E '^(CVE-|[0-9]{4}-3\.11-|relfile-|frame_dealloc|shutdown-deadlock)' \
    "$src/debian/patches/series" | while read -r fix; do
    patch -d "$src" -p1 -s --no-backup-if-mismatch <"$src/debian/patches/$fix"
  done
  # The CVE-2026-4224 fix calls the interpreter's internal API from pyexpat.c,
  # which Debian builds as a core module; built by setup.py here, it says so
  # itself, as the other modules that use that API do.
  if grep -q '"pycore_ceval.h"' "$src/Modules/pyexpat.c" &&
    ! grep -q Py_BUILD_CORE_MODULE "$src/Modules/pyexpat.c"; then
    sed -i '1i #ifndef Py_BUILD_CORE_BUILTIN\n#  define Py_BUILD_CORE_MODULE 1\n#endif' \
      "$src/Modules/pyexpat.c"
  fi
  rm -rf "$BUILD_ROOT$PY_PREFIX"
  python3 packaging/compat/glibc_floor_header.py "$BUILD_ROOT" "$PY_FLOOR" \
    >"$BUILD_ROOT/build/glibc-floor.h"
  cat "$BUILD_ROOT/build/glibc-floor.h"
  in_root "$BUILD_ROOT" bash -c "cd /build/python3.11 && \
    ./configure --prefix=$PY_PREFIX --enable-shared --with-ensurepip=install \
      ac_cv_func_sem_clockwait=no \
      CFLAGS='-include /build/glibc-floor.h' LDFLAGS='-Wl,-rpath,$PY_PREFIX/lib' \
      >/build/python-configure.log 2>&1 && \
    make -j$(nproc) >/build/python-make.log 2>&1 && make install >/build/python-install.log 2>&1" || {
    for log in "$BUILD_ROOT"/build/python-*.log; do tail -n 30 "$log" >&2; done
    exit 1
  }
  touch "$BUILD_ROOT$PY_PREFIX/.complete"
fi
in_root "$BUILD_ROOT" "$PY_PREFIX/bin/python3.11" -c \
  'import ssl, ctypes, sqlite3, lzma, bz2, zlib, uuid; print("Python", ssl.OPENSSL_VERSION)'

echo "== the project in a venv of that Python"
rm -rf "$BUILD_ROOT/src"
mkdir -p "$BUILD_ROOT/src"
tar -C "$REPO" --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./.git \
  --exclude='*/__pycache__' --exclude=./bench/out -cf - . | tar -C "$BUILD_ROOT/src" -xf -
cp /etc/ssl/certs/ca-certificates.crt "$BUILD_ROOT/etc/ssl/certs/host-ca.crt" 2>/dev/null || true
pip_env=(PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180)
[ -s "$BUILD_ROOT/etc/ssl/certs/host-ca.crt" ] && pip_env+=(PIP_CERT=/etc/ssl/certs/host-ca.crt)
in_root "$BUILD_ROOT" bash -c "rm -rf /opt/hotline-venv && $PY_PREFIX/bin/python3.11 -m venv /opt/hotline-venv"
in_root "$BUILD_ROOT" env "${pip_env[@]}" /opt/hotline-venv/bin/python -m pip install -q \
  -c "/src/packaging/compat/constraints-$ARCH.txt" "/src[postgres]" pyinstaller
in_root "$BUILD_ROOT" /opt/hotline-venv/bin/python -c \
  'import PySide6, hotline_desk; print("PySide6", PySide6.__version__, "hotline-desk", hotline_desk.__version__)'

echo "== the bundle and the .deb, built in the root"
in_root "$BUILD_ROOT" env HOTLINE_SYSTEM_LIBS=compat HOTLINE_GLIBC_FLOOR="$FLOOR" \
  bash /src/packaging/build-deb.sh /opt/hotline-venv/bin/python
mkdir -p dist
cp "$BUILD_ROOT"/src/dist/hotline-desk_*.deb dist/
APPID="$(in_root "$BUILD_ROOT" /opt/hotline-venv/bin/python -c 'import hotline_desk; print(hotline_desk.APP_ID)')"

echo "== every ELF file against the floor (glibc $FLOOR)"
python3 packaging/check_elf_floor.py "$BUILD_ROOT/src/build/deb/root/opt/apps/$APPID/files" \
  --glibc "$FLOOR" --glibcxx "$GLIBCXX" --cxxabi "$CXXABI"
echo "== $(ls dist/hotline-desk_*_"$ARCH".deb) built in $(( $(date +%s) - started )) s"
