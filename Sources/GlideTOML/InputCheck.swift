/// The checks that come before any grammar: TOML text is UTF-8, holds no NUL, and has no
/// carriage return outside a CR LF pair. Checking every byte once here lets the parser
/// treat a 0 byte as the end of input and slice strings without decoding them again.
enum InputCheck {
  /// The offset and message of the first fault, or nil.
  static func firstFault(in bytes: [UInt8], from start: Int) -> (offset: Int, message: String)? {
    var i = start
    let count = bytes.count
    while i < count {
      let byte = bytes[i]
      if byte < 0x80 {
        if byte == 0 {
          return (i, "a NUL byte (U+0000); TOML text may not hold one anywhere")
        }
        if byte == 0x0D, i + 1 >= count || bytes[i + 1] != 0x0A {
          return (i, "a carriage return (U+000D) not followed by a line feed")
        }
        i += 1
        continue
      }
      let length = sequenceLength(bytes, at: i)
      guard length > 0 else {
        return (
          i, "the text is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))"
        )
      }
      i += length
    }
    return nil
  }

  /// The length of the well-formed UTF-8 sequence at `i` that starts with a byte of 0x80
  /// or more, or 0 when it is not well-formed (overlong forms and surrogates included).
  private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
    let lead = bytes[i]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, high) = (3, 0x9F)
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, high) = (4, 0x8F)
    default: return 0
    }
    guard i + length <= bytes.count else { return 0 }
    let second = bytes[i + 1]
    guard second >= low, second <= high else { return 0 }
    for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return 0 }
    return length
  }
}
