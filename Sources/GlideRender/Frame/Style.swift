import GlideCore

/// What a cell means; a theme gives each role its colour.
public enum Role: String, CaseIterable, Hashable, Sendable {
  /// Ordinary text.
  case text
  /// Secondary text: cues, hints, empty bar cells.
  case dim
  /// Titles and highlights.
  case accent
  /// Rolling.
  case roll
  /// Sustained holds.
  case hold
  /// Static stretches.
  case stretch
  /// Fascial flossing.
  case floss
  /// Massage gun work.
  case percussion
  /// Breath pacing.
  case breathe
  /// Active reps.
  case reps
  /// Rests, the lead-in and switching sides.
  case rest
  /// The paused state.
  case paused
  /// Warnings and the quit question.
  case warning

  /// The role that colours a technique.
  public init(_ technique: Technique) {
    switch technique {
    case .roll: self = .roll
    case .hold: self = .hold
    case .stretch: self = .stretch
    case .floss: self = .floss
    case .percussion: self = .percussion
    case .breathe: self = .breathe
    case .reps: self = .reps
    case .rest: self = .rest
    }
  }
}

/// How a cell is drawn: its role's colour plus attributes that survive a monochrome
/// terminal.
public struct Style: Hashable, Sendable {
  /// The colour role.
  public var role: Role
  /// Bold (bright) text.
  public var bold: Bool
  /// Reverse video.
  public var reverse: Bool

  /// Creates a style.
  public init(_ role: Role = .text, bold: Bool = false, reverse: Bool = false) {
    self.role = role
    self.bold = bold
    self.reverse = reverse
  }

  /// Plain text.
  public static let plain = Style()
}

/// One character cell of the screen.
///
/// A Unicode scalar rather than a `Character`: cells are plain values, so copying and
/// comparing a whole frame on every redraw costs no reference counting.
public struct Cell: Hashable, Sendable {
  /// The character shown (one column wide).
  public var character: Unicode.Scalar
  /// How it is drawn.
  public var style: Style

  /// Creates a cell.
  public init(_ character: Unicode.Scalar, _ style: Style = .plain) {
    self.character = character
    self.style = style
  }

  /// An empty cell.
  public static let blank = Cell(" ")
}
