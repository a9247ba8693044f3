#!/bin/sh
# Gets ready what `make release` links with, or says in one line what is missing:
# libstdc++.a, linked into a folder of its own (LIBS) that the link puts first, so the
# runtime's `-lstdc++` takes the archive, not libstdc++.so; and lld, which the link uses.
# usage: release-prerequisites.sh SWIFT LIBS
set -eu
swift=$1
libs=$2
toolchain=$(dirname "$(readlink -f "$(command -v "$swift")")")
# The toolchain's own clang knows where the C++ library the runtime was built against
# is; a C or C++ compiler of the system finds the same file.
asked=""
archive=""
for compiler in "$toolchain/clang" c++ g++ gcc clang; do
  command -v "$compiler" >/dev/null 2>&1 || continue
  asked="$asked $compiler"
  found=$("$compiler" -print-file-name=libstdc++.a 2>/dev/null) || continue
  case $found in /*) [ -f "$found" ] && { archive=$found; break; } ;; esac
done
if [ -z "$archive" ]; then
  echo "make release: no libstdc++.a found (asked:${asked:- no compiler found}); install libstdc++-12-dev or newer (Debian, Ubuntu) or libstdc++-static (Fedora)" >&2
  exit 1
fi
if [ ! -x "$toolchain/ld.lld" ] && ! command -v ld.lld >/dev/null 2>&1; then
  echo "make release: ld.lld is neither beside $swift nor on PATH; the release links with lld (install lld)" >&2
  exit 1
fi
mkdir -p "$libs"
ln -sf "$archive" "$libs/libstdc++.a"
