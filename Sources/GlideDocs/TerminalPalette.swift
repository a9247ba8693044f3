import GlideRender

/// The colours a picture paints a theme's roles with: a dark terminal with the Tango
/// palette, the one many Linux terminals start with, so the pictures look like Glide in
/// an ordinary terminal rather than in one tuned for it.
public struct TerminalPalette: Hashable, Sendable {
  /// The terminal's background, `#rrggbb`.
  public var background: String
  /// The terminal's own foreground (a theme's `default`).
  public var foreground: String
  /// The 16 ANSI colours, 0-7 normal and 8-15 bright.
  public var ansi: [String]

  /// The palette every committed picture uses.
  public static let tango = TerminalPalette(
    background: "#1c1f22", foreground: "#d3d7cf",
    ansi: [
      "#2e3436", "#cc0000", "#4e9a06", "#c4a000", "#3465a4", "#75507b", "#06989a", "#d3d7cf",
      "#555753", "#ef2929", "#8ae234", "#fce94f", "#729fcf", "#ad7fa8", "#34e2e2", "#eeeeec",
    ])

  /// The colour a theme gives `role`, as SVG writes it.
  public func color(_ role: Role, in theme: Theme) -> String {
    switch theme.color(role) {
    case .terminalDefault: foreground
    case .ansi(let index): ansi.indices.contains(index) ? ansi[index] : foreground
    case .rgb(let red, let green, let blue): "#" + [red, green, blue].map(Self.hex).joined()
    }
  }

  /// Two lower-case hex digits.
  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }
}
