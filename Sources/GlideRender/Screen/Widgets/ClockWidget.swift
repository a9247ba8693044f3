import GlideCore

/// The time left, or the reps done, in big digits centred across their rectangle.
enum ClockWidget {
  /// The horizontal scale the digits take: twice their vertical scale, or as wide as
  /// the screen allows.
  static func horizontalScale(_ text: BigText, rows: BigRows, width: Int) -> Int {
    let unit = BigFont.width(of: text, sx: 1)
    guard unit > 0 else { return 1 }
    return max(1, min(2 * rows.sy, (width - 2) / unit))
  }

  /// The column the digits start at.
  static func left(_ text: BigText, sx: Int, in rect: Rect) -> Int {
    rect.column + max(0, (rect.width - BigFont.width(of: text, sx: sx)) / 2)
  }

  /// Draws `text` centred in `rect`, `sx` cells to a pixel across.
  static func draw(
    _ text: BigText, sx: Int, rows: BigRows, in rect: Rect, _ style: Style,
    into frame: inout Frame
  ) {
    BigFont.draw(
      text, into: &frame, row: rect.row, column: left(text, sx: sx, in: rect), sx: sx,
      rows: rows, style)
  }

  /// Redraws the digits of `rect`, which shows `last` at `lastScale` across, so that it
  /// shows `text`: where both take the same width, from the first character that differs,
  /// as those before it stay where they are; else the whole rectangle. Returns the region
  /// changed, nil when nothing did.
  ///
  /// A tick is most of a session's wakes, so this builds no `String` and allocates
  /// nothing.
  static func redraw(
    from last: BigText, lastScale: Int, to text: BigText, rows: BigRows, in rect: Rect,
    _ style: Style, into frame: inout Frame
  ) -> (region: FrameRegion?, sx: Int) {
    let sx = horizontalScale(text, rows: rows, width: rect.width)
    let total = BigFont.width(of: text, sx: sx)
    guard sx == lastScale, total == BigFont.width(of: last, sx: sx) else {
      frame.clear(rect)
      draw(text, sx: sx, rows: rows, in: rect, style, into: &frame)
      return (rect.region, sx)
    }
    var same = 0
    while same < text.count, same < last.count, text[same] == last[same] { same += 1 }
    guard same < text.count else { return (nil, sx) }
    let left = left(text, sx: sx, in: rect)
    let start = left + (same == 0 ? 0 : BigFont.width(of: text, count: same, sx: sx) + sx)
    let changed = Rect(
      row: rect.row, column: start, width: left + total - start, height: rows.total)
    frame.clear(changed)
    BigFont.draw(
      text, from: same, into: &frame, row: rect.row, column: start, sx: sx, rows: rows, style)
    return (changed.region, sx)
  }
}
