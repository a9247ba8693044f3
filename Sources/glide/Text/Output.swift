import GlideCore
import GlideSystem

/// The one way the commands print: every line on stdout and stderr passes here, so text
/// that came from a file, a file name, an id, a key name, a value echoed in an error or a
/// log line reaches the terminal with its control characters shown escaped (`\u001b`),
/// never raw. Glide's own layout never needs a control character inside a line.
enum Output {
  /// The columns a listing may take: the terminal's when standard output is one, else
  /// `COLUMNS` when it is set to a number (as `ls` reads it for a pipe), else 80.
  static var width: Int {
    guard TerminalDevice.isTerminal(1), let columns = TerminalDevice.size(of: 1)?.columns,
      columns > 0
    else {
      guard let set = Host.variable("COLUMNS").flatMap({ Int($0) }), set > 0 else { return 80 }
      return max(set, 40)
    }
    return max(columns, 40)
  }

  /// Prints each line wrapped at word boundaries to `width`, with a hanging indent (see
  /// `String.wrapped(toColumns:hangingIndent:)`).
  static func wrappedLines(_ texts: [String], hangingIndent: Int? = nil) {
    wrappedLines(texts) { _ in hangingIndent }
  }

  /// Prints each line wrapped to `width`, each with the hanging indent `indent` gives it.
  static func wrappedLines(_ texts: [String], indent: (String) -> Int?) {
    for text in texts {
      let safe = DisplayText.escaped(text)
      lines(safe.wrapped(toColumns: width, hangingIndent: indent(safe)))
    }
  }

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
    let line = TextEscaper.jsonForTerminal.escaped(text)
    if toError { writeError(line + "\n") } else { print(line) }
  }

  /// Prints a stored JSON line given as bytes: written as they are when every byte is
  /// printable ASCII (nothing to escape, nothing to decode), else as `jsonLine(_:)` does.
  static func jsonLine(bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
      jsonLine(String(decoding: bytes, as: UTF8.self))
      return
    }
    StandardOutput.writeLine(bytes)
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

  private static func writeError(_ text: String) {
    Host.flushOutput()
    Descriptor.writeAll(2, Array(text.utf8))
  }
}
