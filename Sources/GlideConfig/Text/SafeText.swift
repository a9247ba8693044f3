/// Text from a file is drawn on the terminal: control characters and escape sequences
/// in it could move the cursor or retitle the window, so they are refused.
enum SafeText {
  /// The first control character in `text`, as `U+001B`, or nil when there is none.
  static func firstControl(in text: String) -> String? {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      }
    }
    return nil
  }
}
