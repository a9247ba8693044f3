/// The parts of a paced rep written as `2-1-2`, named one way for the pacer, the line under
/// the movement, a file's error and the starter routine. The middle part is "hold", not
/// "pause": PAUSED is what the session says when the person stops it.
public enum RepPart {
  /// The part `part` (from 0) of a rep of `count` parts, as the pacer labels it; "beat"
  /// for a tempo of one part. A `StaticString`, so a beat's redraw builds no `String`.
  public static func name(_ part: Int?, of count: Int) -> StaticString {
    guard let part else { return "beat" }
    switch part {
    case 0: return "out"
    case 1 where count == 3: return "hold"
    default: return "back"
    }
  }

  /// The part (from 0) a rep of `phases` is in `into` it, and how far into the rep it
  /// ends; nil past the last. The screen's label and the voice's cue both read it.
  public static func at(_ into: TimeSpan, of phases: [TimeSpan]) -> (part: Int, ends: TimeSpan)? {
    var end = TimeSpan.zero
    for (part, length) in phases.enumerated() {
      end = end + length
      if into < end { return (part, end) }
    }
    return nil
  }

  /// The parts of a rep of `count` parts in order: "out, hold, back".
  public static func names(of count: Int) -> String {
    (0..<count).map { "\(name($0, of: count))" }.joined(separator: ", ")
  }
}
