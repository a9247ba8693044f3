#!/bin/sh
# Puts the sections swift-argument-parser's manual plugin cannot write (KEYS,
# ENVIRONMENT, FILES, Glide's own EXIT STATUS and EXAMPLES, which `glide-docs
# man-sections` prints from the code's tables) into the page it generated, in place of
# its generic EXIT STATUS section, and lays the plugin's text out as mdoc wants it: a
# paragraph break for a blank line, each sentence on a line of its own, no line over 80
# bytes, so `mandoc -Tlint` has nothing to say. The examples at the end of the description
# are left out there, being the EXAMPLES section.
# usage: man-sections.sh GENERATED.1 SECTIONS > glide.1
set -eu
generated=$1
sections=$2
grep -q '^\.Sh "*EXIT STATUS' "$generated" || {
  echo "man-sections.sh: $generated has no EXIT STATUS section to replace" >&2
  exit 1
}
awk -v sections="$sections" '
  function emit(text,    line, word, n, i, words) {
    n = split(text, words, " ")
    line = ""
    for (i = 1; i <= n; i++) {
      word = words[i]
      if (line != "" && length(line) + 1 + length(word) > 78) { out(line); line = word }
      else line = (line == "" ? word : line " " word)
      # A sentence ends the line (mandoc: "new sentence, new line").
      if (word ~ /[.?!]$/ && word !~ /^[.?!]$/ && word !~ /^(e\.g\.|i\.e\.|etc\.)$/ && word !~ /\.\.\.$/ && i < n) { out(line); line = "" }
    }
    if (line != "") out(line)
  }
  function out(line) {
    if (line ~ /^[.'"'"']/) line = "\\&" line
    print line
  }
  /^\.Sh "?EXIT STATUS/ {
    while ((getline line < sections) > 0) {
      if (line ~ /^\./) print line
      else emit(line)
    }
    skipping = 1
    next
  }
  /^\.Sh / { skipping = 0 }
  skipping { next }
  # The examples `--help` ends its description with are the EXAMPLES section of the page;
  # in DESCRIPTION they would run together as one paragraph.
  $0 == "Examples:" { examples = 1; pp = 0; next }
  examples && /^\./ { examples = 0 }
  examples { next }
  # A blank line in a command'"'"'s discussion is a paragraph break; mdoc wants .Pp there,
  # but not before a list or a section, nor where the examples were left out.
  $0 == "" { pp = 1; next }
  pp { if ($0 !~ /^\.(Bl|El|Sh|Ss|Pp)/) print ".Pp"; pp = 0 }
  # The one-line description takes no full stop.
  /^\.Nd .*\."?$/ { sub(/\."?$/, ""); if ($0 ~ /^\.Nd "/) $0 = $0 "\""; print; next }
  /^\./ { print; next }
  { emit($0) }
' "$generated"
