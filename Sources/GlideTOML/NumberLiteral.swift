/// TOML's integers (decimal, `0x`, `0o`, `0b`, underscores between digits) and floats
/// (`1.5`, `1e-3`, `inf`, `nan`), read from the run of characters a value is made of.
enum NumberLiteral {
  /// Why a token is not a number.
  struct Reason: Error {
    var message: String
  }

  /// The integer or float `token` spells.
  static func parse(_ token: ArraySlice<UInt8>) -> Result<TOMLValue.Kind, Reason> {
    var index = token.startIndex
    var negative = false
    var signed = false
    if index < token.endIndex, token[index] == 0x2B || token[index] == 0x2D {
      negative = token[index] == 0x2D
      signed = true
      index += 1
    }
    let body = token[index...]
    if body.elementsEqual("inf".utf8) { return .success(.float(negative ? -.infinity : .infinity)) }
    if body.elementsEqual("nan".utf8) { return .success(.float(negative ? -.nan : .nan)) }
    if body.count >= 2, body.first == 0x30 {
      let radix: Int? =
        switch body[body.startIndex + 1] {
        case 0x78: 16
        case 0x6F: 8
        case 0x62: 2
        default: nil
        }
      if let radix {
        if signed { return .failure(Reason(message: "a hex, octal or binary integer has no sign")) }
        return integer(body.dropFirst(2), radix: radix, negative: false)
      }
    }
    // Decimal: digits, then an optional fraction and exponent.
    guard let integerEnd = digitRun(body, from: body.startIndex, radix: 10) else {
      return .failure(Reason(message: "digits must start it, and '_' must stand between digits"))
    }
    if body[body.startIndex] == 0x30, integerEnd - body.startIndex > 1 {
      return .failure(Reason(message: "leading zeros are not allowed"))
    }
    var end = integerEnd
    var isFloat = false
    if end < body.endIndex, body[end] == 0x2E {
      guard let fractionEnd = digitRun(body, from: end + 1, radix: 10) else {
        return .failure(Reason(message: "a decimal point needs digits on both sides"))
      }
      end = fractionEnd
      isFloat = true
    }
    if end < body.endIndex, body[end] == 0x65 || body[end] == 0x45 {
      var exponent = end + 1
      if exponent < body.endIndex, body[exponent] == 0x2B || body[exponent] == 0x2D {
        exponent += 1
      }
      guard let exponentEnd = digitRun(body, from: exponent, radix: 10) else {
        return .failure(Reason(message: "an exponent needs digits"))
      }
      end = exponentEnd
      isFloat = true
    }
    guard end == body.endIndex else {
      return .failure(Reason(message: "unexpected characters in it"))
    }
    if !isFloat { return integer(body, radix: 10, negative: negative) }
    var text = negative ? "-" : ""
    for byte in body where byte != 0x5F { text.unicodeScalars.append(Unicode.Scalar(byte)) }
    guard let value = Double(text) else {
      return .failure(Reason(message: "not a float"))
    }
    return .success(.float(value))
  }

  /// The end of a run of digits of `radix` with single underscores between digits, or
  /// nil when there is no digit at `start` or an underscore is misplaced.
  static func digitRun(_ body: ArraySlice<UInt8>, from start: Int, radix: Int) -> Int? {
    var index = start
    guard index < body.endIndex, digit(body[index], radix: radix) != nil else { return nil }
    while index < body.endIndex {
      if digit(body[index], radix: radix) != nil {
        index += 1
      } else if body[index] == 0x5F {
        guard index + 1 < body.endIndex, digit(body[index + 1], radix: radix) != nil else {
          return nil
        }
        index += 1
      } else {
        break
      }
    }
    return index
  }

  static func digit(_ byte: UInt8, radix: Int) -> Int? {
    let value: Int
    switch byte {
    case 0x30...0x39: value = Int(byte - 0x30)
    case 0x41...0x46: value = Int(byte - 0x41 + 10)
    case 0x61...0x66: value = Int(byte - 0x61 + 10)
    default: return nil
    }
    return value < radix ? value : nil
  }

  /// A whole run of digits as a 64-bit integer.
  static func integer(_ digits: ArraySlice<UInt8>, radix: Int, negative: Bool) -> Result<
    TOMLValue.Kind, Reason
  > {
    guard let end = digitRun(digits, from: digits.startIndex, radix: radix),
      end == digits.endIndex
    else {
      return .failure(
        Reason(message: "only digits of base \(radix), with '_' between digits, may follow"))
    }
    // Accumulated on the negative side, which holds one more value than the positive.
    var value = 0
    for byte in digits where byte != 0x5F {
      let (shifted, overflowA) = value.multipliedReportingOverflow(by: radix)
      let (next, overflowB) = shifted.subtractingReportingOverflow(digit(byte, radix: radix) ?? 0)
      if overflowA || overflowB {
        return .failure(Reason(message: "it does not fit in 64 bits"))
      }
      value = next
    }
    if negative { return .success(.integer(value)) }
    guard value != .min else { return .failure(Reason(message: "it does not fit in 64 bits")) }
    return .success(.integer(-value))
  }
}
