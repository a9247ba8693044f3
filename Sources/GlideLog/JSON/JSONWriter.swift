import GlideCore

/// Writes JSON text with keys in a fixed order and numbers as people write them.
public enum JSONWriter {
  /// A JSON string literal.
  public static func string(_ text: String) -> String { TextEscaper.json.quoted(text) }

  /// Seconds with at most three decimals: `90`, `12.5`, `0.125`.
  static func seconds(_ value: Double) -> String {
    let millis = Int64((value * 1000).rounded())
    let whole = millis / 1000
    var fraction = abs(millis % 1000)
    guard fraction != 0 else { return String(whole) }
    var digits = 3
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let text = String(fraction)
    let sign = millis < 0 && whole == 0 ? "-" : ""
    return "\(sign)\(whole)." + String(repeating: "0", count: digits - text.count) + text
  }

  /// An optional value, or `null`.
  static func optional<T>(_ value: T?, _ write: (T) -> String) -> String {
    value.map(write) ?? "null"
  }
}
