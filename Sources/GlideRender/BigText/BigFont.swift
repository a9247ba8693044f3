import GlideCore

/// A five-row block font for the digits and words read from across a room.
public enum BigFont {
  /// Rows in a glyph at scale 1.
  public static let rows = 5

  /// Each glyph's rows, `#` for a lit pixel; a list, not a dictionary, as it is read
  /// once into `table` and a dictionary literal hashes every key as it is built.
  private static let glyphs: [(Unicode.Scalar, [StaticString])] = [
    ("0", ["###", "#.#", "#.#", "#.#", "###"]),
    ("1", ["##.", ".#.", ".#.", ".#.", "###"]),
    ("2", ["###", "..#", "###", "#..", "###"]),
    ("3", ["###", "..#", ".##", "..#", "###"]),
    ("4", ["#.#", "#.#", "###", "..#", "..#"]),
    ("5", ["###", "#..", "###", "..#", "###"]),
    ("6", ["###", "#..", "###", "#.#", "###"]),
    ("7", ["###", "..#", "..#", "..#", "..#"]),
    ("8", ["###", "#.#", "###", "#.#", "###"]),
    ("9", ["###", "#.#", "###", "..#", "###"]),
    (":", [".", "#", ".", "#", "."]),
    ("/", ["..#", "..#", ".#.", "#..", "#.."]),
    (" ", ["..", "..", "..", "..", ".."]),
    ("A", ["###", "#.#", "###", "#.#", "#.#"]),
    ("D", ["##.", "#.#", "#.#", "#.#", "##."]),
    ("E", ["###", "#..", "##.", "#..", "###"]),
    ("H", ["#.#", "#.#", "###", "#.#", "#.#"]),
    ("I", ["###", ".#.", ".#.", ".#.", "###"]),
    ("L", ["#..", "#..", "#..", "#..", "###"]),
    ("N", ["#..#", "##.#", "#.##", "#..#", "#..#"]),
    ("O", ["###", "#.#", "#.#", "#.#", "###"]),
    ("P", ["###", "#.#", "###", "#..", "#.."]),
    ("R", ["###", "#.#", "##.", "#.#", "#.#"]),
    ("S", ["###", "#..", "###", "..#", "###"]),
    ("T", ["###", ".#.", ".#.", ".#.", ".#."]),
    ("U", ["#.#", "#.#", "#.#", "#.#", "###"]),
    // The rest of the alphabet, the point and the dash: for check-ins, which name body
    // areas and show a typed number across a room.
    ("B", ["##.", "#.#", "##.", "#.#", "##."]),
    ("C", ["###", "#..", "#..", "#..", "###"]),
    ("F", ["###", "#..", "##.", "#..", "#.."]),
    ("G", ["###", "#..", "#.#", "#.#", "###"]),
    ("J", ["..#", "..#", "..#", "#.#", "###"]),
    ("K", ["#.#", "#.#", "##.", "#.#", "#.#"]),
    ("M", ["#...#", "##.##", "#.#.#", "#...#", "#...#"]),
    ("Q", ["###", "#.#", "#.#", "###", "..#"]),
    ("V", ["#.#", "#.#", "#.#", "#.#", ".#."]),
    ("W", ["#...#", "#...#", "#.#.#", "##.##", "#...#"]),
    ("X", ["#.#", "#.#", ".#.", "#.#", "#.#"]),
    ("Y", ["#.#", "#.#", ".#.", ".#.", ".#."]),
    ("Z", ["###", "..#", ".#.", "#..", "###"]),
    (".", [".", ".", ".", ".", "#"]),
    ("-", ["...", "...", "###", "...", "..."]),
    ("_", ["...", "...", "...", "...", "###"]),
  ]

  /// A glyph as one bit mask per row, leftmost pixel in the highest used bit.
  private struct Glyph {
    var width: Int
    var rows: [UInt8]
  }

  /// The glyphs by ASCII code (lower case drawn as upper case), looked up without
  /// hashing: a countdown draws its digits at every wake.
  private static let table: [Glyph?] = {
    var table = [Glyph?](repeating: nil, count: 128)
    for (scalar, lines) in glyphs {
      let rows = lines.map { line in
        UnsafeBufferPointer(start: line.utf8Start, count: line.utf8CodeUnitCount).reduce(
          UInt8(0)
        ) { bits, pixel in bits << 1 | (pixel == UInt8(ascii: "#") ? 1 : 0) }
      }
      let glyph = Glyph(width: lines[0].utf8CodeUnitCount, rows: rows)
      let code = Int(scalar.value)
      table[code] = glyph
      // Lower case is drawn as upper case.
      if (0x41...0x5A).contains(code) { table[code + 0x20] = glyph }
    }
    return table
  }()

  private static func glyph(_ scalar: Unicode.Scalar) -> Glyph? {
    scalar.value < 128 ? table[Int(scalar.value)] : nil
  }

  /// Whether every character of `text` has a glyph.
  public static func canDraw(_ text: String) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy { glyph($0) != nil }
  }

  /// Columns `text` takes at horizontal scale `sx`, one scaled column between glyphs.
  public static func width(of text: String, sx: Int) -> Int {
    width(of: text.unicodeScalars.lazy.map(glyph), sx: sx)
  }

  /// Draws `text` with its top-left corner at (row, column), each font pixel `sx` by `sy`
  /// cells, clipped to the frame.
  public static func draw(
    _ text: String, into frame: inout Frame, row: Int, column: Int, sx: Int, sy: Int,
    _ style: Style
  ) {
    draw(
      text.unicodeScalars.lazy.map(glyph), into: &frame, row: row, column: column, sx: sx,
      rows: BigRows(sy: sy), style)
  }

  /// Draws the big digits' text as `draw(_:into:row:column:sx:sy:_:)` draws a `String`,
  /// from its `from`th character, with rows of `rows`' heights: a countdown's tick redraws
  /// only the digits that changed.
  static func draw(
    _ text: BigText, from first: Int = 0, into frame: inout Frame, row: Int, column: Int,
    sx: Int, rows: BigRows, _ style: Style
  ) {
    draw(
      glyphs(text, first..<text.count), into: &frame, row: row, column: column, sx: sx,
      rows: rows, style)
  }

  /// Columns the first `count` characters of the digits' text take at horizontal scale
  /// `sx`, as `width(of:sx:)` counts them.
  static func width(of text: BigText, count: Int? = nil, sx: Int) -> Int {
    width(of: glyphs(text, 0..<(count ?? text.count)), sx: sx)
  }

  /// The glyphs of the digits' characters in `range`.
  private static func glyphs(_ text: BigText, _ range: Range<Int>) -> some Sequence<Glyph?> {
    range.lazy.map { table[Int(text[$0] & 0x7F)] }
  }

  /// Columns `glyphs` take (characters without one are left out).
  private static func width(of glyphs: some Sequence<Glyph?>, sx: Int) -> Int {
    var total = 0
    var count = 0
    for case let glyph? in glyphs {
      total += glyph.width
      count += 1
    }
    guard count > 0 else { return 0 }
    return (total + count - 1) * sx
  }

  /// Draws `glyphs` from (row, column), one scaled column between them.
  private static func draw(
    _ glyphs: some Sequence<Glyph?>, into frame: inout Frame, row: Int, column: Int, sx: Int,
    rows: BigRows, _ style: Style
  ) {
    var x = column
    for case let glyph? in glyphs {
      draw(glyph, into: &frame, row: row, column: x, sx: sx, rows: rows, style)
      x += (glyph.width + 1) * sx
    }
  }

  /// One glyph's pixels with their top-left corner at (row, column).
  private static func draw(
    _ glyph: Glyph, into frame: inout Frame, row: Int, column: Int, sx: Int, rows: BigRows,
    _ style: Style
  ) {
    let pixel = Cell(narrow: "█", style)
    for (r, bits) in glyph.rows.enumerated() {
      let top = row + rows.top(of: r)
      let tall = rows.height(of: r)
      for c in 0..<glyph.width where bits & (1 << (glyph.width - 1 - c)) != 0 {
        for dy in 0..<tall {
          frame.fill(row: top + dy, column: column + c * sx, count: sx, with: pixel)
        }
      }
    }
  }

  /// Draws `text` centred on the frame's width.
  public static func center(
    _ text: String, into frame: inout Frame, row: Int, sx: Int, sy: Int, _ style: Style
  ) {
    let column = (frame.width - width(of: text, sx: sx)) / 2
    draw(text, into: &frame, row: row, column: max(0, column), sx: sx, sy: sy, style)
  }
}

/// How tall the font's five pixel rows are drawn: `sy` cells each, and `extra` cells
/// more shared between the second and fourth rows, the upright strokes of a digit, so
/// that the digits can take rows between whole scales and still look even.
struct BigRows: Hashable, Sendable {
  /// Cells per pixel row.
  var sy: Int
  /// Cells added to the upright strokes: an even number, half to each.
  var extra: Int = 0

  /// Rows the whole glyph takes.
  var total: Int { BigFont.rows * sy + extra }

  /// Cells pixel row `row` takes.
  func height(of row: Int) -> Int { sy + (row == 1 || row == 3 ? extra / 2 : 0) }

  /// Cells from the glyph's top to pixel row `row`.
  func top(of row: Int) -> Int {
    row * sy + (row > 1 ? extra / 2 : 0) + (row > 3 ? extra / 2 : 0)
  }
}
