/// Terminfo delays (`$<5>`, `$<2*>`, `$<50/>`): instructions to the program that sends a
/// string, never bytes for the terminal. A pseudo-terminal, an emulator or a link with
/// flow control needs no padding, so they are taken out, as `tputs` does when the
/// terminal has no padding character or the line is fast; sent as they are, a vt100 shows
/// them as text.
public enum TerminfoPadding {
  /// `bytes` without its delays; anything that only looks like one is kept.
  public static func stripped(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(UInt8(ascii: "$")) else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if let end = delayEnd(in: bytes, at: index) {
        index = end
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  /// Where a delay that starts at `start` ends (just past its `>`), or nil when none
  /// starts there. A delay is `$<`, digits with at most one decimal point, then any of
  /// `*` (per line affected) and `/` (mandatory), then `>`.
  static func delayEnd(in bytes: [UInt8], at start: Int) -> Int? {
    guard start + 3 < bytes.count, bytes[start] == UInt8(ascii: "$"),
      bytes[start + 1] == UInt8(ascii: "<")
    else { return nil }
    var index = start + 2
    var digits = 0
    var points = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
      } else if byte == UInt8(ascii: "."), points == 0 {
        points += 1
      } else {
        break
      }
      index += 1
    }
    guard digits > 0 else { return nil }
    while index < bytes.count,
      bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "/")
    {
      index += 1
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return nil }
    return index + 1
  }
}
