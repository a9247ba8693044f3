/// A role's colour as a terminal with a given number of colours draws it: a colour
/// number, or the terminal's default foreground, and whether bold must carry the
/// brightness the colour number cannot.
public struct TerminalColor: Hashable, Sendable {
  /// The colour number; -1 for the terminal's default foreground.
  public var index: Int
  /// Whether the text is drawn bold: on 8 colours, a bright colour is its normal colour
  /// in bold, which such terminals (the Linux console, xterm) show bright.
  public var bold: Bool

  /// A colour number, drawn bold or not.
  public init(index: Int, bold: Bool = false) {
    self.index = index
    self.bold = bold
  }

  /// The terminal's own foreground, readable on its own background by definition.
  public static let terminalDefault = TerminalColor(index: -1)

  /// The contrast every coloured text keeps against a black background (WCAG's ratio;
  /// 3:1 is its floor for large text, and Glide's words are read from across a room).
  public static let minimumContrast = 3.0

  /// The RGB the colour shows as (bold lifting a normal colour to its bright one), or
  /// nil for the terminal's default.
  public var rgb: (Int, Int, Int)? {
    guard index >= 0 else { return nil }
    return ThemeColor.rgb(ofIndex: bold && index < 8 ? index + 8 : index)
  }

  /// Its contrast against black; the terminal's default counts as readable.
  public var contrastOnBlack: Double {
    guard let rgb else { return .infinity }
    return ThemeColor.contrast(rgb, (0, 0, 0))
  }
}

extension ThemeColor {
  /// The colour as a terminal with `available` colours should draw it so it is always
  /// read: never black, the usual background (a colour that would be black, like
  /// bright-black folded onto 8 colours, is drawn in the default foreground at normal
  /// intensity); a colour too dark against black is drawn bright, or bold where the
  /// terminal has no bright colours.
  public func readable(forTerminalColors available: Int) -> TerminalColor {
    var color: TerminalColor
    switch self {
    case .terminalDefault:
      return .terminalDefault
    case .ansi(let n) where available < 16 && n >= 8:
      // No grey on 8 colours: dim text keeps the default colour at normal intensity.
      if n == 8 { return .terminalDefault }
      color = TerminalColor(index: n - 8, bold: true)
    case .ansi(let n):
      color = TerminalColor(index: n)
    case .rgb(let r, let g, let b):
      guard available < 256 else {
        return Self.lifted(TerminalColor(index: Self.xterm256(Int(r), Int(g), Int(b))))
      }
      // The nearest colour other than black.
      let palette = Array(Self.ansiRGB.prefix(available >= 16 ? 16 : 8).dropFirst())
      color = TerminalColor(index: 1 + Self.nearest(Int(r), Int(g), Int(b), in: palette))
    }
    if color.index == 0 { return .terminalDefault }
    guard color.contrastOnBlack < TerminalColor.minimumContrast, color.index < 8 else {
      return color
    }
    return available >= 16
      ? TerminalColor(index: color.index + 8) : TerminalColor(index: color.index, bold: true)
  }

  /// A colour of the 256 lifted along xterm's grey ramp, or to the default foreground,
  /// until it reads against black.
  static func lifted(_ color: TerminalColor) -> TerminalColor {
    var color = color
    while color.contrastOnBlack < TerminalColor.minimumContrast {
      guard color.index >= 232, color.index < 255 else { return .terminalDefault }
      color.index += 1
    }
    return color
  }

  /// The RGB of a colour number as xterm shows it: the 16, the 6x6x6 cube, the greys.
  public static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
    if index < 16 { return ansiRGB[max(0, index)] }
    if index >= 232 {
      let value = 8 + 10 * (index - 232)
      return (value, value, value)
    }
    let levels = [0, 95, 135, 175, 215, 255]
    let cube = index - 16
    return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
  }

  /// WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black and white).
  public static func contrast(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
    func linear(_ value: Int) -> Double {
      let c = Double(value) / 255
      return c <= 0.039_28 ? c / 12.92 : power2point4((c + 0.055) / 1.055)
    }
    func luminance(_ rgb: (Int, Int, Int)) -> Double {
      0.2126 * linear(rgb.0) + 0.7152 * linear(rgb.1) + 0.0722 * linear(rgb.2)
    }
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }
}

/// `x` to the power 2.4, for `x` in 0...1, without a maths library: `x² · (x²)^(1/5)`,
/// the fifth root by Newton's method.
private func power2point4(_ x: Double) -> Double {
  let square = x * x
  guard square > 0 else { return 0 }
  var root = 1.0
  for _ in 0..<40 {
    let fourth = root * root * root * root
    root -= (fourth * root - square) / (5 * fourth)
  }
  return square * root
}
