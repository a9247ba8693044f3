#!/bin/sh
# Writes DIST/NAME.tar.gz (the binary, its man page, the bash, zsh and fish completions,
# README, LICENSE and CHANGELOG, under NAME/) and DIST/SHA256SUMS, the same bytes every
# time: names sorted, every file dated EPOCH and owned by root, modes fixed, and gzip
# without a name or time stamp.
# usage: dist.sh DIST NAME EPOCH
set -eu
dist=$1
name=$2
epoch=$3
stage=$dist/stage
rm -rf "$stage" "$dist/$name.tar.gz" "$dist/SHA256SUMS"
mkdir -p "$stage/$name/completions"
install -m 0755 "$dist/glide" "$stage/$name/glide"
install -m 0644 "$dist/glide.1" "$stage/$name/glide.1"
for file in glide.bash _glide glide.fish; do
  install -m 0644 "$dist/completions/$file" "$stage/$name/completions/$file"
done
for file in README.md LICENSE CHANGELOG.md; do
  install -m 0644 "$file" "$stage/$name/$file"
done
LC_ALL=C tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
  --mode='u+rwX,go+rX,go-w' --format=gnu -C "$stage" -cf - "$name" \
  | gzip -9n >"$dist/$name.tar.gz"
rm -rf "$stage"
(cd "$dist" && sha256sum "$name.tar.gz" >SHA256SUMS)
echo "$dist/$name.tar.gz"
