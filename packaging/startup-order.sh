#!/bin/sh
# Writes packaging/startup-order.txt: the functions of the release binary that run when a
# command starts and through a session, hottest first, for lld to lay out first, together
# (`make release` passes it as --symbol-ordering-file), so fewer of the binary's pages are
# resident (docs/benchmarks.md has the figures). The list only orders code: a name it
# lacks is laid out as before, so a stale list costs memory, never correctness.
# usage: sh packaging/startup-order.sh          after `make release`, with valgrind, tmux,
#                                               python3 and objcopy: profile the commands
#                                               and a session, and write the list again
#        sh packaging/startup-order.sh --found BINARY
#                                               say how many listed names BINARY has, and
#                                               fail when under half (a list gone stale)
set -eu
list=packaging/startup-order.txt
if [ "${1:-}" = --found ]; then
  export LC_ALL=C
  [ -f "$2" ] || { echo "startup-order: no binary $2" >&2; exit 1; }
  symbols=$(nm "$2" 2>/dev/null) || true
  [ -n "$symbols" ] || { echo "startup-order: $2 has no symbols to look in (stripped?)" >&2; exit 1; }
  sorted=$(mktemp)
  sort -u "$list" > "$sorted"
  listed=$(wc -l < "$sorted")
  found=$(printf '%s\n' "$symbols" | awk '{ print $NF }' | sort -u | comm -12 - "$sorted" | wc -l)
  rm -f "$sorted"
  echo "startup-order: $found of $listed functions in $list are in $2"
  if [ $((found * 2)) -lt "$listed" ]; then
    echo "startup-order: the list is stale; run 'sh packaging/startup-order.sh' after 'make release'" >&2
    exit 1
  fi
  exit 0
fi
for tool in valgrind tmux python3 objcopy; do
  command -v $tool >/dev/null 2>&1 || { echo "startup-order: needs $tool" >&2; exit 1; }
done
binary=.build-static/release/glide
[ -x "$binary" ] || { echo "startup-order: run 'make release' first" >&2; exit 1; }
work=$(mktemp -d)
cleanup() { tmux -L glide-order kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# Valgrind 3.19 cannot read Swift 6's DWARF 5, so it reads the symbols of a copy without it.
objcopy --strip-debug "$binary" "$work/glide"
# A home of its own: the person's config, log and status are neither read nor written.
export HOME="$work/home"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME XDG_RUNTIME_DIR GLIDE_LOG
mkdir -p "$HOME"
profile() {
  name=$1
  shift
  valgrind --tool=callgrind --demangle=no --dump-instr=no \
    --callgrind-out-file="$work/cg.$name" "$work/glide" "$@" >/dev/null 2>&1 || true
}
profile version --version
profile help --help
for command in status remind history stats routines keys program next; do
  profile "$command" "$command"
done
profile show show desk-reset
# A whole session at 30 times the pace: its first frame, every kind of step, the summary.
tmux -L glide-order new-session -d -x 80 -y 24 \
  "valgrind --tool=callgrind --demangle=no --dump-instr=no \
    --callgrind-out-file=$work/cg.session $work/glide --no-bell --time-scale 30 desk-reset"
deadline=$(($(date +%s) + 180))
until tmux -L glide-order capture-pane -p | grep -q '^ *Time '; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "startup-order: the session did not end" >&2; exit 1; }
  sleep 1
done
tmux -L glide-order send-keys q
deadline=$(($(date +%s) + 60))
while tmux -L glide-order has-session 2>/dev/null; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "startup-order: the session did not quit" >&2; exit 1; }
  sleep 1
done
python3 packaging/startup-order.py "$work"/cg.* > "$list"
echo "startup-order: $(wc -l < "$list") functions in $list"
