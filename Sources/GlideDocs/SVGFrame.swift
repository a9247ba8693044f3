import GlideCore
import GlideRender

/// Writes a frame of styled cells as an SVG picture of a terminal showing it.
///
/// Text runs are placed cell by cell (`textLength` pins each run to its cells whatever the
/// font's advance), and the full blocks of big digits and bars are drawn as rectangles, so
/// the picture keeps the grid in any monospace font.
public struct SVGFrame: Sendable {
  /// Width of one cell, in SVG units.
  public static let cellWidth = 9
  /// Height of one cell.
  public static let cellHeight = 19
  /// The margin around the cells.
  static let margin = 12
  /// The font size the text is set in.
  static let fontSize = 15

  /// The theme whose colours the roles take.
  public var theme: Theme
  /// The terminal the picture imitates.
  public var palette: TerminalPalette

  /// A writer for `theme` on `palette`.
  public init(theme: Theme, palette: TerminalPalette = .tango) {
    self.theme = theme
    self.palette = palette
  }

  /// The whole picture: a rounded terminal window with the frame's cells in it.
  public func svg(_ frame: Frame, title: String) -> String {
    document(columns: frame.width, rows: frame.height, title: title, content: body(frame))
  }

  /// An animated picture: each frame shown for `seconds` in turn, over and over (a CSS
  /// animation, which browsers play in an `<img>` too).
  public func animatedSVG(_ frames: [Frame], seconds: Int, title: String) -> String {
    let columns = frames.map(\.width).max() ?? 0
    let rows = frames.map(\.height).max() ?? 0
    // Every frame runs the same loop, started so far back (a negative delay) that it is
    // visible exactly in its own second of it. Where nothing animates, every frame shows,
    // each on a background of its own, so the last one is seen.
    let total = frames.count * seconds
    let share = 100.0 / Double(max(1, frames.count))
    let style = """
      <style>
      g.f{animation:show \(total)s step-end infinite}
      @keyframes show{0%{visibility:visible}\(Self.percent(share)){visibility:hidden}}
      </style>

      """
    var groups = ""
    for (index, frame) in frames.enumerated() {
      groups += "<g class=\"f\" style=\"animation-delay:-\(total - index * seconds)s\">\n"
      groups += "<rect width=\"100%\" height=\"100%\" rx=\"8\" fill=\"\(palette.background)\"/>\n"
      groups += body(frame) + "</g>\n"
    }
    return document(columns: columns, rows: rows, title: title, style: style, content: groups)
  }

  /// A share of the loop as CSS writes it, to three decimals: `3.333%`.
  static func percent(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
      + "%"
  }

  /// The SVG document around `content`: the window, the font, the title.
  func document(
    columns: Int, rows: Int, title: String, style: String = "", content: String
  ) -> String {
    let width = columns * Self.cellWidth + 2 * Self.margin
    let height = rows * Self.cellHeight + 2 * Self.margin
    return """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
      viewBox="0 0 \(width) \(height)" role="img" aria-label="\(Self.escaped(title))">
      <title>\(Self.escaped(title))</title>
      \(style)<rect width="\(width)" height="\(height)" rx="8" fill="\(palette.background)"/>
      <g font-family="'DejaVu Sans Mono', 'Cascadia Mono', Menlo, Consolas, monospace" \
      font-size="\(Self.fontSize)" xml:space="preserve">

      """ + content + "</g>\n</svg>\n"
  }

  /// The cells: backgrounds and blocks first, then text runs over them.
  public func body(_ frame: Frame) -> String {
    var out = ""
    for row in 0..<frame.height {
      out += rectangles(frame, row: row)
      out += partialBlocks(frame, row: row)
      out += textRuns(frame, row: row)
    }
    return out
  }

  /// The reverse-video backgrounds and the full blocks of a row, a run of equal cells as
  /// one rectangle.
  func rectangles(_ frame: Frame, row: Int) -> String {
    var out = ""
    var column = 0
    while column < frame.width {
      let cell = frame[row, column]
      guard let fill = fill(of: cell) else {
        column += 1
        continue
      }
      var end = column + 1
      while end < frame.width, self.fill(of: frame[row, end]) == fill { end += 1 }
      out += rect(row: row, column: column, count: end - column, fill: fill)
      column = end
    }
    return out
  }

  /// What fills a cell's whole box: a full block's colour, a reverse cell's background.
  func fill(of cell: Cell) -> String? {
    if cell.character == "█" {
      return cell.style.reverse ? palette.background : foreground(cell.style)
    }
    return cell.style.reverse ? palette.color(cell.style.role, in: theme) : nil
  }

  func rect(row: Int, column: Int, count: Int, fill: String) -> String {
    rect(
      x: Self.margin + column * Self.cellWidth, y: Self.margin + row * Self.cellHeight,
      width: count * Self.cellWidth, height: Self.cellHeight, fill: fill)
  }

  func rect(x: Int, y: Int, width: Int, height: Int, fill: String) -> String {
    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"\(fill)\"/>\n"
  }

  /// The eighth and half blocks of bars and sparklines, drawn as the part of the cell they
  /// fill: a font's glyphs for them rarely meet the cell's edges.
  func partialBlocks(_ frame: Frame, row: Int) -> String {
    var out = ""
    for column in 0..<frame.width {
      let cell = frame[row, column]
      guard let part = Self.blockPart(cell.character) else { continue }
      let x = Self.margin + column * Self.cellWidth
      let y = Self.margin + row * Self.cellHeight
      let width = Self.cellWidth * part.width / 8
      let height = Self.cellHeight * part.height / 8
      out += rect(
        x: x + (part.right ? Self.cellWidth - width : 0),
        y: y + (part.top ? 0 : Self.cellHeight - height), width: width, height: height,
        fill: foreground(cell.style))
    }
    return out
  }

  /// How much of its cell a block element fills, in eighths, and from which edges; nil for
  /// any other character (and for the full block, drawn with its neighbours).
  static func blockPart(
    _ character: Unicode.Scalar
  ) -> (width: Int, height: Int, top: Bool, right: Bool)? {
    switch character.value {
    case 0x2580: (8, 4, true, false)
    case 0x2581...0x2587: (8, Int(character.value - 0x2580), false, false)
    case 0x2589...0x258F: (Int(0x2590 - character.value), 8, false, false)
    case 0x2590: (4, 8, false, true)
    default: nil
    }
  }

  /// The text of a row, one element per run of one style; a run ends at a block, at two
  /// blanks in a row, or where the style changes.
  func textRuns(_ frame: Frame, row: Int) -> String {
    var out = ""
    var column = 0
    while column < frame.width {
      let cell = frame[row, column]
      guard !isEmpty(cell) else {
        column += 1
        continue
      }
      var text = ""
      var end = column
      while end < frame.width, runGoesOn(frame, row: row, column: end, style: cell.style) {
        let next = frame[row, end]
        if next.width > 0 {
          text.unicodeScalars.append(next.character)
          for mark in next.marks { text.unicodeScalars.append(mark) }
        }
        end += 1
      }
      out += textElement(text, row: row, column: column, style: cell.style)
      column = end
    }
    return out
  }

  /// Whether the cell at `column` belongs to a run of text in `style`.
  func runGoesOn(_ frame: Frame, row: Int, column: Int, style: Style) -> Bool {
    let cell = frame[row, column]
    guard cell.style == style, cell.character != "█", Self.blockPart(cell.character) == nil
    else { return false }
    guard cell.character == " ", cell.width == 1 else { return true }
    return column + 1 < frame.width && !isEmpty(frame[row, column + 1])
  }

  /// Whether a cell draws no glyph (a space, or a block drawn as a rectangle).
  func isEmpty(_ cell: Cell) -> Bool {
    cell.width == 1
      && (cell.character == " " || cell.character == "█" || Self.blockPart(cell.character) != nil)
  }

  func textElement(_ text: String, row: Int, column: Int, style: Style) -> String {
    guard !text.isEmpty else { return "" }
    let x = Self.margin + column * Self.cellWidth
    // The baseline sits about a quarter of a cell above its bottom.
    let y = Self.margin + row * Self.cellHeight + Self.cellHeight * 3 / 4 + 1
    let cells = DisplayWidth.of(text)
    var attributes = "x=\"\(x)\" y=\"\(y)\" fill=\"\(foreground(style))\""
    if cells > 1 {
      attributes += " textLength=\"\(cells * Self.cellWidth)\" lengthAdjust=\"spacingAndGlyphs\""
    }
    if style.bold { attributes += " font-weight=\"bold\"" }
    return "<text \(attributes)>\(Self.escaped(text))</text>\n"
  }

  /// The colour a style's text is drawn in.
  func foreground(_ style: Style) -> String {
    style.reverse ? palette.background : palette.color(style.role, in: theme)
  }

  /// Text made safe inside an SVG element or attribute.
  static func escaped(_ text: String) -> String {
    TextEscaper.markup.escaped(text)
  }
}
