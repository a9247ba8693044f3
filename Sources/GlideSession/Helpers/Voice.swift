import GlideCore

/// Speaks cues through espeak-ng: one voice at a time and never waited for. A phrase cuts
/// off one that matters less (and a step's name the name before it); while one that
/// matters as much or more is said, a phrase waits its turn or is let go, as its `Speech`
/// says.
final class Voice {
  private let program: String
  private let arguments: [String]
  private let processes: any ChildProcesses
  /// How much the voice says.
  let level: Speech.Level
  private var speaking: (pid: Int32, priority: SpeechPriority)?
  private var waiting: Speech?

  /// A voice, when `command` (a name on PATH or a path) is found; `arguments` go before
  /// the phrase, which is its last argument.
  init?(
    processes: any ChildProcesses, level: Speech.Level = .basic, command: String = "espeak-ng",
    arguments: [String] = []
  ) {
    guard let program = command.contains("/") ? command : processes.find(command) else {
      return nil
    }
    self.program = program
    self.arguments = arguments
    self.processes = processes
    self.level = level
  }

  /// What to say of those one reduction asked for: the latest of those that matter most
  /// (a late wake that passed through several items names the last), every voice's
  /// before the full voice's (a rep's count before the part of the next rep), then the
  /// phrases after it that wait their turn (its cue line, "Still paused"), joined into
  /// one, as a voice keeps one phrase waiting.
  static func choose(_ batch: [Speech], level: Speech.Level) -> [Speech] {
    let said = batch.filter { !$0.phrase.isEmpty && $0.level <= level }
    guard let top = said.map(\.priority).max(),
      let plainest = said.filter({ $0.priority == top }).map(\.level).min(),
      let lead = said.lastIndex(where: { $0.priority == top && $0.level == plainest })
    else { return [] }
    let waiting = said[(lead + 1)...].filter { $0.whenBusy == .waits }
    guard let first = waiting.first else { return [said[lead]] }
    let joined = waiting.dropFirst().reduce(first) { sum, next in
      Speech(
        PlainNarration.joined(sum.phrase, next.phrase), priority: max(sum.priority, next.priority),
        whenBusy: .waits, level: min(sum.level, next.level))
    }
    return [said[lead], joined]
  }

  /// Says `speech`, cutting off what is being said only when that matters less.
  func say(_ speech: Speech) {
    guard !speech.phrase.isEmpty, speech.level <= level else { return }
    if let speaking {
      // A newer announcement cuts off an older one: the item it named is over.
      let stale = speaking.priority == .announcement && speech.priority == .announcement
      guard speaking.priority < speech.priority || stale else {
        if speech.whenBusy == .waits, waiting.map({ $0.priority <= speech.priority }) ?? true {
          waiting = speech
        }
        return
      }
      processes.stop(speaking.pid)
    }
    speaking = processes.spawn(program, arguments + ["--", speech.phrase], environment: [:]).map {
      ($0, speech.priority)
    }
  }

  /// How soon, in real time, the run loop looks again whether the voice has finished
  /// while a phrase waits for it: a process's end wakes nothing, and while "End session?
  /// y/n" is asked no clock would, so the question would wait for the next key.
  static let recheck = TimeSpan.milliseconds(100)
  /// How many looks a waiting phrase gets before the phrase being said is cut off for it,
  /// about ten seconds, longer than any cue: a voice that hangs costs that many wakes, not
  /// a wake every tenth of a second for the rest of the session.
  static let patience = 100
  private var looks = 0

  /// `recheck` in the session's time, which runs `scale` times as fast as real time.
  static func recheck(scale: Double) -> TimeSpan {
    TimeSpan(nanoseconds: Int64(Double(recheck.nanoseconds) * scale))
  }

  /// Whether the run loop should look again soon, asked once a turn of it: a phrase
  /// waits for one being said. After `patience` looks the one being said is cut off and
  /// the waiting one said.
  func wantsRecheck() -> Bool {
    guard let next = waiting, let speaking else {
      looks = 0
      return false
    }
    looks += 1
    guard looks > Self.patience else { return true }
    looks = 0
    processes.stop(speaking.pid)
    self.speaking = nil
    waiting = nil
    say(next)
    return false
  }

  /// Notes that a child ended; true when it was the voice, which then says what waited.
  func ended(_ pid: Int32) -> Bool {
    guard pid == speaking?.pid else { return false }
    speaking = nil
    if let next = waiting {
      waiting = nil
      say(next)
    }
    return true
  }

  /// Stops speaking.
  func stop() {
    waiting = nil
    if let speaking { processes.stop(speaking.pid) }
  }
}
