/// A five-row block font for the digits and words read from across a room.
public enum BigFont {
  /// Rows in a glyph at scale 1.
  public static let rows = 5

  private static let glyphs: [Character: [String]] = [
    "0": ["###", "#.#", "#.#", "#.#", "###"],
    "1": ["##.", ".#.", ".#.", ".#.", "###"],
    "2": ["###", "..#", "###", "#..", "###"],
    "3": ["###", "..#", ".##", "..#", "###"],
    "4": ["#.#", "#.#", "###", "..#", "..#"],
    "5": ["###", "#..", "###", "..#", "###"],
    "6": ["###", "#..", "###", "#.#", "###"],
    "7": ["###", "..#", "..#", "..#", "..#"],
    "8": ["###", "#.#", "###", "#.#", "###"],
    "9": ["###", "#.#", "###", "..#", "###"],
    ":": [".", "#", ".", "#", "."],
    "/": ["..#", "..#", ".#.", "#..", "#.."],
    " ": ["..", "..", "..", "..", ".."],
    "A": ["###", "#.#", "###", "#.#", "#.#"],
    "D": ["##.", "#.#", "#.#", "#.#", "##."],
    "E": ["###", "#..", "##.", "#..", "###"],
    "H": ["#.#", "#.#", "###", "#.#", "#.#"],
    "I": ["###", ".#.", ".#.", ".#.", "###"],
    "L": ["#..", "#..", "#..", "#..", "###"],
    "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
    "O": ["###", "#.#", "#.#", "#.#", "###"],
    "P": ["###", "#.#", "###", "#..", "#.."],
    "R": ["###", "#.#", "##.", "#.#", "#.#"],
    "S": ["###", "#..", "###", "..#", "###"],
    "T": ["###", ".#.", ".#.", ".#.", ".#."],
    "U": ["#.#", "#.#", "#.#", "#.#", "###"],
  ]

  private static func glyph(_ character: Character) -> [String]? {
    glyphs[Character(character.uppercased())]
  }

  /// Columns `text` takes at horizontal scale `sx`, one scaled column between glyphs.
  public static func width(of text: String, sx: Int) -> Int {
    let glyphWidths = text.compactMap { glyph($0)?.first?.count }
    guard !glyphWidths.isEmpty else { return 0 }
    return (glyphWidths.reduce(0, +) + glyphWidths.count - 1) * sx
  }

  /// Draws `text` with its top-left corner at (row, column), each font pixel `sx` by `sy`
  /// cells, clipped to the frame.
  public static func draw(
    _ text: String, into frame: inout Frame, row: Int, column: Int, sx: Int, sy: Int,
    _ style: Style
  ) {
    var x = column
    for character in text {
      guard let rows = glyph(character) else { continue }
      for (r, line) in rows.enumerated() {
        for (c, pixel) in line.enumerated() where pixel == "#" {
          for dy in 0..<sy {
            for dx in 0..<sx {
              frame[row + r * sy + dy, x + c * sx + dx] = Cell("█", style)
            }
          }
        }
      }
      x += (rows[0].count + 1) * sx
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
