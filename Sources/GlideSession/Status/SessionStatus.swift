import GlideCore
import GlideLog

/// Where a running session is, for a status bar: what `glide status` reads from the file
/// a session keeps. It holds a deadline on the wall clock rather than the time left, so the
/// session writes it only when the step changes or it pauses or resumes, never per second.
public struct SessionStatus: Hashable, Sendable {
  /// The session's process, so the file of one that died is known stale.
  public var pid: Int32
  /// The routine's name.
  public var routine: String
  /// What the step in progress is: "Roll · left calves".
  public var what: String
  /// Whether the clock is stopped.
  public var paused: Bool
  /// Running: when the step's time is up, in seconds since 1970 (nil for reps counted by
  /// key).
  public var ends: Double?
  /// Paused: the seconds that were left.
  public var remaining: Double?
  /// The step's whole length in seconds (nil for reps counted by key).
  public var length: Double?
  /// Session seconds per wall second (1 but in tests).
  public var scale: Double
  /// The number of the step in progress ("step N of M"; the get-ready, a switch or a
  /// transition has the number of the step after it).
  public var step: Int
  /// How many steps the routine has.
  public var steps: Int

  /// A status from its parts.
  public init(
    pid: Int32, routine: String, what: String, paused: Bool, ends: Double?, remaining: Double?,
    length: Double?, scale: Double, step: Int, steps: Int
  ) {
    self.pid = pid
    self.routine = routine
    self.what = what
    self.paused = paused
    self.ends = ends
    self.remaining = remaining
    self.length = length
    self.scale = scale
    self.step = step
    self.steps = steps
  }

  /// The seconds left at wall time `now` (seconds since 1970), nil when the step is not
  /// timed.
  public func secondsLeft(at now: Double) -> Double? {
    if paused { return remaining }
    return ends.map { max(0, ($0 - now) * scale) }
  }

  /// How far through its step the session is at `now`, 0 to 100.
  public func percentage(at now: Double) -> Int {
    guard let length, length > 0, let left = secondsLeft(at: now) else { return 0 }
    return Int((100 * (length - left) / length).rounded()).clamped(0, 100)
  }

  /// The template `--format` takes when none is given: "▶ Roll · left calves 1:23".
  public static let defaultFormat = "{icon} {what} {left}"

  /// The fields a template can name, in braces; `glide status --help` lists them from here.
  public static let fieldNames = [
    "icon", "state", "what", "left", "routine", "step", "steps", "percent",
  ]

  /// The names in braces in `template` that are not fields, in order.
  public static func unknownFields(in template: String) -> [String] {
    var unknown: [String] = []
    var rest = template[...]
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      let name = String(rest[rest.index(after: open)..<close])
      if !fieldNames.contains(name) { unknown.append(name) }
      rest = rest[rest.index(after: close)...]
    }
    return unknown
  }

  /// The field `template` opens and never closes ("{icon" of "{icon left"), if any: it
  /// would be printed as it is.
  public static func unclosedField(in template: String) -> String? {
    guard let open = template.lastIndex(of: "{"), !template[open...].contains("}") else {
      return nil
    }
    return String(template[open...].prefix { $0 != " " })
  }

  /// The status through `template`, its fields in braces: `{icon}` (▶ or ⏸), `{state}`
  /// (running or paused), `{what}`, `{left}` (1:23, empty for reps), `{routine}`, `{step}`,
  /// `{steps}`, `{percent}`. Spaces left over by an empty field are taken out.
  public func formatted(_ template: String = defaultFormat, at now: Double) -> String {
    let left = secondsLeft(at: now).map { ClockFace(seconds: Int64($0.rounded(.up))).text } ?? ""
    let values = [
      paused ? "⏸" : "▶", paused ? "paused" : "running", what, left, routine, "\(step)",
      "\(steps)", "\(percentage(at: now))",
    ]
    var result = template
    for (name, value) in zip(Self.fieldNames, values) {
      result = result.replacing("{\(name)}", with: value)
    }
    return result.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// One line of JSON in the shape waybar's custom module reads: `text`, `tooltip`,
  /// `class` (running or paused) and `percentage`.
  public func waybar(_ template: String = defaultFormat, at now: Double) -> String {
    let tooltip = "\(routine) · step \(step) of \(steps)"
    return Self.waybar(
      text: formatted(template, at: now), tooltip: tooltip, class: paused ? "paused" : "running",
      percentage: percentage(at: now))
  }

  /// What `--json` prints when no session runs: empty text, which waybar hides.
  public static let idleWaybar = waybar(text: "", tooltip: "", class: "idle", percentage: 0)

  private static func waybar(text: String, tooltip: String, class name: String, percentage: Int)
    -> String
  {
    "{\"text\":\(JSONWriter.string(text)),\"tooltip\":\(JSONWriter.string(tooltip)),"
      + "\"class\":\(JSONWriter.string(name)),\"percentage\":\(percentage)}"
  }
}

extension Int {
  fileprivate func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(high, Swift.max(low, self)) }
}
