/// A colour as a theme file writes it.
public enum ThemeColor: Hashable, Sendable {
  /// The terminal's own foreground.
  case terminalDefault
  /// One of the 16 ANSI colours: 0-7 normal, 8-15 bright.
  case ansi(Int)
  /// A 24-bit colour, mapped to the nearest the terminal has.
  case rgb(UInt8, UInt8, UInt8)

  /// The ANSI colour names a theme may use, in colour-number order.
  public static let ansiNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
    "bright-magenta", "bright-cyan", "bright-white",
  ]

  /// Parses `default`, an ANSI name (`bright-cyan`, `grey` for bright-black) or `#rrggbb`.
  public init?(_ text: String) {
    let lower = text.lowercased()
    if lower == "default" {
      self = .terminalDefault
    } else if let index = Self.ansiNames.firstIndex(of: lower) {
      self = .ansi(index)
    } else if lower == "grey" || lower == "gray" {
      self = .ansi(8)
    } else if lower.count == 7, lower.first == "#",
      let value = UInt32(lower.dropFirst(), radix: 16)
    {
      self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    } else {
      return nil
    }
  }
}

/// A name and a colour for every role.
public struct Theme: Hashable, Sendable {
  /// The theme's name.
  public var name: String
  /// Each role's colour; a missing role uses the terminal's default.
  public var colors: [Role: ThemeColor]

  /// Creates a theme.
  public init(name: String, colors: [Role: ThemeColor]) {
    self.name = name
    self.colors = colors
  }

  /// The colour of a role.
  public func color(_ role: Role) -> ThemeColor { colors[role] ?? .terminalDefault }

  /// Whether every role is the terminal's default (bold and reverse carry the meaning).
  public var isMonochrome: Bool { Role.allCases.allSatisfy { color($0) == .terminalDefault } }

  /// No colour at all: for NO_COLOR and terminals without colours.
  public static let mono = Theme(name: "mono", colors: [:])
}
