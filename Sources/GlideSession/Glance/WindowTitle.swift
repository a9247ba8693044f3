import GlideCore

/// The terminal window's title while a session runs: the step and the time left, so a
/// glance at a taskbar or tab tells where the session is. The title the window had is
/// pushed first and popped back at the end (XTWINOPS 22/23, where the terminal has them).
public struct WindowTitle {
  /// Saves the window and icon titles on the terminal's stack (`CSI 22;0 t`).
  public static let push: [UInt8] = Array("\u{1B}[22;0t".utf8)
  /// Clears Glide's title, then restores the saved one (`CSI 23;0 t`): a terminal without
  /// the stack is left with an empty title rather than a stale countdown.
  public static let restore: [UInt8] = set("") + Array("\u{1B}[23;0t".utf8)

  /// What the title was last built from: the title changes only when one of these does.
  private struct Shown: Equatable {
    var index: Int
    var seconds: Int64?
    var reps: Int?
    var paused: Bool
    var finished: Bool
    var checkingIn: Bool
  }

  private var shown: Shown?
  /// The words for the item last shown, built once per item rather than on every wake.
  private var whatShown: (index: Int, text: String)?
  /// The command last sent, and where in it the clock face is: a tick that changes only
  /// the seconds rewrites those bytes in place rather than building the title again.
  private var command: [UInt8] = []
  private var face: Range<Int>?

  /// The title last sent.
  public var text: String? { command.isEmpty ? nil : Command(bytes: command).text }

  /// A title that has not been set yet.
  public init() {}

  /// Whether a terminal of type `term` takes OSC titles. The Linux console and the old
  /// hardware terminals do not: they would print the title's text over the screen.
  public static func isSupported(term: String?) -> Bool {
    guard let term, !term.isEmpty else { return false }
    if term.hasPrefix("vt") || term.hasPrefix("cons") { return false }
    return !["linux", "dumb", "sun", "pcansi", "ansi"].contains {
      term == $0 || term.hasPrefix($0 + "-")
    }
  }

  /// `OSC 0` (window and icon title) with `text` made safe.
  public static func set(_ text: String) -> [UInt8] {
    OperatingSystemCommand.bytes(["0", OperatingSystemCommand.safe(text)])
  }

  /// The bytes that retitle the window for `state` as `readout` shows it, or nil when the
  /// title would not change: the text is built only when the item or the mode changes, or
  /// the time left takes another number of characters; a tick that changes the seconds
  /// writes their digits over the last command's, and a wake that changes none of them
  /// costs a comparison.
  public mutating func update(_ state: SessionState, readout: Readout?) -> Command? {
    let paused: Bool
    switch state.mode {
    case .paused, .confirmingQuit: paused = true
    default: paused = false
    }
    let now = Shown(
      index: state.index, seconds: readout?.remainingSeconds, reps: readout?.reps,
      paused: paused, finished: state.isFinished, checkingIn: state.question != nil)
    guard now != shown else { return nil }
    let onlySeconds = shown.map {
      var was = $0
      was.seconds = now.seconds
      return was == now
    }
    shown = now
    if onlySeconds == true, let face, let seconds = now.seconds {
      let next = ClockFace(seconds: seconds)
      if next.count == face.count {
        next.withBytes { command.replaceSubrange(face, with: $0) }
        rewrites += 1
        return Command(bytes: command)
      }
    }
    if whatShown?.index != state.index || state.isFinished || state.question != nil {
      whatShown = (state.index, Self.what(state))
    }
    let title = Self.parts(state, readout: readout, what: whatShown?.text ?? "")
    let bytes = Self.set(title.text)
    guard bytes != command else { return nil }
    command = bytes
    face = nil
    // Where the clock face went in the command, past the command's opening; kept only
    // when the bytes there are the face's, which making the text safe left as it was.
    if let at = title.face {
      let start = Self.opening + at.offset
      let range = start..<(start + at.value.count)
      if range.upperBound <= command.count,
        at.value.withBytes({ $0.elementsEqual(command[range]) })
      {
        face = range
      }
    }
    return Command(bytes: command)
  }

  /// A title ready to send: an OSC 0 whose text went through `OperatingSystemCommand.safe`.
  /// Only `WindowTitle` makes one, so a screen is never handed bytes that skipped it.
  public struct Command: Sendable {
    /// The whole command, `ESC ] 0 ; text BEL`.
    public let bytes: [UInt8]

    fileprivate init(bytes: [UInt8]) { self.bytes = bytes }

    /// The title's text, as the command carries it.
    public var text: String {
      String(decoding: bytes.dropFirst(WindowTitle.opening).dropLast(), as: UTF8.self)
    }
  }

  /// The bytes of an OSC 0 before its text: `ESC ] 0 ;`.
  private static let opening = set("").count - 1

  /// Seconds rewritten in place since the title was created: how often a tick's title
  /// was not built again (for tests).
  var rewrites = 0

  /// The title for `state`: "1:23 Roll · left calves - Glide", "3/8 Glute bridges - Glide",
  /// "Paused 1:23 ...", "Session complete - Glide".
  public static func text(_ state: SessionState, readout: Readout?) -> String {
    text(state, readout: readout, what: what(state))
  }

  /// What the item in progress is, without its amount: "Roll · left calves", "Glute
  /// bridges" for reps that name their movement; the whole title once the session is over
  /// or while a check-in asks.
  static func what(_ state: SessionState) -> String {
    if let summary = state.summary {
      return summary.outcome == .completed ? "Session complete - Glide" : "Session ended - Glide"
    }
    if let question = state.question {
      return question.when == .before ? "Check-in before - Glide" : "Check-in after - Glide"
    }
    guard let item = state.item else { return "Glide" }
    switch item.kind {
    case .leadIn: return "Get ready"
    case .switchSides: return "Switch sides"
    case .transition: return "Get into position"
    case .step:
      if item.technique == .reps, let movement = item.step.movement { return movement }
      return "\(item.technique.label) · \(item.targetWithSide)"
    }
  }

  private static func text(_ state: SessionState, readout: Readout?, what: String) -> String {
    parts(state, readout: readout, what: what).text
  }

  /// The title, and where in its UTF-8 the clock face is when it shows one: the one place
  /// the title's layout is written, for the whole text and for a tick's seconds alike.
  private static func parts(_ state: SessionState, readout: Readout?, what: String) -> (
    text: String, face: (offset: Int, value: ClockFace)?
  ) {
    // Over, or asking a check-in: the words are the whole title.
    if state.isFinished || state.question != nil { return (what, nil) }
    guard let item = state.item else { return ("Glide", nil) }
    var title = ""
    if case .paused = state.mode { title = "Paused " }
    var face: (offset: Int, value: ClockFace)?
    if let reps = readout?.reps {
      title += "\(reps)/\(item.step.reps ?? 0) "
    } else if let seconds = readout?.remainingSeconds {
      let value = ClockFace(seconds: seconds)
      face = (title.utf8.count, value)
      title += value.text + " "
    }
    return (title + what + " - Glide", face)
  }
}
