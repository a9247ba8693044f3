#!/bin/sh
# Puts the sections swift-argument-parser's manual plugin cannot write (KEYS, ENVIRONMENT,
# FILES and Glide's own EXIT STATUS) into the page it generated, in place of its generic
# EXIT STATUS section.
# usage: man-sections.sh GENERATED.1 SECTIONS > glide.1
set -eu
generated=$1
sections=$2
grep -q '^\.Sh "*EXIT STATUS' "$generated" || {
  echo "man-sections.sh: $generated has no EXIT STATUS section to replace" >&2
  exit 1
}
awk -v sections="$sections" '
  /^\.Sh "?EXIT STATUS/ {
    while ((getline line < sections) > 0) print line
    skipping = 1
    next
  }
  /^\.Sh / { skipping = 0 }
  # A blank line in a command'"'"'s discussion is a paragraph break; mdoc wants .Pp there.
  !skipping { if ($0 == "") print ".Pp"; else print }
' "$generated"
