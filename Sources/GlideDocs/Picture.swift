import GlideConfig
import GlideCore
import GlideRender

/// One picture of Glide for the documentation: its file name and the SVG text.
public struct Picture: Hashable, Sendable {
  /// The file name under the pictures folder, e.g. `roll.svg`.
  public var file: String
  /// What it shows, for its title and README's alt text.
  public var title: String
  /// The SVG document.
  public var svg: String
}

/// Every picture the documentation shows, drawn by Glide's own renderer from sessions the
/// real reducer played on a fake clock: what a person sees, never a mock-up.
public enum Pictures {
  /// Where the pictures live, relative to the package root.
  public static let folder = "docs/pictures"

  /// The theme the session pictures are drawn in.
  static var theme: Theme { ThemeCatalog.defaultTheme }

  /// All of them, in README's order; `root` is the package's folder, where the example
  /// log of the stats picture is.
  public static func all(root: String) throws -> [Picture] {
    [roll(), breathHold(), pacedReps(), summary(), try stats(root: root), firstHalfMinute()]
  }

  /// A roll half a minute in: the big clock, the cue, the bars and what comes next.
  static func roll() -> Picture {
    let (state, now) = SessionPictures.into("pre-run", seconds: 31) {
      $0.kind == .step && $0.technique == .roll
    }
    return session("roll.svg", "A roll in pre-run, half a minute in", state, now)
  }

  /// A hold with a slow breath: the pacer filling on the in-breath.
  static func breathHold() -> Picture {
    let (state, now) = SessionPictures.into("hamstrings-low-back", seconds: 62) {
      $0.kind == .step && $0.technique == .hold
    }
    return session("breath.svg", "A hold on a ball with the breath pacer", state, now)
  }

  /// Reps the timer paces and counts.
  static func pacedReps() -> Picture {
    let (state, now) = SessionPictures.into("desk-reset", seconds: 10) {
      $0.kind == .step && $0.technique == .reps
    }
    return session("reps.svg", "Paced reps, counted by the timer", state, now)
  }

  /// The summary at the end of a whole session played through.
  static func summary() -> Picture {
    let (state, now) = SessionPictures.play("desk-reset") { _ in false }
    return session(
      "summary.svg", "The summary after desk-reset", state, now, week: WeekTally(sessions: 2))
  }

  /// The first half minute of pre-run, a frame a second: the get-ready, then the roll.
  static func firstHalfMinute() -> Picture {
    var frames: [Frame] = []
    _ = SessionPictures.play("pre-run") { state in
      frames.append(SessionPictures.frame(state, at: .seconds(Double(frames.count))))
      return frames.count == 30
    }
    let title = "The first 30 seconds of pre-run"
    let svg = SVGFrame(theme: theme).animatedSVG(frames, seconds: 1, title: title)
    return Picture(file: "session.svg", title: title, svg: svg)
  }

  /// `glide stats` over a log of eight weeks.
  static func stats(root: String) throws -> Picture {
    let lines = try StatsPicture.lines(root: root)
    // As wide as the longest line: a terminal would wrap it, a picture need not.
    let width = max(80, lines.map { DisplayWidth.of($0) }.max() ?? 0)
    var frame = Frame(width: width, height: lines.count + 2)
    frame.put("$ glide stats", row: 0, column: 0, Style(.dim))
    for (row, line) in lines.enumerated() { frame.put(line, row: row + 1, column: 0) }
    let svg = SVGFrame(theme: theme).svg(frame, title: "glide stats")
    return Picture(file: "stats.svg", title: "glide stats", svg: svg)
  }

  static func session(
    _ file: String, _ title: String, _ state: SessionState, _ now: Instant, week: WeekTally? = nil
  ) -> Picture {
    let frame = SessionPictures.frame(state, at: now, week: week)
    return Picture(file: file, title: title, svg: SVGFrame(theme: theme).svg(frame, title: title))
  }
}
