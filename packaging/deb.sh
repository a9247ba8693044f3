#!/bin/sh
# Builds dist/glide_VERSION_ARCH.deb with dpkg-deb from what `make release` left in DIST:
# the binary, the man page, the completions, and the copyright.
# usage: deb.sh DIST
set -eu
dist=$1
version=$("$dist/glide" --version)
arch=$(dpkg --print-architecture)
root=$dist/deb-root
rm -rf "$root"

make --no-print-directory install-files DESTDIR="$root" PREFIX=/usr \
  ZSHDIR=/usr/share/zsh/vendor-completions
gzip -9n "$root/usr/share/man/man1/glide.1"
install -d "$root/usr/share/doc/glide"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: glide"
  echo
  echo "Files: *"
  echo "Copyright: 2026 The Glide authors"
  echo "License: MIT"
  sed -n '/^Permission/,$p' LICENSE | sed 's/^$/./; s/^/ /'
} > "$root/usr/share/doc/glide/copyright"
gzip -9nc CHANGELOG.md > "$root/usr/share/doc/glide/changelog.gz"

# Depends: the package of every shared library the binary loads (libc and ncurses; the
# Swift runtime is linked in), libc at least as new as the newest symbol it uses.
packages=$(ldd "$dist/glide" | awk '$3 ~ /^\// { print $3 }' | while read -r lib; do
  dpkg-query -S "$(readlink -f "$lib")" 2>/dev/null || dpkg-query -S "$lib"
done | cut -d: -f1 | sort -u)
glibc=$(objdump -T "$dist/glide" | grep -o 'GLIBC_[0-9.]*' | cut -d_ -f2 | sort -V | tail -n 1)
depends=""
for package in $packages; do
  entry=$package
  [ "$package" = libc6 ] && entry="libc6 (>= $glibc)"
  depends="${depends:+$depends, }$entry"
done

install -d "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: glide
Version: $version
Architecture: $arch
Maintainer: The Glide authors
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Section: utils
Priority: optional
Description: full-screen terminal timer for fascial training
 Glide walks you through a routine of foam rolling, sustained holds and
 stretches with paced breathing, then prompts the active reps that put the
 freed range to use. Big digits readable from the floor, bell or voice cues,
 forgiving keys, a summary and a session log with history and weekly stats.
CONTROL
dpkg-deb --root-owner-group --build "$root" "$dist/glide_${version}_${arch}.deb"
