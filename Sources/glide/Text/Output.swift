import GlideCore
import GlideSystem

/// The one way the commands print: every line on stdout and stderr passes here, so text
/// that came from a file, a file name, an id, a key name, a value echoed in an error or a
/// log line reaches the terminal with its control characters shown escaped (`\u001b`),
/// never raw. Glide's own layout never needs a control character inside a line.
enum Output {
  /// Prints one line on standard output.
  static func line(_ text: String) {
    print(DisplayText.escaped(text))
  }

  /// Prints each line on standard output.
  static func lines(_ texts: [String]) {
    for text in texts { line(text) }
  }

  /// Prints one line on standard error.
  static func error(_ text: String) {
    writeError(DisplayText.escaped(text) + "\n")
  }

  /// Prints a stored JSON line on standard output, still valid JSON: a character that must
  /// not reach the terminal raw (C1 controls, DEL, separators and bidi controls, which
  /// JSON allows unescaped) is written as a JSON escape, which means the same string.
  static func jsonLine(_ text: String, toError: Bool = false) {
    let write = { (line: String) in toError ? writeError(line + "\n") : print(line) }
    guard text.unicodeScalars.contains(where: { DisplayText.isUnsafe($0) && $0 != "\t" }) else {
      write(text)
      return
    }
    var safe = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if DisplayText.isUnsafe(scalar) && scalar != "\t" {
        safe.append(contentsOf: jsonEscape(scalar).unicodeScalars)
      } else {
        safe.append(scalar)
      }
    }
    write(String(safe))
  }

  /// Text Glide composed over several lines (help, usage), each line made safe.
  static func block(_ text: String, toError: Bool) {
    let safe = DisplayText.escapedKeepingLines(text)
    if toError {
      writeError(safe.hasSuffix("\n") ? safe : safe + "\n")
    } else {
      print(safe)
    }
  }

  /// `\u009b` for U+009B: the JSON escape of a scalar in the Basic Multilingual Plane.
  static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  private static func writeError(_ text: String) {
    Host.flushOutput()
    Descriptor.writeAll(2, Array(text.utf8))
  }
}
