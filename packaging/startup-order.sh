#!/bin/sh
# Writes packaging/startup-order.txt: the functions of the release binary that run when a
# command starts and through a session, hottest first, for the linker to lay out side by
# side (`make release` passes it as lld's --symbol-ordering-file). Start-up then touches a
# few hundred kilobytes of code, not pages scattered over 11 MB, so a session's resident
# memory is about 2.5 MB smaller (docs/benchmarks.md). The list only orders code: a name
# it lacks is laid out as before, so a stale list costs memory, never correctness.
# Needs valgrind and tmux; run after `make release` from the package root, when the code
# that starts up has changed much: sh packaging/startup-order.sh
set -eu
binary=.build-static/release/glide
[ -x "$binary" ] || { echo "startup-order: run 'make release' first" >&2; exit 1; }
work=$(mktemp -d)
trap 'tmux -L glide-order kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
# Valgrind 3.19 cannot read Swift 6's DWARF 5, so it reads the symbols of a copy without it.
objcopy --strip-debug "$binary" "$work/glide"
export HOME="$work/home"
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
deadline=$(($(date +%s) + 120))
until tmux -L glide-order capture-pane -p | grep -q '^Time '; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "startup-order: the session did not end" >&2; exit 1; }
  sleep 1
done
tmux -L glide-order send-keys q
while tmux -L glide-order has-session 2>/dev/null; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "startup-order: the session did not quit" >&2; exit 1; }
  sleep 1
done
python3 packaging/startup-order.py "$work"/cg.* > packaging/startup-order.txt
echo "startup-order: $(wc -l < packaging/startup-order.txt) functions in packaging/startup-order.txt"
