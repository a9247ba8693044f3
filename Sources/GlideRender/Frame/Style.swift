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

  /// Every style, in `code` order.
  public static let all: [Style] = Role.allCases.flatMap { role in
    [false, true].flatMap { bold in
      [false, true].map { reverse in Style(role, bold: bold, reverse: reverse) }
    }
  }

  /// A small number for the style (its place in `all`), so a terminal's codes for it are
  /// found by index rather than by hashing.
  public var code: Int { role.ordinal * 4 + (bold ? 2 : 0) + (reverse ? 1 : 0) }
}

extension Role {
  /// The role's place in `allCases`.
  var ordinal: Int {
    switch self {
    case .text: 0
    case .dim: 1
    case .accent: 2
    case .roll: 3
    case .hold: 4
    case .stretch: 5
    case .floss: 6
    case .percussion: 7
    case .breathe: 8
    case .reps: 9
    case .rest: 10
    case .paused: 11
    case .warning: 12
    }
  }
}
