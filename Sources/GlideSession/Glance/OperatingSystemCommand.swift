import GlideCore

/// Operating System Commands (`ESC ] ... BEL`), with the text in them made safe: the text
/// passes `DisplayText.escaped`, so no control byte (BEL, ESC, the C1 string terminator)
/// can end the command early and let the rest reach the terminal as commands of its own.
enum OperatingSystemCommand {
  /// The longest text put in one command; terminals cap them, and a title is read at a
  /// glance.
  static let maximumText = 200

  /// `ESC ] parameters BEL`, each parameter made safe, separated by `;`.
  static func bytes(_ parameters: [String]) -> [UInt8] {
    var bytes: [UInt8] = [0x1B, 0x5D]
    bytes.reserveCapacity(parameters.reduce(3) { $0 + $1.utf8.count + 1 })
    for (index, parameter) in parameters.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ";")) }
      bytes.append(contentsOf: parameter.utf8)
    }
    bytes.append(0x07)
    return bytes
  }

  /// `text` made safe for a command: controls escaped visibly, at most `maximumText`
  /// characters, and `;` replaced where it would start a new parameter.
  static func safe(_ text: String, allowSemicolon: Bool = true) -> String {
    var result = DisplayText.escaped(text)
    if !allowSemicolon { result = String(result.map { $0 == ";" ? "," : $0 }) }
    // Counting characters walks the text; a text of fewer bytes has fewer characters.
    if result.utf8.count > maximumText, result.count > maximumText {
      result = String(result.prefix(maximumText - 1)) + "…"
    }
    return result
  }
}
