/// Text written out as TOML (`glide build --save`, `glide config`): one way to quote, so
/// whatever Glide writes reads back as the same text.
enum TOMLString {
  /// A TOML basic string: quotes and backslashes escaped, control characters as `\uXXXX`.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
