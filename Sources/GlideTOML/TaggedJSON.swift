/// toml-test's tagged JSON form of a document: tables are objects, arrays arrays, and
/// every scalar `{"type": "integer", "value": "42"}` with the value as a string.
public enum TaggedJSON {
  /// The JSON text of `table`.
  public static func encode(_ table: TOMLTable) -> String {
    var out = ""
    write(table, into: &out)
    return out
  }

  private static func write(_ table: TOMLTable, into out: inout String) {
    out += "{"
    for (number, entry) in table.entries.enumerated() {
      if number > 0 { out += "," }
      writeString(entry.key, into: &out)
      out += ":"
      write(entry.value, into: &out)
    }
    out += "}"
  }

  private static func write(_ value: TOMLValue, into out: inout String) {
    let text: String
    switch value.kind {
    case .table(let table):
      write(table, into: &out)
      return
    case .array(let elements):
      out += "["
      for (number, element) in elements.enumerated() {
        if number > 0 { out += "," }
        write(element, into: &out)
      }
      out += "]"
      return
    case .string(let string): text = string
    case .integer(let integer): text = String(integer)
    case .float(let double):
      if double.isNaN {
        text = "nan"
      } else if double.isInfinite {
        text = double < 0 ? "-inf" : "inf"
      } else {
        text = String(double)
      }
    case .boolean(let bool): text = bool ? "true" : "false"
    case .dateTime(let dateTime): text = dateTime.description
    }
    out += "{\"type\":\"\(value.typeName)\",\"value\":"
    writeString(text, into: &out)
    out += "}"
  }

  private static func writeString(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
