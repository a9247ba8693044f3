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
  /// `scale`: how many times faster than real time the session's clock runs.
  init?(
    processes: any ChildProcesses, level: Speech.Level = .basic, command: String = "espeak-ng",
    arguments: [String] = [], scale: Double = 1
  ) {
    guard let program = command.contains("/") ? command : processes.find(command) else {
      return nil
    }
    self.program = program
    self.arguments = arguments
    self.processes = processes
    self.level = level
    patience = TimeSpan(nanoseconds: Int64(Double(Self.patience.nanoseconds) * scale))
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

  /// Says `speech`, cutting off what is being said only when that matters less; `now` is
  /// when, on the session's clock.
  func say(_ speech: Speech, at now: Instant) {
    guard !speech.phrase.isEmpty, speech.level <= level else { return }
    if let speaking {
      // A newer announcement cuts off an older one: the item it named is over.
      let stale = speaking.priority == .announcement && speech.priority == .announcement
      guard speaking.priority < speech.priority || stale else {
        if speech.whenBusy == .waits, waiting.map({ $0.priority <= speech.priority }) ?? true {
          waiting = speech
          cutOff = cutOff ?? now + patience
        }
        return
      }
      processes.stop(speaking.pid)
    }
    // What waits now waits for this phrase: its patience starts again.
    if waiting != nil { cutOff = now + patience }
    speaking = processes.spawn(program, arguments + ["--", speech.phrase], environment: [:]).map {
      ($0, speech.priority)
    }
  }

  /// How long, in real time, a phrase waits for the one being said before that one is cut
  /// off for it: longer than any cue, so only a voice that hangs is cut off. The voice's
  /// end wakes the run loop (SIGCHLD), so a phrase that waits is said as soon as it may.
  static let patience = TimeSpan.seconds(10)
  /// `patience` on the session's clock.
  private let patience: TimeSpan
  /// When the phrase waiting now is said over the one being said, if that has not ended.
  private(set) var cutOff: Instant?

  /// Says the phrase that waited, cutting off the one being said, once `now` is past
  /// `cutOff`.
  func loseHeart(at now: Instant) {
    guard let cutOff, now >= cutOff, let next = waiting else { return }
    if let speaking { processes.stop(speaking.pid) }
    speaking = nil
    waiting = nil
    self.cutOff = nil
    say(next, at: now)
  }

  /// Notes that a child ended; true when it was the voice, which then says what waited.
  func ended(_ pid: Int32, at now: Instant) -> Bool {
    guard pid == speaking?.pid else { return false }
    speaking = nil
    cutOff = nil
    if let next = waiting {
      waiting = nil
      say(next, at: now)
    }
    return true
  }

  /// Lets what is being said finish, and lets go what waits for it.
  func finish() {
    waiting = nil
    cutOff = nil
    speaking = nil
  }

  /// Stops speaking.
  func stop() {
    waiting = nil
    cutOff = nil
    if let speaking { processes.stop(speaking.pid) }
  }
}
