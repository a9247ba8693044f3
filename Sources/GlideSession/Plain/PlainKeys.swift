import GlideCore

/// Keys from the bytes plain mode reads: from a terminal in raw mode (a key is its bytes,
/// arrows as `ESC [ A`...), or from a pipe, a line at a time (each character of a line is
/// a key; an empty line is enter).
public struct PlainKeys: Sendable {
  /// Whether input comes in lines (a pipe) rather than keys (a terminal).
  public let lines: Bool
  /// Bytes read that do not make a whole key or line yet.
  private var held: [UInt8] = []

  /// A decoder for a pipe (`lines`) or a terminal.
  public init(lines: Bool) {
    self.lines = lines
  }

  /// The keys `bytes` complete, in order.
  public mutating func keys(from bytes: some Sequence<UInt8>) -> [Key] {
    held.append(contentsOf: bytes)
    return lines ? lineKeys() : rawKeys()
  }

  private mutating func lineKeys() -> [Key] {
    var keys: [Key] = []
    while let end = held.firstIndex(of: 10) {
      var line = Array(held[..<end])
      held.removeFirst(end + 1)
      if line.last == 13 { line.removeLast() }
      if line.isEmpty {
        keys.append(.enter)
        continue
      }
      for character in String(decoding: line, as: UTF8.self) {
        keys.append(.character(character))
      }
    }
    return keys
  }

  private mutating func rawKeys() -> [Key] {
    var keys: [Key] = []
    var index = 0
    while index < held.count {
      let byte = held[index]
      if byte == 27, index + 2 < held.count, held[index + 1] == UInt8(ascii: "[") {
        keys.append(Self.arrows[held[index + 2]] ?? .other)
        index += 3
        continue
      }
      if let control = Self.controls[byte] {
        keys.append(control)
        index += 1
        continue
      }
      // A character of one to four bytes; an unfinished one waits for the rest.
      let length = Self.sequenceLength(byte)
      guard index + length <= held.count else { break }
      let text = String(decoding: held[index..<index + length], as: UTF8.self)
      keys.append(text.first.map(Key.character) ?? .other)
      index += length
    }
    held.removeFirst(index)
    return keys
  }

  private static let arrows: [UInt8: Key] = [
    UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right,
    UInt8(ascii: "D"): .left,
  ]

  private static let controls: [UInt8: Key] = [
    3: .interrupt, 26: .suspend, 10: .enter, 13: .enter, 27: .escape, 8: .backspace,
    127: .backspace,
  ]

  private static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }
}
