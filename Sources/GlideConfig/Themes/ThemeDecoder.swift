import Foundation
import GlideRender
import TOMLKit

/// Turns the text of a theme file into a `Theme`, or messages naming file, line and key.
public enum ThemeDecoder {
  /// The theme, or the errors that stop it.
  public struct Result: Sendable {
    /// The theme, when there were no errors.
    public var theme: Theme?
    /// What is wrong, with places.
    public var errors: [Diagnostic]
  }

  /// Decodes raw bytes (checking size and UTF-8 first).
  public static func decode(bytes: [UInt8], file: String) -> Result {
    switch TOMLSource.text(bytes: bytes, file: file) {
    case .failure(let diagnostic): return Result(theme: nil, errors: [diagnostic])
    case .success(let text): return decode(text: text, file: file)
    }
  }

  /// Decodes the text of a theme file.
  public static func decode(text: String, file: String) -> Result {
    let table: TOMLTable
    switch TOMLSource.table(text: text, file: file, header: "[colors]") {
    case .failure(let diagnostic): return Result(theme: nil, errors: [diagnostic])
    case .success(let parsed): table = parsed
    }
    let lines = SourceLines(text)
    var errors: [Diagnostic] = []
    for key in table.keys where !["name", "colors"].contains(key) {
      var message = "unknown key"
      if let near = NearestKey.suggestion(for: key, among: ["name", "colors"]) {
        message += " (did you mean '\(near)'?)"
      }
      errors.append(
        Diagnostic(file: file, line: lines.line(ofKey: key), key: key, message: message))
    }
    var name = ""
    if let value = table["name"] {
      if let string = value.string, SafeText.firstControl(in: string) == nil, !string.isEmpty {
        name = string
      } else {
        errors.append(
          Diagnostic(
            file: file, line: lines.line(ofKey: "name"), key: "name",
            message: "must be a plain, non-empty string"))
      }
    } else {
      errors.append(Diagnostic(file: file, key: "name", message: "missing"))
    }
    var colors: [Role: ThemeColor] = [:]
    if let value = table["colors"] {
      if let colorTable = value.table {
        let roles = Role.allCases.map(\.rawValue)
        for key in colorTable.keys {
          let line = lines.line(ofKey: key, inTable: "colors")
          guard let role = Role(rawValue: key) else {
            var message = "unknown role"
            if let near = NearestKey.suggestion(for: key, among: roles) {
              message += " (did you mean '\(near)'?)"
            }
            errors.append(
              Diagnostic(file: file, line: line, place: "colors", key: key, message: message))
            continue
          }
          guard let text = colorTable[key]?.string, let color = ThemeColor(text) else {
            errors.append(
              Diagnostic(
                file: file, line: line, place: "colors", key: key,
                message: "not a colour: use an ANSI name (red, bright-cyan, …), default, or #rrggbb"
              ))
            continue
          }
          colors[role] = color
        }
      } else {
        errors.append(
          Diagnostic(
            file: file, line: lines.line(ofKey: "colors"), key: "colors",
            message: "must be a [colors] table"))
      }
    } else {
      errors.append(Diagnostic(file: file, key: "colors", message: "missing: add a [colors] table"))
    }
    guard errors.isEmpty else { return Result(theme: nil, errors: RoutineDecoder.byLine(errors)) }
    return Result(theme: Theme(name: name, colors: colors), errors: [])
  }
}
