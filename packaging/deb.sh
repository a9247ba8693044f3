#!/bin/sh
# Builds dist/glide_VERSION_ARCH.deb with dpkg-deb from what `make release` left in DIST:
# the binary, the man page, the completions, the copyright and the changelog; its
# Depends from dpkg-shlibdeps. Files are dated from SOURCE_DATE_EPOCH when set.
# DEB_MAINTAINER overrides the Maintainer field.
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
gzip -9nc CHANGELOG.md > "$root/usr/share/doc/glide/CHANGELOG.md.gz"

# Depends: what dpkg-shlibdeps finds the binary needs (libc, libgcc and ncurses, each at
# least as new as the newest symbol it uses; the Swift runtime and libstdc++ are linked
# in). It reads a debian/control, so it runs in a scratch folder holding a stub of one.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/debian"
printf 'Source: glide\n\nPackage: glide\nArchitecture: any\n' >"$scratch/debian/control"
binary=$(cd "$(dirname "$dist/glide")" && pwd)/glide
depends=$(cd "$scratch" && dpkg-shlibdeps -O "$binary" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || {
  echo "deb.sh: dpkg-shlibdeps found no dependencies for $binary" >&2
  exit 1
}
maintainer=${DEB_MAINTAINER:-The Glide authors <glide@users.noreply.github.com>}

# A native package's changelog.gz is read as a Debian changelog: one entry for the
# release, pointing at the project's own.
released=$(sed -n 's/^## \[[0-9][0-9.]*\] - \([0-9-]*\).*/\1/p' CHANGELOG.md | head -n 1)
{
  echo "glide ($version) unstable; urgency=medium"
  echo
  echo "  * Glide $version; what changed is in /usr/share/doc/glide/CHANGELOG.md.gz."
  echo
  echo " -- $maintainer  $(LC_ALL=C date -u -R -d "$released 00:00:00")"
} | gzip -9n > "$root/usr/share/doc/glide/changelog.gz"

install -d "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: glide
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Recommends: pipewire-bin | pulseaudio-utils | alsa-utils
Suggests: espeak-ng, libnotify-bin
Section: utils
Priority: optional
Description: full-screen terminal timer for fascial training
 Glide walks you through a routine of foam rolling, sustained holds and
 stretches with paced breathing, then prompts the active reps that put the
 freed range to use. Big digits readable from the floor, bell or voice cues,
 forgiving keys, a summary and a session log with history and weekly stats.
 .
 Sounds play through pw-play, paplay or aplay (Recommends); spoken cues use
 espeak-ng and reminders notify-send (Suggests).
CONTROL
# Every file dated the release's time, so two builds of one commit are the same bytes.
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
fi
dpkg-deb --root-owner-group --build "$root" "$dist/glide_${version}_${arch}.deb"
