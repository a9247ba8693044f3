#!/bin/sh
# Writes the bash, zsh and fish completions swift-argument-parser generates for GLIDE into
# FOLDER. `glide ROUTINE` runs a routine (run is the default command), so at the first
# word bash offers routine ids beside the commands: the generated script offers only the
# commands there, and gets one line added.
# usage: completions.sh GLIDE FOLDER
set -eu
glide=$1
folder=$2
mkdir -p "$folder"
"$glide" --generate-completion-script bash >"$folder/glide.bash.generated"
"$glide" --generate-completion-script zsh >"$folder/_glide"
"$glide" --generate-completion-script fish >"$folder/glide.fish"

anchor="COMPREPLY+=(\$(compgen -W 'run "
grep -qF "$anchor" "$folder/glide.bash.generated" || {
  echo "completions.sh: the generated bash script has no line offering the commands" >&2
  exit 1
}
awk -v anchor="$anchor" '
  { print }
  index($0, anchor) {
    print "        __glide_add_completions -W \"$(__glide_custom_complete ---completion run -- positional@0 \"${COMP_CWORD}\" \"$(__glide_cursor_index_in_current_word)\")\""
  }
' "$folder/glide.bash.generated" >"$folder/glide.bash"
rm "$folder/glide.bash.generated"
