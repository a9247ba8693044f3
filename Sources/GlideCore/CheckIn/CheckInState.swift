/// The check-in as its own small state machine: the question asked and the answers so
/// far. Its reducer takes the check-in's keys; the session's reducer hands them over
/// while checking in and acts on what it says became of them.
public struct CheckInState: Hashable, Sendable {
  /// The question being asked; nil when none is.
  public var question: CheckInQuestion?
  /// The answers so far; nil when the plan has no check-in.
  public var answers: CheckIn?
  /// Whether the input ended: no check-in is asked from then on, as no answer can come.
  public var inputEnded = false

  /// A check-in holding `answers`, asking nothing yet.
  public init(question: CheckInQuestion? = nil, answers: CheckIn? = nil) {
    self.question = question
    self.answers = answers
  }

  /// What an event came to, for the session to act on.
  enum Step: Equatable {
    /// Nothing the session acts on (a character typed, a key that does nothing now).
    case stays
    /// The next question is asked; `answered` when the event gave an answer.
    case asks(CheckInQuestion, answered: Bool)
    /// The last question is over; the session starts or ends.
    case over(CheckIn.When)
  }

  /// The answer to the question asked, as it is read back: "calves: 7", "knee to wall:
  /// 8.5 cm"; nil for a question skipped.
  func readBack(_ event: Event, plan: CheckInPlan) -> Effect? {
    guard let asked = question else { return nil }
    let subject = asked.area(in: plan) ?? plan.rangeTest?.name ?? ""
    switch event {
    case .checkInSkip: return .checkInAnswered(subject, answer: nil)
    case .checkInRate(let rating, _): return .checkInAnswered(subject, answer: "\(rating)")
    case .checkInEnter:
      guard let value = asked.typedValue, let unit = plan.rangeTest?.unit else { return nil }
      return .checkInAnswered(subject, answer: "\(CheckIn.number(value)) \(unit)")
    default: return nil
    }
  }

  /// Asks the first question at `when`, when `plan` has one to ask.
  mutating func askFirst(_ when: CheckIn.When, plan: CheckInPlan?) -> CheckInQuestion? {
    guard let plan, plan.questionCount > 0, !inputEnded else { return nil }
    question = CheckInQuestion(when: when)
    return question
  }

  /// Applies one of the check-in's events.
  mutating func reduce(_ event: Event, plan: CheckInPlan) -> Step {
    guard let asked = question else { return .stays }
    switch event {
    case .checkInRate(let rating, _):
      guard let area = asked.area(in: plan), CheckIn.scale.contains(rating) else { return .stays }
      if asked.when == .before {
        answers?.before[area] = rating
      } else {
        answers?.after[area] = rating
      }
      return next(plan, answered: true)
    case .checkInSkip:
      return next(plan, answered: false)
    case .checkInType(let character, _):
      type(character, plan: plan)
      return .stays
    case .checkInErase:
      if question?.typed.isEmpty == false { question?.typed.removeLast() }
      return .stays
    case .checkInEnter:
      guard asked.isRangeTest(in: plan), let value = asked.typedValue else { return .stays }
      if asked.when == .before {
        answers?.rangeBefore = value
      } else {
        answers?.rangeAfter = value
      }
      return next(plan, answered: true)
    default:
      return .stays
    }
  }

  /// Types one character into the range test's number: digits, and one decimal point
  /// with one digit after it, up to `RangeTest.maxTyped` characters.
  private mutating func type(_ character: Character, plan: CheckInPlan) {
    guard var asked = question, asked.isRangeTest(in: plan), character.isASCII,
      character.isNumber || character == ".", asked.typed.count < RangeTest.maxTyped
    else { return }
    if let point = asked.typed.firstIndex(of: ".") {
      guard character != ".", asked.typed[point...].count < 2 else { return }
    }
    asked.typed.append(character)
    guard asked.typed.contains(".") || Double(asked.typed).map({ $0 <= RangeTest.maxValue }) == true
    else { return }
    question = asked
  }

  /// Goes on to the next question, or ends the check-in after its last.
  private mutating func next(_ plan: CheckInPlan, answered: Bool) -> Step {
    guard var asked = question else { return .stays }
    asked.number += 1
    asked.typed = ""
    guard asked.number < plan.questionCount else {
      question = nil
      return .over(asked.when)
    }
    question = asked
    return .asks(asked, answered: answered)
  }
}
