import GlideCore

/// The lines plain mode prints for what a reduction returned: the moments a voice would
/// say, in the voice's own words (`Cue.phrase`), one line each, so a screen reader or a
/// braille display gets each moment once and nothing between.
public struct PlainNarration: Sendable {
  /// Whether breath phases get a line of their own ("in", "out"); off, a breathing step
  /// is only announced.
  public var breathWords: Bool

  /// Narration, breath phases printed when `breathWords`.
  public init(breathWords: Bool = false) {
    self.breathWords = breathWords
  }

  /// Said when the clock stops for a pause.
  public static let paused = "Paused"
  /// Said when it runs again.
  public static let resumed = "Resumed"
  /// Said after a step's announcement when it began during a pause, so nobody starts it
  /// while its clock waits.
  public static let stillPaused =
    "Still paused: "
    + (KeyTable.bindings.first { $0.action == .togglePause }?.names.first ?? "space")
    + " resumes"

  /// Said when `+` or `-` changed the step's length: "15 seconds added: 75 seconds left",
  /// in words, as a voice reads "1:15" as "one fifteen".
  public static func lengthChanged(by change: TimeSpan, remaining: TimeSpan?) -> String {
    let what = change < .zero ? "removed" : "added"
    let amount = "\(max(change, TimeSpan.zero - change).words) \(what)"
    return remaining.map { "\(amount): \($0.words) left" } ?? amount
  }

  /// Said when "End session? y/n" is asked: the question, then its keys in the words the
  /// screen shows under it (`KeyTable`).
  public static let askedToQuit = joined(KeyTable.quitQuestionWords, KeyTable.quitQuestionKeys)

  /// Said when the answer to "End session? y/n" was no, in the question's own words
  /// ("n or esc goes on"), and whether the session is still paused.
  public static func quitDeclined(paused: Bool) -> String {
    paused ? "Going on, still paused" : "Going on"
  }

  /// Said when a side's rating is asked: the question, then its scale and keys, as the
  /// screen shows them (`KeyTable.sideScale`).
  public static func sideAsked(_ question: String) -> String {
    joined(question, KeyTable.sideScale)
  }

  /// Said once as a check-in that rates areas begins: the scale and its keys, as the
  /// screen shows them under each question (`KeyTable.checkInScale`), and how to skip.
  public static let checkInScale =
    "Keys: \(KeyTable.checkInScale) · "
    + (KeyTable.checkInBindings.first { $0.action == .checkInSkip }?.hint ?? "")

  /// Said when a check-in question was answered: "calves: 7", "knee to wall: 8.5 cm",
  /// "calves: skipped".
  public static func checkInAnswered(_ subject: String, answer: String?) -> String {
    "\(subject): \(answer ?? "skipped")"
  }

  /// Said when the input ended during a check-in, so its other questions are skipped.
  public static let checkInEnded = "Input ended: the rest of the check-in is skipped"

  /// Said when reps counted by enter are left because the input ended.
  public static let countedRepsSkipped = "Input ended: reps counted by enter are skipped"

  /// Said when the input ended where only a key could go on, so the session ends there.
  public static let endedForInput = "Input ended: the session ends here, as q then y would end it"

  /// Said when the help opens: its keys in one line, as the screen lists them.
  public static func help(checkIn: Bool) -> String {
    "Keys: "
      + KeyTable.line(of: KeyTable.plain(checkIn ? KeyTable.checkInBindings : KeyTable.bindings))
  }

  /// The lines for `effects`, in their order: a step's announcement and its cue line
  /// joined ("Roll left calves, 90 seconds. Roller from ankle to knee"), a countdown as
  /// digits, a rep as "Rep 3", pauses and resumptions by name, a length `+` or `-`
  /// changed, `!`'s warning, the quit question and the help as the screen words them;
  /// the end is left to the summary's first line ("Session complete: Pre-run warm-up").
  public func lines(for effects: [Effect]) -> [String] {
    var lines: [String] = []
    var rung: Cue?
    for effect in effects {
      switch effect {
      case .ring(let cue):
        rung = cue
      case .speak(let speech):
        defer { rung = nil }
        if case .countdown(let n) = rung {
          lines.append("\(n)")
          continue
        }
        // The summary's first line says it, with the routine's name: said once.
        if rung == .sessionComplete { continue }
        guard !speech.phrase.isEmpty else { continue }
        if Self.isRep(speech) {
          lines.append("Rep \(speech.phrase)")
        } else if Self.isBreath(speech) {
          if breathWords { lines.append(speech.phrase.capitalizedFirstLetter) }
        } else if Self.isCueLine(speech), let last = lines.last {
          lines[lines.count - 1] = Self.joined(last, speech.phrase)
        } else {
          lines.append(speech.phrase)
        }
      case .paused, .resumed, .stillPaused, .lengthChanged, .askedToQuit, .quitDeclined,
        .easedOff, .noted, .sideAsked:
        if let reply = Self.reply(to: effect) { lines.append(reply) }
      case .checkInAnswered(let subject, let answer):
        // Not a reply the voice says: the next question, said at once, shows it was taken.
        lines.append(Self.checkInAnswered(subject, answer: answer))
      case .helpOpened(let checkIn): lines.append(Self.help(checkIn: checkIn))
      case .checkInScale: lines.append(Self.checkInScale)
      case .checkInEnded: lines.append(Self.checkInEnded)
      case .endedForInput: lines.append(Self.endedForInput)
      case .countedRepsSkipped: lines.append(Self.countedRepsSkipped)
      default: continue
      }
    }
    return lines
  }

  /// What a key's effect on the session is said as, by plain mode and by the voice alike,
  /// so a person with their eyes closed hears that it took: a pause, a resumption, a
  /// length `+` or `-` changed, `!`'s warning or what it is for, the quit question and its
  /// answer.
  public static func reply(to effect: Effect) -> String? {
    switch effect {
    case .paused: paused
    case .resumed: resumed
    case .stillPaused: stillPaused
    case .lengthChanged(_, let change, let remaining):
      lengthChanged(by: change, remaining: remaining)
    case .askedToQuit: askedToQuit
    case .quitDeclined(let paused): quitDeclined(paused: paused)
    case .easedOff(_, let left):
      left.map { joined(Pressure.easeOff, "\($0.words) left") } ?? Pressure.easeOff
    case .noted(let note): note.text
    case .sideAsked(let question): sideAsked(question)
    default: nil
    }
  }

  /// A rep's count: a count-level phrase every voice says.
  private static func isRep(_ speech: Speech) -> Bool {
    speech.priority == .count && speech.level == .basic
  }

  /// A breath phase: a count-level phrase only the full voice says.
  private static func isBreath(_ speech: Speech) -> Bool {
    speech.priority == .count && speech.level == .full
  }

  /// A step's cue line: a timing phrase only the full voice says, that waits its turn.
  private static func isCueLine(_ speech: Speech) -> Bool {
    speech.priority == .timing && speech.level == .full
  }

  /// Two sentences on one line.
  static func joined(_ first: String, _ second: String) -> String {
    let ends = first.last.map { ".!?".contains($0) } ?? true
    return first + (ends ? " " : ". ") + second
  }
}

extension String {
  fileprivate var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
