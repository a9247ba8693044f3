import GlideCore
import Testing

@testable import GlideRender

/// An ankle session that checks in, with a knee-to-wall test.
private let plan: Plan = {
  var routine = Routine(
    id: "ankle", name: "Ankle floss", summary: "", phase: .any,
    steps: [
      Step(.floss, target: "calves", sides: .both, duration: .seconds(60)),
      Step(.stretch, target: "plantar fascia", duration: .seconds(60)),
    ])
  routine.checkIn = true
  routine.rangeTest = RangeTest(name: "knee to wall", unit: "cm")
  return Plan(routine)
}()

/// Snapshots of a check-in at 80x24 and 40x12 (and the smaller sizes), text and styles.
private func snapshot(_ state: SessionState, _ name: String) {
  var text = ""
  var styles = StyleGrid()
  for (width, height) in [(80, 24), (40, 12), (20, 5)] {
    let frame = SessionScreen.render(state, at: .seconds(5), width: width, height: height)
    let unmapped = frame.cells.filter { $0.asciiCharacter == "?" && $0.character != "?" }
    #expect(unmapped.isEmpty, "ASCII fallbacks for \(unmapped.map(\.character))")
    text += "=== \(width)x\(height)\n" + frame.text + "\n"
    styles.add(frame, heading: "=== \(width)x\(height)")
  }
  assertSnapshot(text, named: name)
  assertSnapshot(styles.text, named: name + ".styles")
}

@Suite struct CheckInScreenTests {
  func started() -> SessionState {
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    return state
  }

  @Test func ratingBefore() {
    snapshot(started(), "check-in-rating")
  }

  @Test func rangeTestTypedAfter() {
    var state = started()
    _ = reduce(&state, .checkInRate(4, at: .seconds(1)))
    _ = reduce(&state, .checkInRate(6, at: .seconds(1)))
    for character in "8.5" { _ = reduce(&state, .checkInType(character, at: .seconds(1))) }
    _ = reduce(&state, .checkInEnter(at: .seconds(1)))
    #expect(state.mode == .running)
    for _ in 0..<plan.items.count { _ = reduce(&state, .skip(at: .seconds(2))) }
    _ = reduce(&state, .checkInRate(7, at: .seconds(3)))
    _ = reduce(&state, .checkInSkip(at: .seconds(3)))
    for character in "10" { _ = reduce(&state, .checkInType(character, at: .seconds(4))) }
    #expect(state.question == CheckInQuestion(when: .after, number: 2, typed: "10"))
    snapshot(state, "check-in-range")
  }

  @Test func summaryShowsBeforeAndAfter() {
    var state = started()
    _ = reduce(&state, .checkInRate(4, at: .seconds(1)))
    _ = reduce(&state, .checkInSkip(at: .seconds(1)))
    for character in "8.5" { _ = reduce(&state, .checkInType(character, at: .seconds(1))) }
    _ = reduce(&state, .checkInEnter(at: .seconds(1)))
    for _ in 0..<plan.items.count { _ = reduce(&state, .skip(at: .seconds(2))) }
    _ = reduce(&state, .checkInRate(10, at: .seconds(3)))
    _ = reduce(&state, .checkInRate(5, at: .seconds(3)))
    _ = reduce(&state, .checkInSkip(at: .seconds(3)))
    let summary = try! #require(state.summary)
    #expect(
      SummaryText.lines(summary).contains(
        "Check-in  calves 4→10, plantar fascia –→5, knee to wall 8.5→– cm (0 stiff, 10 free)"))
  }

  /// A range test's entry says enter takes it only once what is typed is a number.
  @Test func enterIsOfferedOnlyForANumber() {
    var state = started()
    _ = reduce(&state, .checkInSkip(at: .seconds(1)))
    _ = reduce(&state, .checkInSkip(at: .seconds(1)))
    _ = reduce(&state, .checkInType(".", at: .seconds(1)))
    let dot = SessionScreen.render(state, at: .seconds(1), width: 80, height: 24).text
    #expect(dot.contains(". cm · type a number"), "\(dot)")
    #expect(!dot.contains("enter takes it"))
    _ = reduce(&state, .checkInType("5", at: .seconds(1)))
    let number = SessionScreen.render(state, at: .seconds(1), width: 80, height: 24).text
    #expect(number.contains(".5 cm · enter takes it"), "\(number)")
  }

  /// With only the range test answered, no rating scale follows it.
  @Test func summaryOfARangeTestAloneHasNoScale() {
    var state = started()
    _ = reduce(&state, .checkInSkip(at: .seconds(1)))
    _ = reduce(&state, .checkInSkip(at: .seconds(1)))
    for character in "0.5" { _ = reduce(&state, .checkInType(character, at: .seconds(1))) }
    _ = reduce(&state, .checkInEnter(at: .seconds(1)))
    for _ in 0..<plan.items.count { _ = reduce(&state, .skip(at: .seconds(2))) }
    for _ in 0..<3 { _ = reduce(&state, .checkInSkip(at: .seconds(3))) }
    let summary = try! #require(state.summary)
    #expect(SummaryText.lines(summary).contains("Check-in  knee to wall 0.5→– cm"))
  }

  @Test func theHelpWhileCheckingInListsItsKeys() {
    var state = started()
    _ = reduce(&state, .toggleHelp(at: .seconds(1)))
    let frame = SessionScreen.render(state, at: .seconds(1), width: 80, height: 24)
    #expect(frame.text.contains("0-9 t          rate the area: 0 stiff or sore … t = 10 free"))
    #expect(!frame.text.contains("skip to the next step"))
  }
}
