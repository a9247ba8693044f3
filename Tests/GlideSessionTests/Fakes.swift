import GlideCore
import GlideRender
import GlideSession
import Testing

/// Everything the fakes saw, in order, as short lines: "draw 80x24", "bell",
/// "hook step_start 0", "say Switch sides", "journal", "log stopped", "suspend".
final class Transcript {
  var lines: [String] = []
  var frames: [Frame] = []
  /// For each frame, whether it was drawn whole (no changed regions named).
  var whole: [Bool] = []
}

/// A clock that moves only when the fake screen says time passed.
final class FakeClock: SessionClock {
  var instant = Instant.zero

  func now() -> Instant { instant }

  func milliseconds(until wake: Instant, from now: Instant) -> Int {
    let nanoseconds = max(0, (wake - now).nanoseconds)
    return Int((nanoseconds + 999_999) / 1_000_000)
  }
}

/// One step of what the person and the system do, as the fake screen plays it.
enum Act {
  /// Time passes, wake after wake, until session time reaches this many seconds.
  case until(Double)
  /// A key, after some session time.
  case key(Key, after: TimeSpan = .zero)
  /// A signal arrives.
  case signal(Int32)
  /// The terminal takes a new size.
  case resize(width: Int, height: Int)
  /// The input is gone.
  case close
  /// The input is at its end, and the session runs on without keys (a pipe).
  case end
  /// The oldest phrase being said ends: its SIGCHLD wakes the loop, with no key and no
  /// time passing.
  case childEnds
}

/// A screen that plays a script of inputs and keeps every frame and call.
final class FakeScreen: Screen {
  let clock: FakeClock
  let transcript: Transcript
  var script: [Act]
  var size = (width: 80, height: 24)
  /// Whether it notes plain mode's lines for what each reduction returned, as
  /// "plain <line>" (off: the full screen, which says nothing).
  var plain = false
  /// Ends the oldest phrase being said, for `.childEnds`.
  var childEnds: () -> Void = {}

  init(_ script: [Act], clock: FakeClock, transcript: Transcript) {
    self.script = script
    self.clock = clock
    self.transcript = transcript
  }

  func draw(_ frame: Frame, changed: [FrameRegion]?) {
    // A frame said to differ only in `changed` must equal the last one everywhere else,
    // as the terminal's output assumes when it compares only those cells.
    if let changed, let last = transcript.frames.last, last.width == frame.width,
      last.height == frame.height
    {
      for row in 0..<frame.height {
        for column in 0..<frame.width
        where !changed.contains(where: { $0.rows.contains(row) && $0.columns.contains(column) })
          && frame[row, column] != last[row, column]
        {
          Issue.record("draw changed row \(row), column \(column) outside its regions")
          return
        }
      }
    }
    transcript.frames.append(frame)
    transcript.whole.append(changed == nil)
    transcript.lines.append("draw \(frame.width)x\(frame.height)")
  }

  func read(timeout milliseconds: Int?) -> ScreenInput {
    // A script that runs out closes the input, so a test can never hang.
    guard let next = script.first else { return .closed }
    if case .until(let seconds) = next {
      let target = Instant.seconds(seconds)
      guard let milliseconds else { return .closed }
      let wake = clock.instant + .milliseconds(Int64(milliseconds))
      if wake >= target { script.removeFirst() }
      clock.instant = min(wake, target)
      return .timeout
    }
    switch script.removeFirst() {
    case .until: return .timeout
    case .key(let key, let after):
      clock.instant = clock.instant + after
      return .key(key)
    case .signal(let number): return .signal(number)
    case .resize(let width, let height):
      size = (width, height)
      return .resize
    case .close: return .closed
    case .end: return .inputEnded
    case .childEnds:
      childEnds()
      return .timeout
    }
  }

  func bell(flash: Bool) { transcript.lines.append(flash ? "flash" : "bell") }
  func suspend() { transcript.lines.append("suspend") }
  func title(_ command: WindowTitle.Command) { transcript.lines.append("title \(command.text)") }
  func notify(_ notification: DesktopNotification) {
    transcript.lines.append("notify \(notification.body)")
  }
  func narrate(_ effects: [Effect]) {
    guard plain else { return }
    transcript.lines += PlainNarration().lines(for: effects).map { "plain \($0)" }
  }
  func discardTypeahead() { transcript.lines.append("discard") }
  func repaint() { transcript.lines.append("repaint") }
}

/// A journal and log that only note what they were asked.
final class FakeRecorder: Recorder {
  let transcript: Transcript
  var week: WeekTally?
  var journals: [Summary] = []
  var finished: Summary?

  init(transcript: Transcript) { self.transcript = transcript }

  func journal(_ summary: Summary, synced: Bool) {
    journals.append(summary)
    transcript.lines.append(synced ? "journal" : "journal refresh")
  }

  func finish(_ summary: Summary) {
    finished = summary
    week = WeekTally(sessions: 2)
    transcript.lines.append("log \(summary.outcome.rawValue)")
  }
}

/// Child processes that never start: the hook's events and the phrases are noted.
final class FakeProcesses: ChildProcesses {
  let transcript: Transcript
  let programs: Set<String>
  var started: [(path: String, arguments: [String], environment: [String: String])] = []
  var stopped: [Int32] = []
  /// Whether a phrase is over by the next reaping, so what waited for it is said; else a
  /// phrase is said until the script's `.childEnds` ends it, or a phrase cuts it off.
  var phrasesEnd = false
  /// The phrases being said, oldest first, each with whether it has ended, to be reaped.
  private var saying: [(pid: Int32, ended: Bool)] = []

  init(transcript: Transcript, programs: Set<String> = []) {
    self.transcript = transcript
    self.programs = programs
  }

  func spawn(_ path: String, _ arguments: [String], environment: [String: String]) -> Int32? {
    started.append((path, arguments, environment))
    if path == "/bin/sh" {
      let event = environment["GLIDE_EVENT"] ?? "?"
      let step = environment["GLIDE_STEP"] ?? "?"
      let left = environment["GLIDE_REMAINING"] ?? "?"
      let outcome = environment["GLIDE_OUTCOME"].map { $0.isEmpty ? "" : " \($0)" } ?? ""
      transcript.lines.append("hook \(event) \(step) \(left)\(outcome)")
    } else if path.hasSuffix("espeak-ng") {
      transcript.lines.append("say \(arguments.last ?? "")")
      saying.append((Int32(100 + started.count), phrasesEnd))
    }
    return Int32(100 + started.count)
  }

  func reap() -> [(pid: Int32, status: Int32)] {
    defer { saying.removeAll { $0.ended } }
    return saying.filter { $0.ended }.map { ($0.pid, 0) }
  }

  /// Ends the oldest phrase being said, as its process would end.
  func endOldestPhrase() {
    if let index = saying.firstIndex(where: { !$0.ended }) { saying[index].ended = true }
  }

  func stop(_ pid: Int32) {
    stopped.append(pid)
    saying.removeAll { $0.pid == pid }
  }
  func find(_ name: String) -> String? { programs.contains(name) ? "/fake/\(name)" : nil }
}

/// A session run on the fakes.
struct Rig {
  let clock = FakeClock()
  let transcript = Transcript()
  let screen: FakeScreen
  let recorder: FakeRecorder
  let processes: FakeProcesses
  let runner: SessionRunner

  init(_ script: [Act], plan: Plan = Rig.plan, options: SessionOptions = Rig.options) {
    screen = FakeScreen(script, clock: clock, transcript: transcript)
    recorder = FakeRecorder(transcript: transcript)
    processes = FakeProcesses(transcript: transcript, programs: ["espeak-ng"])
    screen.childEnds = { [processes] in processes.endOldestPhrase() }
    runner = SessionRunner(
      screen: screen, clock: clock, plan: plan, options: options, recorder: recorder,
      processes: processes)
  }

  /// No bell, no hook, no voice, no sleep lock: tests turn on what they look at.
  static var options: SessionOptions {
    var options = SessionOptions()
    options.bell = false
    options.keepAwake = false
    // A key `after` a while comes with no wakes between, as no real loop would: a stall
    // to the session. The tests of stalls turn it on.
    options.stallAfter = nil
    return options
  }

  /// A 2 s lead-in, a 10 s roll, 2 reps counted by key, a 3 s hold; resuming at once.
  static let plan = Plan(
    Routine(
      id: "rig", name: "Rig", summary: "", phase: .any,
      steps: [
        Step(.roll, target: "calves", duration: .seconds(10)),
        {
          var reps = Step(repsOf: "Raises", target: "calves", count: 2)
          reps.countsByKey = true
          return reps
        }(),
        Step(.hold, target: "hips", duration: .seconds(3)),
      ]),
    settings: Plan.Settings(leadIn: .seconds(2), countIn: .zero))

  /// The transcript's lines that start with `prefix`.
  func lines(_ prefix: String) -> [String] {
    transcript.lines.filter { $0.hasPrefix(prefix) }
  }
}
