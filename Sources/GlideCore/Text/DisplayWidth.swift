/// How many terminal columns a character takes, as terminals draw it (their `wcwidth`):
/// East Asian wide and fullwidth characters and emoji take two, combining marks and
/// invisible format characters none, everything else one.
public enum DisplayWidth {
  /// Columns `scalar` takes: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    // Most text is Latin: decided without a lookup.
    if value < 0x300 { return 1 }
    if value < 0x1100 {
      return isZeroWidth(scalar) ? 0 : 1
    }
    if isWide(value) { return 2 }
    // Arrows, box drawing, blocks, shapes, symbols: no marks or format characters there,
    // and the bars draw dozens of block cells at every wake.
    if value >= 0x2100 && value < 0x2C00 { return 1 }
    if value >= 0x1160 && value <= 0x11FF { return 0 }  // Hangul medial vowels and finals
    return isZeroWidth(scalar) ? 0 : 1
  }

  /// Whether a zero-width scalar belongs to the character before it (a combining mark, a
  /// Hangul vowel or final), rather than being an invisible format character to drop.
  public static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value >= 0x1160 && scalar.value <= 0x11FF { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Columns `text` takes once drawn (control characters count as their visible escape).
  public static func of(_ text: String) -> Int {
    var total = 0
    for scalar in text.unicodeScalars {
      if scalar.value >= 0x20 && scalar.value < 0x7F {
        total += 1
      } else if DisplayText.isUnsafe(scalar) {
        total += DisplayText.escaped(String(scalar)).unicodeScalars.count
      } else {
        total += of(scalar)
      }
    }
    return total
  }

  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: true
    default: false
    }
  }

  private static func isWide(_ value: UInt32) -> Bool {
    guard value >= wide[0] else { return false }
    var low = 0
    var high = wide.count / 2 - 1
    while low <= high {
      let middle = (low + high) / 2
      if value < wide[2 * middle] {
        high = middle - 1
      } else if value > wide[2 * middle + 1] {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// East Asian Wide (W) and Fullwidth (F) ranges, sorted (checked against Unicode 14's
  /// EastAsianWidth.txt), as first, last pairs: an array of plain integers is laid out
  /// when the program is built, where one of ranges was built at its first use, 186 k
  /// instructions into every command that measured an arrow.
  private static let wide: [UInt32] = [
    0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
    0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
    0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
    0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
    0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
    0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
    0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
    0x2E80, 0x303E, 0x3041, 0x3247, 0x3250, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF,
    0xA000, 0xA4CF,
    0xA960, 0xA97F, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F,
    0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4, 0x16FF0, 0x16FF1, 0x17000, 0x18D08,
    0x1AFF0, 0x1AFFE,
    0x1B000, 0x1B2FF, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
    0x1F191, 0x1F19A, 0x1F200, 0x1F251, 0x1F260, 0x1F265, 0x1F300, 0x1F320,
    0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA,
    0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
    0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E,
    0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4,
    0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2,
    0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
    0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945,
    0x1F947, 0x1F9FF, 0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
  ]
}
