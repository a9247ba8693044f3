extension Cell {
  /// The character to show on a terminal that cannot show non-ASCII text (a C or POSIX
  /// locale): blocks become `#`, shading `.`, box lines `+ - |`, other symbols their
  /// nearest ASCII look-alike.
  public var asciiCharacter: Unicode.Scalar {
    if character.isASCII { return character }
    switch character {
    case "█": return "#"
    case "░": return "."
    case "·": return "-"
    case "…": return "~"
    case "─": return "-"
    case "│": return "|"
    case "┌", "┐", "└", "┘": return "+"
    case "×": return "x"
    case "→": return ">"
    case "←": return "<"
    case "↑": return "^"
    case "↓": return "v"
    case "✓": return "*"
    default: return "?"
    }
  }
}
