import GlideCore

/// A grid of styled cells: the whole screen as the terminal should show it.
///
/// Text goes in through `put`, which is where the frame keeps its promises: every scalar
/// passes `DisplayText`'s choke point (no control character can reach a cell), a wide
/// character takes two cells, combining marks ride on their base, and text is cut at a
/// cell, never in the middle of a character.
public struct Frame: Hashable, Sendable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// Cells, row by row.
  public private(set) var cells: [Cell]

  /// Lends the cells for changing in place, past `put`'s checks: only for the encoder's
  /// copy of what the terminal shows, which takes cells from another frame as they are.
  mutating func withMutableCells<Result>(
    _ body: (UnsafeMutableBufferPointer<Cell>) -> Result
  ) -> Result {
    cells.withUnsafeMutableBufferPointer { body($0) }
  }

  /// A blank frame; negative sizes count as zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at a row and column; setting one outside the frame does nothing, and a wide
  /// character that does not fit before the right edge becomes a blank.
  public subscript(row: Int, column: Int) -> Cell {
    get { cells[row * width + column] }
    set {
      guard row >= 0, row < height, column >= 0, column < width else { return }
      place(newValue, at: row * width + column, column: column)
    }
  }

  /// Puts a cell, keeping wide characters whole: a wide character it overwrites in part
  /// leaves a blank rather than half a glyph.
  private mutating func place(_ cell: Cell, at index: Int, column: Int) {
    let old = cells[index]
    if old.width == 0 && column > 0 {
      cells[index - 1] = Cell(narrow: " ", cells[index - 1].style)
    } else if old.width == 2 && column + 1 < width {
      cells[index + 1] = Cell(narrow: " ", old.style)
    }
    guard cell.width == 2 else {
      cells[index] = cell
      return
    }
    guard column + 1 < width else {
      cells[index] = Cell(narrow: " ", cell.style)
      return
    }
    if cells[index + 1].width == 2 && column + 2 < width {
      cells[index + 2] = Cell(narrow: " ", cells[index + 2].style)
    }
    cells[index] = cell
    cells[index + 1] = .covered(cell.style)
  }

  /// Sets `count` cells of a row from `column` to one narrow cell, clipped to the frame:
  /// the big digits of a tall terminal are rows of hundreds of identical cells.
  mutating func fill(row: Int, column: Int, count: Int, with cell: Cell) {
    guard row >= 0, row < height, cell.width == 1 else { return }
    let start = max(0, column)
    let end = min(width, column + count)
    guard start < end else { return }
    // Only the ends can cut a wide character in half.
    place(cell, at: row * width + start, column: start)
    if end - 1 > start { place(cell, at: row * width + end - 1, column: end - 1) }
    let base = row * width
    cells.withUnsafeMutableBufferPointer { buffer in
      for index in (base + start)..<(base + end) { buffer[index] = cell }
    }
  }

  /// Writes text from a column, clipped at both edges and cut before a character that
  /// would cross the right one; returns the column after it.
  @discardableResult
  public mutating func put(_ text: String, row: Int, column: Int, _ style: Style = .plain) -> Int {
    var x = column
    let onScreen = row >= 0 && row < height
    var last = -1
    for scalar in text.unicodeScalars {
      if DisplayText.isUnsafe(scalar) {
        // Shown as its visible escape, never as itself.
        for visible in DisplayText.escaped(String(scalar)).unicodeScalars {
          guard x < width else { return x }
          if onScreen && x >= 0 { place(Cell(visible, style), at: row * width + x, column: x) }
          x += 1
        }
        last = -1
        continue
      }
      let columns = DisplayWidth.of(scalar)
      if columns == 0 {
        if last >= 0 && DisplayWidth.joinsPrevious(scalar) { cells[last].addMark(scalar) }
        continue
      }
      if x + columns > width { break }
      if onScreen && x >= 0 {
        let index = row * width + x
        place(Cell(scalar, style, columns: columns), at: index, column: x)
        last = index
      } else {
        last = -1
      }
      x += columns
    }
    return x
  }

  /// Writes a clock face from a column as `put` writes its text, without a `String`: a
  /// countdown's tick writes its times this way. Returns the column after it.
  @discardableResult
  mutating func put(_ face: ClockFace, row: Int, column: Int, _ style: Style) -> Int {
    face.withBytes { put(ascii: $0, row: row, column: column, style) }
  }

  /// Writes ASCII text, as `put` writes a `String` of it. Returns the column after it.
  @discardableResult
  mutating func put(ascii text: StaticString, row: Int, column: Int, _ style: Style) -> Int {
    // withUTF8Buffer, not utf8Start: a literal of one character has no pointer.
    text.withUTF8Buffer { put(ascii: UnsafeRawBufferPointer($0), row: row, column: column, style) }
  }

  private mutating func put(
    ascii bytes: UnsafeRawBufferPointer, row: Int, column: Int, _ style: Style
  ) -> Int {
    var x = column
    for byte in bytes {
      guard x < width else { return x }
      // Printable ASCII only: a clock face and Glide's own words; anything else shows as ?.
      let scalar = Unicode.Scalar(byte >= 0x20 && byte < 0x7F ? byte : UInt8(ascii: "?"))
      if row >= 0 && row < height && x >= 0 {
        place(Cell(narrow: scalar, style), at: row * width + x, column: x)
      }
      x += 1
    }
    return x
  }

  /// Writes text centred on a row, clipped at both edges.
  public mutating func center(_ text: String, row: Int, _ style: Style = .plain) {
    put(text, row: row, column: (width - DisplayWidth.of(text)) / 2, style)
  }

  /// Writes text so that it ends at the right edge (less a margin).
  public mutating func putRight(_ text: String, row: Int, margin: Int = 1, _ style: Style = .plain)
  {
    put(text, row: row, column: max(0, width - margin - DisplayWidth.of(text)), style)
  }

  /// The frame as plain text, one line per row, trailing blanks trimmed.
  public var text: String {
    (0..<height).map { row in
      var line = String.UnicodeScalarView()
      for cell in cells[(row * width)..<(row * width + width)] where cell.width > 0 {
        line.append(cell.character)
        cell.forEachMark { line.append($0) }
      }
      var text = String(line)
      while text.last == " " { text.removeLast() }
      return text
    }.joined(separator: "\n")
  }
}

extension Frame {
  /// Writes a whole number in decimal from a column, as `put` writes its text, without a
  /// `String` (negative counts as zero). Returns the column after it.
  @discardableResult
  mutating func put(decimal value: Int, row: Int, column: Int, _ style: Style) -> Int {
    let value = max(0, value)
    var digits = 1
    while digits < 19, value / Self.powerOfTen(digits) > 0 { digits += 1 }
    var x = column
    for place in stride(from: digits - 1, through: 0, by: -1) {
      guard x < width else { return x }
      let digit = UInt8(value / Self.powerOfTen(place) % 10)
      self[row, x] = Cell(narrow: Unicode.Scalar(UInt8(ascii: "0") + digit), style)
      x += 1
    }
    return x
  }

  private static func powerOfTen(_ exponent: Int) -> Int {
    var result = 1
    for _ in 0..<exponent { result *= 10 }
    return result
  }
}
