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
    guard bytes.count <= RoutineDecoder.maxBytes else {
      return Result(theme: nil, errors: [Diagnostic(file: file, message: "the file is over 1 MiB")])
    }
    guard var text = String(validating: bytes, as: UTF8.self) else {
      return Result(
        theme: nil,
        errors: [
          Diagnostic(
            file: file, line: RoutineDecoder.firstInvalidLine(bytes),
            message: "the file is not valid UTF-8 text")
        ])
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return decode(text: text, file: file)
  }

  /// Decodes the text of a theme file.
  public static func decode(text: String, file: String) -> Result {
    if let header = HeaderScreen.firstKeylessHeader(in: text) {
      return Result(
        theme: nil,
        errors: [
          Diagnostic(
            file: file, line: header.line, column: header.column,
            message: "TOML syntax: a table header needs a name, e.g. [colors]")
        ])
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      return Result(
        theme: nil,
        errors: [
          Diagnostic(
            file: file, line: error.source.begin.line, column: error.source.begin.column,
            message: "TOML syntax: \(error.description)")
        ])
    } catch {
      return Result(theme: nil, errors: [Diagnostic(file: file, message: "TOML syntax: \(error)")])
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
