import GlideCore
import GlideRender
import GlideTOML

/// Turns the text of a theme file into a `Theme`, or messages naming file, line and key.
public enum ThemeDecoder {
  /// The theme, or the errors that stop it.
  public struct Result: Sendable {
    /// The theme, when there were no errors.
    public var theme: Theme?
    /// What is wrong, with places.
    public var errors: [Diagnostic]
  }

  /// Decodes the text of a theme file.
  public static func decode(text: String, file: String) -> Result {
    decode(bytes: Array(text.utf8), file: file)
  }

  /// Decodes raw bytes (checking size first).
  public static func decode(bytes: [UInt8], file: String) -> Result {
    let table: TOMLTable
    switch TOMLSource.table(bytes: bytes, file: file, header: "[colors]") {
    case .failure(let diagnostic): return Result(theme: nil, errors: [diagnostic])
    case .success(let parsed): table = parsed
    }
    func error(_ position: TOMLPosition?, place: String? = nil, key: String, _ message: String)
      -> Diagnostic
    {
      Diagnostic(
        file: file, line: position?.line, column: position?.column, place: place, key: key,
        message: message)
    }
    var errors: [Diagnostic] = []
    for key in table.keys where !["name", "colors"].contains(key) {
      let message = "unknown key" + Suggestion.didYouMean(key, among: ["name", "colors"])
      errors.append(error(table.keyPosition(key), key: key, message))
    }
    var name = ""
    if let value = table["name"] {
      if let string = value.string, SafeText.firstControl(in: string) == nil, !string.isEmpty {
        name = string
      } else {
        errors.append(error(value.position, key: "name", "must be a plain, non-empty string"))
      }
    } else {
      errors.append(Diagnostic(file: file, key: "name", message: "missing"))
    }
    var colors: [Role: ThemeColor] = [:]
    if let value = table["colors"] {
      if let colorTable = value.table {
        let roles = Role.allCases.map(\.rawValue)
        for key in colorTable.keys {
          guard let role = Role(rawValue: key) else {
            let message = "unknown role" + Suggestion.didYouMean(key, among: roles)
            errors.append(
              error(colorTable.keyPosition(key), place: "colors", key: key, message))
            continue
          }
          guard let text = colorTable[key]?.string, let color = ThemeColor(text) else {
            errors.append(
              error(
                colorTable[key]?.position, place: "colors", key: key, notAColour(colorTable[key])))
            continue
          }
          colors[role] = color
        }
      } else {
        errors.append(error(value.position, key: "colors", "must be a [colors] table"))
      }
    } else {
      errors.append(Diagnostic(file: file, key: "colors", message: "missing: add a [colors] table"))
    }
    guard errors.isEmpty else { return Result(theme: nil, errors: RoutineDecoder.byLine(errors)) }
    return Result(theme: Theme(name: name, colors: colors), errors: [])
  }

  /// What is wrong with a colour's `value`: the text said, with the name it is nearest
  /// when it looks like one ("'defualt' is not a colour (did you mean 'default'?)"), then
  /// what a colour may be.
  static func notAColour(_ value: TOMLValue?) -> String {
    let forms = "use an ANSI name (red, bright-cyan, …), default, or #rrggbb"
    guard let text = value?.string else { return "not a colour: " + forms }
    return "'\(text)' is not a colour"
      + Suggestion.didYouMean(text, among: ThemeColor.ansiNames + ["default"]) + ": " + forms
  }
}
