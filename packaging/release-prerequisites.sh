#!/bin/sh
# Gets the static build's scratch folder and what `make release` links with ready, or
# says in one line each what is missing:
# - The scratch folder starts afresh when the release's flags change, since SwiftPM
#   rebuilds no object for a flag such as -function-sections alone; when only the
#   ordering list changes, the binary is removed so it is linked again, which SwiftPM
#   would not do for a file it does not know it reads. The flags and the list's checksum
#   are kept in SCRATCH/release-flags.
# - libstdc++.a, linked into SCRATCH/static-libs, a folder the link puts first, so the
#   runtime's `-lstdc++` takes the archive, not libstdc++.so; and lld, which links.
# usage: release-prerequisites.sh SWIFT SCRATCH LIST FLAGS...
set -eu
swift=$1
scratch=$2
list=$3
shift 3
if ! command -v "$swift" >/dev/null 2>&1; then
  echo "make release: '$swift' is not on PATH; install Swift 6" >&2
  exit 1
fi
toolchain=$(dirname "$(readlink -f "$(command -v "$swift")")")
missing=0
# The toolchain's own clang knows where the C++ library the runtime was built against
# is; a C or C++ compiler of the system finds the same file.
asked=""
archive=""
for compiler in "$toolchain/clang" c++ g++ gcc; do
  command -v "$compiler" >/dev/null 2>&1 || continue
  asked="$asked $compiler"
  found=$("$compiler" -print-file-name=libstdc++.a 2>/dev/null) || continue
  case $found in /*) [ -f "$found" ] && { archive=$found; break; } ;; esac
done
if [ -z "$archive" ]; then
  echo "make release: no libstdc++.a found (asked:${asked:- no compiler found}); install libstdc++-12-dev or newer (Debian, Ubuntu) or libstdc++-static (Fedora)" >&2
  missing=1
fi
if [ ! -x "$toolchain/ld.lld" ] && ! command -v ld.lld >/dev/null 2>&1; then
  echo "make release: ld.lld is neither beside $swift nor on PATH; the release links with lld (install lld)" >&2
  missing=1
fi
[ "$missing" = 0 ] || exit 1

stamp=$scratch/release-flags
flags=$*
sum=$(sha256sum "$list" | cut -d ' ' -f 1)
if [ -d "$scratch" ] && [ "$(sed -n 1p "$stamp" 2>/dev/null)" != "$flags" ]; then
  # Only a folder this script keeps is emptied: a STATIC_BUILD set to another build's
  # folder is refused rather than wiped.
  if [ ! -f "$stamp" ] && [ "$(basename "$scratch")" != .build-static ]; then
    echo "make release: $scratch holds no release build of this Makefile's; remove it or choose another STATIC_BUILD" >&2
    exit 1
  fi
  rm -rf "$scratch"
elif [ "$(sed -n 2p "$stamp" 2>/dev/null)" != "$sum" ]; then
  rm -f "$scratch/release/glide"
fi
mkdir -p "$scratch/static-libs"
printf '%s\n%s\n' "$flags" "$sum" > "$stamp"
ln -sf "$archive" "$scratch/static-libs/libstdc++.a"
