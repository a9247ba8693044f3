/// Turns frames into the bytes that bring a terminal from the frame it shows to the next:
/// only the cells that differ, cursor moves only between runs of them, a style's codes
/// only when the style changes. The bytes go out in one write, so a frame never reaches
/// the terminal half drawn and the terminal's reader wakes once per frame.
public struct FrameEncoder: Sendable {
  /// The frame the terminal shows, nil when unknown (first frame, after a resize, after
  /// the terminal was given back).
  private var shown: Frame?
  /// Reused from frame to frame: a steady frame allocates nothing.
  private var buffer: [UInt8] = []

  /// A fresh encoder; its first frame repaints the whole screen.
  public init() {}

  /// Makes the next frame repaint every cell: the screen's contents are unknown.
  public mutating func invalidate() { shown = nil }

  /// The bytes that draw `frame` over the frame sent before (all of it when the size
  /// changed or after `invalidate()`); empty when nothing changed. `changed`, when given,
  /// says which parts of `frame` may differ from the frame before it: only their cells are
  /// compared, so a wake that moved the digits and the bars touches those and nothing else.
  ///
  /// `control` (a window title, a notification) goes at the end of the same bytes, so a
  /// frame and what comes with it leave in one write.
  public mutating func encode(
    _ frame: Frame, codes: TerminalCodes, changed: [FrameRegion]? = nil, then control: [UInt8] = []
  ) -> [UInt8] {
    buffer.removeAll(keepingCapacity: true)
    var run = Run()
    if var old = shown, old.width == frame.width, old.height == frame.height {
      // The frame on screen is brought up to date cell by cell; let go of it meanwhile so
      // its cells are this encoder's alone and change in place.
      shown = nil
      frame.cells.withUnsafeBufferPointer { cells in
        old.withMutableCells { was in
          // The whole frame is one region when the caller names none.
          let regions = changed ?? [FrameRegion(rows: 0..<frame.height, columns: 0..<frame.width)]
          // The caller's word that nothing else changed, checked where checks run.
          assert(
            Self.sameOutside(regions, cells, UnsafeBufferPointer(was), width: frame.width),
            "a frame changed outside the regions it named")
          for region in regions {
            let rows = region.rows.clamped(to: 0..<frame.height)
            let columns = region.columns.clamped(to: 0..<frame.width)
            for row in rows {
              for index
                in (row * frame.width + columns.lowerBound)..<(row * frame.width
                + columns.upperBound) where was[index] != cells[index]
              {
                was[index] = cells[index]
                emit(index, of: cells, width: frame.width, codes: codes, run: &run)
              }
            }
          }
        }
      }
      shown = old
    } else {
      buffer.append(contentsOf: codes.clear)
      run.row = 0
      run.column = 0
      frame.cells.withUnsafeBufferPointer { cells in
        for index in cells.indices where !cells[index].isBlank {
          emit(index, of: cells, width: frame.width, codes: codes, run: &run)
        }
      }
      shown = frame
    }
    if run.style >= 0 { buffer.append(contentsOf: codes.reset) }
    buffer.append(contentsOf: control)
    return buffer
  }

  /// Whether `cells` and `was` hold the same cells everywhere outside `regions`.
  private static func sameOutside(
    _ regions: [FrameRegion], _ cells: UnsafeBufferPointer<Cell>,
    _ was: UnsafeBufferPointer<Cell>, width: Int
  ) -> Bool {
    for index in cells.indices where cells[index] != was[index] {
      let row = index / max(1, width)
      let column = index - row * width
      guard regions.contains(where: { $0.rows.contains(row) && $0.columns.contains(column) })
      else { return false }
    }
    return true
  }

  /// Where the terminal's cursor is and which style it draws in, as a frame's bytes go.
  private struct Run {
    var row = -1
    var column = -1
    var style = -1
  }

  /// Appends the bytes that draw the cell at `index`, moving the cursor there first.
  private mutating func emit(
    _ index: Int, of cells: UnsafeBufferPointer<Cell>, width: Int, codes: TerminalCodes,
    run: inout Run
  ) {
    let cell = cells[index]
    if cell.width == 0 { return }
    if index == cells.count - 1 && codes.scrollsAtLastCell { return }
    let row = index / width
    let column = index - row * width
    if row != run.row || column != run.column {
      let gap = column - run.column
      if row == run.row && gap > 0 && gap <= 4 && run.style >= 0
        && Self.spaces(cells, from: index - gap, to: index, in: run.style)
      {
        // A few spaces are shorter than a cursor move, and look the same.
        for _ in 0..<gap { buffer.append(UInt8(ascii: " ")) }
      } else {
        moveCursor(row: row, column: column, codes: codes)
      }
    }
    let style = cell.style.code
    if style != run.style {
      buffer.append(contentsOf: codes.styles[style])
      run.style = style
    }
    append(cell, unicode: codes.unicode)
    run.row = row
    run.column = column + Int(cell.width)
  }

  /// Whether the cells in `range` are plain spaces that a space drawn in `style` shows
  /// exactly: neither is reverse video, the only attribute a space can show.
  private static func spaces(
    _ cells: UnsafeBufferPointer<Cell>, from start: Int, to end: Int, in style: Int
  ) -> Bool {
    guard !Style.all[style].reverse else { return false }
    for index in start..<end {
      let cell = cells[index]
      if cell.character != " " || cell.width != 1 || cell.style.reverse || cell.hasMarks {
        return false
      }
    }
    return true
  }

  private mutating func moveCursor(row: Int, column: Int, codes: TerminalCodes) {
    switch codes.move {
    case .ansi:
      buffer.append(0x1B)
      buffer.append(UInt8(ascii: "["))
      appendDecimal(row + 1)
      buffer.append(UInt8(ascii: ";"))
      appendDecimal(column + 1)
      buffer.append(UInt8(ascii: "H"))
    case .custom(let format):
      buffer.append(contentsOf: format(row, column))
    }
  }

  private mutating func appendDecimal(_ value: Int) {
    if value >= 10 { appendDecimal(value / 10) }
    buffer.append(UInt8(ascii: "0") + UInt8(value % 10))
  }

  private mutating func append(_ cell: Cell, unicode: Bool) {
    guard unicode else {
      appendUTF8(cell.asciiCharacter)
      // The ASCII stand-in is one column: keep the cursor where the terminal expects it.
      if cell.width == 2 { buffer.append(UInt8(ascii: " ")) }
      return
    }
    appendUTF8(cell.character)
    cell.forEachMark { appendUTF8($0) }
  }

  private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x80 {
      buffer.append(UInt8(value))
    } else if value < 0x800 {
      buffer.append(UInt8(0xC0 | value >> 6))
      buffer.append(UInt8(0x80 | value & 0x3F))
    } else if value < 0x1_0000 {
      buffer.append(UInt8(0xE0 | value >> 12))
      buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
      buffer.append(UInt8(0x80 | value & 0x3F))
    } else {
      buffer.append(UInt8(0xF0 | value >> 18))
      buffer.append(UInt8(0x80 | value >> 12 & 0x3F))
      buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
      buffer.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
