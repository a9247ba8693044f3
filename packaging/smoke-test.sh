#!/bin/sh
# Installs what `make release` built into a temporary DESTDIR and tries it the way a person
# on another machine would: no Swift toolchain in reach, a bare environment. Then
# uninstalls and checks nothing is left behind.
# usage: packaging/smoke-test.sh   (from the package root, after `make release`)
set -eu
root=$(mktemp -d /tmp/glide-smoke.XXXXXX)
trap 'rm -rf "$root"' EXIT
prefix=/usr/local
bin=$root$prefix/bin/glide
failures=0
fail() {
  echo "smoke test: FAIL: $*" >&2
  failures=$((failures + 1))
}
# A bare environment: only /usr/bin and /bin, a home of its own, no LD_LIBRARY_PATH.
run() {
  env -i PATH=/usr/bin:/bin HOME="$root/home" LANG=C.UTF-8 ${TZ:+TZ=$TZ} "$@"
}

make --no-print-directory install-files DESTDIR="$root" PREFIX=$prefix >/dev/null
mkdir -p "$root/home"

# The Swift runtime is linked in: nothing of the toolchain is loaded or searched.
if ldd "$bin" | grep -q libswift; then fail "ldd lists a Swift library"; fi
if readelf -d "$bin" | grep -E 'RPATH|RUNPATH' | grep -q swift; then
  fail "the binary searches the toolchain's folder"
fi

# Where unshare may mount, hide the toolchain's folder altogether and run from there.
toolchain=$(command -v swift >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v swift)")")" || true)
if [ -n "$toolchain" ] && unshare -m true 2>/dev/null; then
  hidden=$(unshare -m sh -c "mount -t tmpfs none '$toolchain' && ls -A '$toolchain' | wc -l && \
    env -i PATH=/usr/bin:/bin HOME='$root/home' '$bin' routines" 2>&1) || true
  case $hidden in
  0*desk-reset*) ;;
  *) fail "with $toolchain hidden: $hidden" ;;
  esac
fi

version=$(sed -n 's/^## \[\([0-9][0-9.]*\)\].*/\1/p' CHANGELOG.md | head -n 1)
[ "$(run "$bin" --version)" = "$version" ] || fail "--version is not $version"
run "$bin" routines | grep -q '^desk-reset ' || fail "routines does not list desk-reset"
run "$bin" show pre-run | grep -q 'Pre-run' || fail "show pre-run"
run "$bin" check Sources/GlideConfig/Catalog/long-holds.toml Themes/gruvbox.toml >/dev/null \
  || fail "check on shipped files"
run "$bin" config | grep -q '^routine = "desk-reset" *# default$' || fail "config"
status=0
run "$bin" histroy >/dev/null 2>&1 || status=$?
[ "$status" = 2 ] || fail "a mistyped command exits $status, not 2"

# Local time comes from libc's localtime_r, which a static Swift runtime does not change.
log=$root/log.jsonl
printf '%s\n' '{"v":1,"id":"smoke","routine":"desk-reset","routine_name":"Desk reset","started_at":"2026-11-21T07:30:00Z","ended_at":"2026-11-21T07:39:00Z","outcome":"completed","planned_seconds":536,"active_seconds":540,"paused_seconds":0,"steps":[]}' >"$log"
TZ=America/New_York run "$bin" history --log "$log" | grep -q '2026-11-21 02:30' \
  || fail "history in America/New_York"
TZ=Asia/Kolkata run "$bin" history --log "$log" | grep -q '2026-11-21 13:00' \
  || fail "history in Asia/Kolkata"

# A session on a real terminal: ncurses and terminfo come from the system.
if command -v tmux >/dev/null 2>&1; then
  socket=glide-smoke-$$
  tmux -L "$socket" -f /dev/null new-session -d -x 80 -y 24 \
    env -i PATH=/usr/bin:/bin HOME="$root/home" TERM=tmux-256color LANG=C.UTF-8 \
    sh -c "'$bin' run down-shift --no-bell; echo EXIT=\$?; sleep 30"
  seen=""
  for _ in $(seq 100); do
    screen=$(tmux -L "$socket" capture-pane -p 2>/dev/null || true)
    case $seen:$screen in
    :*"GET READY"*) seen=ready; tmux -L "$socket" send-keys q y ;;
    ready:*"Session ended early"*) seen=ended; tmux -L "$socket" send-keys x ;;
    ended:*EXIT=*) seen=exited; break ;;
    esac
    sleep 0.1
  done
  tmux -L "$socket" kill-server 2>/dev/null || true
  [ "$seen" = exited ] || fail "a session in tmux got only as far as '${seen:-nothing}'"
fi

page=$root$prefix/share/man/man1/glide.1
warnings=$(MANWIDTH=80 man -l "$page" 2>&1 >/dev/null) || fail "man -l failed"
[ -z "$warnings" ] || fail "man -l: $warnings"
text=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
for section in NAME SYNOPSIS DESCRIPTION KEYS ENVIRONMENT FILES 'EXIT STATUS' EXAMPLES; do
  printf '%s\n' "$text" | grep -q "^$section\$" || fail "the man page has no $section"
done

bash -n "$root$prefix/share/bash-completion/completions/glide" || fail "bash -n"
if command -v zsh >/dev/null 2>&1; then
  zsh -n "$root$prefix/share/zsh/site-functions/_glide" || fail "zsh -n"
fi
if command -v fish >/dev/null 2>&1; then
  fish -n "$root$prefix/share/fish/vendor_completions.d/glide.fish" || fail "fish -n"
fi

make --no-print-directory uninstall DESTDIR="$root" PREFIX=$prefix >/dev/null
left=$(find "$root$prefix" -type f)
[ -z "$left" ] || fail "uninstall left $left"

if [ "$failures" -gt 0 ]; then
  echo "smoke test: $failures failed" >&2
  exit 1
fi
echo "smoke test: the installed glide $version works without the toolchain"
