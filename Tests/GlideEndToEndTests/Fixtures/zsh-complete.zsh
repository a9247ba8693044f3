#!/usr/bin/env zsh
# Prints what zsh's completion system offers for a command line, one candidate a line:
# an interactive zsh on a pseudo-terminal (zpty) loads the completion functions in FOLDER
# with compinit, is sent the line and a TAB, and reports every candidate compadd is given.
# usage: zsh-complete.zsh FOLDER LINE
zmodload zsh/zpty || exit 2
folder=$1
typed=$2
zpty glide_completion zsh -f -i
send() { zpty -w glide_completion "$1" }
send "PROMPT= RPROMPT= PS2="
send "fpath=(${(q)folder} \$fpath); autoload -U compinit; compinit -u -D"
send "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
# Each candidate goes out with a mark before it; with -O, -A or -D compadd is asked for
# matches, not given candidates, and is left alone.
send 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a hits; builtin compadd -A hits "$@"
  local hit; for hit in $hits; do print -r -- "<cand""idate>$hit"; done
  builtin compadd "$@"
}'
send 'finish() { print -r -- "<fini""shed>"; exit }; comppostfuncs=(finish)'
zpty -w -n glide_completion "$typed"$'\t'
# Read until the completion says it is done, for at most 20 seconds of reads.
integer deadline=$(( SECONDS + 20 ))
local line
while (( SECONDS < deadline )); do
  if zpty -r -t glide_completion line; then
    [[ $line == *'<finished>'* ]] && break
    [[ $line == *'<candidate>'* ]] && print -r -- "${${line##*<candidate>}%%$'\r'*}"
  else
    sleep 0.05
  fi
done
zpty -d glide_completion
