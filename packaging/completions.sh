#!/bin/sh
# Writes the bash, zsh and fish completions swift-argument-parser generates for GLIDE into
# FOLDER, with what the generator cannot know added to each:
#   - `glide ROUTINE` runs a routine (run is the default command), so the first word
#     offers routine ids (and .toml files) beside the commands;
#   - `glide help COMMAND` offers the commands;
#   - bash falls back to file names where Glide offers nothing;
#   - the bash script, sourced rather than run, loses its #! line.
# Options with a fixed set of values, and arguments naming routines, themes, programs or
# areas, declare their completions in the command definitions; nothing here lists them.
# usage: completions.sh GLIDE FOLDER
set -eu
glide=$1
folder=$2
mkdir -p "$folder"
"$glide" --generate-completion-script bash >"$folder/glide.bash.generated"
"$glide" --generate-completion-script zsh >"$folder/_glide.generated"
"$glide" --generate-completion-script fish >"$folder/glide.fish.generated"

fail() {
  echo "completions.sh: $*" >&2
  exit 1
}

# The commands, as the generated bash script offers them at the first word.
anchor="COMPREPLY+=(\$(compgen -W 'run "
line=$(grep -F "$anchor" "$folder/glide.bash.generated" | head -n 1) \
  || fail "the generated bash script has no line offering the commands"
commands=$(printf '%s\n' "$line" | sed "s/.*compgen -W '\([^']*\)'.*/\1/")
routines='__glide_custom_complete ---completion run -- positional@0'

awk -v anchor="$anchor" -v commands="$commands" '
  { print }
  index($0, anchor) {
    print "        __glide_add_completions -W \"$(__glide_custom_complete ---completion run -- positional@0 \"${COMP_CWORD}\" \"$(__glide_cursor_index_in_current_word)\")\""
  }
  /^_glide_help\(\) \{/ { help = 1 }
  help && /__glide_offer_flags_options/ {
    print "    COMPREPLY+=($(compgen -W '"'"'" commands "'"'"' -- \"${cur}\"))"
    help = 0
  }
' "$folder/glide.bash.generated" |
  sed '1{/^#!/d;}; s/^complete -o filenames -F _glide glide$/complete -o filenames -o bashdefault -o default -F _glide glide/' \
    >"$folder/glide.bash"
grep -q -- '-o default -F _glide glide$' "$folder/glide.bash" \
  || fail "the generated bash script registers _glide in a way this script does not know"

awk -v commands="$commands" -v routines="$routines" '
  { print }
  /_describe -V subcommand subcommands && ret=0/ && !done {
    print "        " routines " \"${current_word_index}\" \"$(__glide_cursor_index_in_current_word)\" && ret=0"
    done = 1
  }
' "$folder/_glide.generated" |
  awk -v commands="$commands" '
    /^_glide_help\(\) \{/ { help = 1 }
    help && /'"'"'\*:subcommands:'"'"'/ { sub(/\*:subcommands:/, "*:subcommands:(" commands ")"); help = 0 }
    { print }
  ' >"$folder/_glide"
grep -q "$routines" "$folder/_glide" || fail "the generated zsh script offers no commands"

{
  cat "$folder/glide.fish.generated"
  echo "complete -c 'glide' -n '__glide_should_offer_completions_for_positional \"glide\" -eq 1' -fka '($routines (count (__glide_tokens -pc)) (__glide_tokens -tC))'"
  echo "complete -c 'glide' -n '__glide_should_offer_completions_for_positional \"glide help\" -ge 1' -fa '$commands'"
} >"$folder/glide.fish"
grep -q '__glide_custom_completion' "$folder/glide.fish.generated" \
  || fail "the generated fish script has no custom completion function"
sed -i "s/$routines (count/__glide_custom_completion ---completion run -- positional@0 (count/" "$folder/glide.fish"
# The cursor's place in the word, as the parser asks for it: fish before 4 gives nothing
# for `commandline -tC`, which shifted the arguments and made every custom completion fail.
sed -i 's/(__glide_tokens -tC)/(string length -- "$(commandline -ct)")/g' "$folder/glide.fish"
grep -q '__glide_tokens -tC' "$folder/glide.fish" && fail "fish: the cursor index is still asked of commandline -tC"

rm "$folder/glide.bash.generated" "$folder/_glide.generated" "$folder/glide.fish.generated"
