/// A grid of styled cells: the whole screen as the terminal should show it.
public struct Frame: Hashable, Sendable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// Cells, row by row.
  public private(set) var cells: [Cell]

  /// A blank frame; negative sizes count as zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at a row and column.
  public subscript(row: Int, column: Int) -> Cell {
    get { cells[row * width + column] }
    set {
      guard row >= 0, row < height, column >= 0, column < width else { return }
      cells[row * width + column] = newValue
    }
  }

  /// Writes text from a column, clipped at the right edge; returns the column after it.
  @discardableResult
  public mutating func put(_ text: String, row: Int, column: Int, _ style: Style = .plain) -> Int {
    var x = column
    for character in text {
      if x >= width { break }
      let scalars = character.unicodeScalars
      self[row, x] = Cell(scalars.count == 1 ? scalars.first! : "?", style)
      x += 1
    }
    return x
  }

  /// Writes text centred on a row, clipped at both edges.
  public mutating func center(_ text: String, row: Int, _ style: Style = .plain) {
    let start = (width - text.count) / 2
    if start >= 0 {
      put(text, row: row, column: start, style)
    } else {
      put(String(text.dropFirst(-start)), row: row, column: 0, style)
    }
  }

  /// Writes text so that it ends at the right edge (less a margin).
  public mutating func putRight(_ text: String, row: Int, margin: Int = 1, _ style: Style = .plain)
  {
    put(text, row: row, column: max(0, width - margin - text.count), style)
  }

  /// The frame as plain text, one line per row, trailing blanks trimmed.
  public var text: String {
    (0..<height).map { row in
      var line = String(String.UnicodeScalarView((0..<width).map { self[row, $0].character }))
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }
}
