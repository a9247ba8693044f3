import GlideCore

/// One character cell of the screen.
///
/// Plain values rather than a `Character`: cells are copied and compared a whole frame at
/// a time on every redraw, so they must cost no reference counting. A character two
/// columns wide takes its cell and the next, which it covers (`width` 0); combining marks
/// ride on their base character's cell, at most `maximumMarks` of them.
public struct Cell: Hashable, Sendable {
  /// The base character shown.
  public var character: Unicode.Scalar
  /// How it is drawn.
  public var style: Style
  /// Columns the character takes: 1, 2 for a wide character, 0 for the cell a wide
  /// character on its left covers.
  public internal(set) var width: UInt8
  /// The first and second combining marks on the character, 0 for none.
  var firstMark: UInt32 = 0
  var secondMark: UInt32 = 0

  /// Marks kept on one character: enough for any real letter (Vietnamese stacks two), and
  /// a string of thousands cannot grow a cell.
  public static let maximumMarks = 2

  /// Creates a cell of a character as wide as it is, with no marks.
  public init(_ character: Unicode.Scalar, _ style: Style = .plain) {
    self.character = character
    self.style = style
    width = DisplayWidth.of(character) == 2 ? 2 : 1
  }

  /// A cell of a character one column wide (ASCII, the bar and block glyphs Glide draws
  /// itself), made without looking its width up: a wake makes hundreds of cells.
  init(narrow character: Unicode.Scalar, _ style: Style) {
    assert(DisplayWidth.of(character) == 1, "\(character) is not one column wide")
    self.character = character
    self.style = style
    width = 1
  }

  /// A cell of a character whose width the caller has looked up (1 or 2).
  init(_ character: Unicode.Scalar, _ style: Style, columns: Int) {
    self.character = character
    self.style = style
    width = columns == 2 ? 2 : 1
  }

  /// The cell that a wide character on its left covers.
  static func covered(_ style: Style) -> Cell {
    var cell = Cell(" ", style)
    cell.width = 0
    return cell
  }

  /// An empty cell.
  public static let blank = Cell(" ")

  /// Whether the cell shows nothing on a freshly cleared screen.
  var isBlank: Bool { self == .blank }

  /// The combining marks on the character, in order.
  public var marks: [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    forEachMark { result.append($0) }
    return result
  }

  /// Whether any combining mark rides on the character.
  var hasMarks: Bool { firstMark != 0 }

  /// Adds a combining mark, unless the cell already holds `maximumMarks`.
  mutating func addMark(_ mark: Unicode.Scalar) {
    if firstMark == 0 {
      firstMark = mark.value
    } else if secondMark == 0 {
      secondMark = mark.value
    }
  }

  func forEachMark(_ body: (Unicode.Scalar) -> Void) {
    guard firstMark != 0, let first = Unicode.Scalar(firstMark) else { return }
    body(first)
    if secondMark != 0, let second = Unicode.Scalar(secondMark) { body(second) }
  }
}
