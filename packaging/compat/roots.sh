# Shared by the scripts in packaging/compat (sourced, not run): where the
# system roots live, how one is made, and running a command inside one.
#
# A root is a Debian 11 ("bullseye") system made by debootstrap from the
# mirror this machine's apt already uses. The plain one is made once and
# kept as a tarball; a build root and a test root are unpacked from it.

SUITE="${HOTLINE_COMPAT_SUITE:-bullseye}"
ROOTS="${HOTLINE_ROOTS:-/var/cache/hotline-desk-roots}"

host_mirror() {  # the Debian mirror of this machine's apt sources
  local found=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    found=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$found" ] && [ -f /etc/apt/sources.list ]; then
    found=$(awk '$1=="deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list)
  fi
  echo "$found"
}

plain_root_tarball() {  # $1: architecture; makes the plain root once, prints the tarball
  local arch="$1" tarball="$ROOTS/$SUITE-$1-minbase.tar.gz" dir
  if [ ! -s "$tarball" ]; then
    mkdir -p "$ROOTS"
    dir=$(mktemp -d "$ROOTS/make-XXXXXX")
    debootstrap --variant=minbase --arch="$arch" "$SUITE" "$dir" "$(host_mirror)" >&2
    tar -C "$dir" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$dir"
  fi
  echo "$tarball"
}

new_root() {  # $1: architecture, $2: folder – a fresh root from the plain one
  rm -rf "$2"
  mkdir -p "$2"
  tar -C "$2" -xzf "$(plain_root_tarball "$1")"
  cp /etc/resolv.conf "$2/etc/resolv.conf" 2>/dev/null || true
}

mount_root() {  # $1: root – what programs inside need: /proc, /dev, /dev/pts, /dev/shm
  local root="$1"
  mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
  mountpoint -q "$root/dev" || mount --rbind /dev "$root/dev"
}

unmount_root() {
  local root="$1"
  umount -R "$root/dev" 2>/dev/null || umount -l "$root/dev" 2>/dev/null || true
  umount "$root/proc" 2>/dev/null || umount -l "$root/proc" 2>/dev/null || true
}

in_root() {  # $1: root, then the command (run by bash -c inside, as root)
  local root="$1"
  shift
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# What Qt loads at run time (the package's Depends say the same): a build root
# has them so PyInstaller can follow them, a smoke-test root to run the window.
QT_RUNTIME_PACKAGES=(
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libglib2.0-0 libdbus-1-3 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libxcb-xfixes0 libxcb-util1 libwayland-client0 libwayland-cursor0 libwayland-egl1 libcups2
  libgssapi-krb5-2
)
