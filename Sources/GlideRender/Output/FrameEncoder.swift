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
  /// changed or after `invalidate()`); empty when nothing changed.
  public mutating func encode(_ frame: Frame, codes: TerminalCodes) -> [UInt8] {
    buffer.removeAll(keepingCapacity: true)
    let previous = shown.flatMap {
      $0.width == frame.width && $0.height == frame.height ? $0 : nil
    }
    if previous == nil { buffer.append(contentsOf: codes.clear) }
    var cursorRow = previous == nil ? 0 : -1
    var cursorColumn = previous == nil ? 0 : -1
    var currentStyle = -1
    let lastIndex = frame.width * frame.height - 1
    frame.cells.withUnsafeBufferPointer { cells in
      let old = previous?.cells
      for index in cells.indices {
        let cell = cells[index]
        if cell.width == 0 { continue }
        if let old {
          if old[index] == cell { continue }
        } else if cell.isBlank {
          continue
        }
        if index == lastIndex && codes.scrollsAtLastCell { continue }
        let row = index / frame.width
        let column = index - row * frame.width
        if row != cursorRow || column != cursorColumn {
          let gap = column - cursorColumn
          if row == cursorRow && gap > 0 && gap <= 4 && currentStyle >= 0
            && Self.spaces(cells, from: index - gap, to: index, in: currentStyle)
          {
            // A few spaces are shorter than a cursor move, and look the same.
            for _ in 0..<gap { buffer.append(UInt8(ascii: " ")) }
          } else {
            moveCursor(row: row, column: column, codes: codes)
          }
        }
        let style = cell.style.code
        if style != currentStyle {
          buffer.append(contentsOf: codes.styles[style])
          currentStyle = style
        }
        append(cell, unicode: codes.unicode)
        cursorRow = row
        cursorColumn = column + Int(cell.width)
      }
    }
    if currentStyle >= 0 { buffer.append(contentsOf: codes.reset) }
    shown = frame
    return buffer
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
