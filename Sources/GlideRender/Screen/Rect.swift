/// A rectangle of a frame's cells: where one part of the screen is drawn. The layout
/// cuts the screen into rectangles and each widget draws inside its own, so no widget
/// needs to know where another sits.
struct Rect: Hashable, Sendable {
  /// The top row.
  var row: Int
  /// The leftmost column.
  var column: Int
  /// Columns.
  var width: Int
  /// Rows.
  var height: Int

  /// The row under the rectangle.
  var bottom: Int { row + height }
  /// The column right of the rectangle.
  var right: Int { column + width }
  /// The rows it covers.
  var rows: Range<Int> { row..<bottom }
  /// The rectangle as a region of a frame, for the terminal's comparison.
  var region: FrameRegion { FrameRegion(rows: rows, columns: column..<right) }

  /// The whole of a frame of this size.
  init(width: Int, height: Int) {
    self.init(row: 0, column: 0, width: width, height: height)
  }

  init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Cuts `rows` rows off the top and returns them; the rectangle keeps the rest (none
  /// when it has fewer).
  mutating func takeTop(_ rows: Int) -> Rect {
    let taken = Rect(row: row, column: column, width: width, height: rows)
    row += rows
    height = max(0, height - rows)
    return taken
  }

  /// Cuts `rows` rows off the bottom and returns them.
  mutating func takeBottom(_ rows: Int) -> Rect {
    height = max(0, height - rows)
    return Rect(row: bottom, column: column, width: width, height: rows)
  }

  /// The rectangle less `margin` columns on each side.
  func inset(_ margin: Int) -> Rect {
    Rect(row: row, column: column + margin, width: width - 2 * margin, height: height)
  }

  /// One row of the rectangle, `offset` rows from its top.
  func line(_ offset: Int) -> Rect {
    Rect(row: row + offset, column: column, width: width, height: 1)
  }

  /// The columns from `column` to the right edge.
  func from(column start: Int) -> Rect {
    Rect(row: row, column: start, width: right - start, height: height)
  }
}

extension Frame {
  /// Blanks every cell of `rect`, so what is drawn there next leaves nothing stale.
  mutating func clear(_ rect: Rect) {
    for row in rect.rows { fill(row: row, column: rect.column, count: rect.width, with: .blank) }
  }
}
