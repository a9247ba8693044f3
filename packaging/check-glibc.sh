#!/bin/sh
# Checks the oldest C library BINARY runs on against the floor README states: glibc 2.35
# (GLIBC_2.35, the newest symbol version it asks for, one of them hypotf from the Swift
# runtime); and that it asks nothing of a shared libstdc++, which `make release` links in
# (GLIBCXX_ none). A change that raises either fails here, so README is changed with it.
# usage: check-glibc.sh BINARY
set -eu
binary=$1
floor_glibc=2.35
needs=$(objdump -T "$binary")
newest() {
  printf '%s\n' "$needs" | grep -o "$1_[0-9.]*" | cut -d_ -f2 | sort -V | tail -n 1
}
glibc=$(newest GLIBC)
glibcxx=$(newest GLIBCXX)
status=0
if [ "$glibc" != "$floor_glibc" ]; then
  echo "check-glibc: $binary needs GLIBC_$glibc; README states $floor_glibc" >&2
  status=1
fi
if [ -n "$glibcxx" ]; then
  echo "check-glibc: $binary needs GLIBCXX_$glibcxx of a shared libstdc++; README says it is linked in" >&2
  status=1
fi
grep -q "glibc $floor_glibc" README.md || {
  echo "check-glibc: README.md does not state glibc $floor_glibc" >&2
  status=1
}
symbols=$(printf '%s\n' "$needs" | awk -v v="(GLIBC_$glibc)" '$0 ~ v { print $NF }' | sort -u | tr '\n' ' ')
[ $status = 0 ] && echo "check-glibc: needs GLIBC_$glibc (for $symbols), no GLIBCXX_, as README states"
exit $status
