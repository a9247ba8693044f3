import GlideCore
import Testing

@Suite struct CheckInKeyTests {
  let plan = CheckInFixture.plan

  func asking(_ number: Int, typed: String = "") -> SessionState {
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    state.question = CheckInFixture.question(.before, number, typed: typed)
    return state
  }

  func event(_ key: Key, _ state: SessionState) -> Event? {
    KeyTable.event(for: key, in: state, at: .seconds(1))
  }

  @Test func oneKeyRatesAnArea() {
    let state = asking(0)
    for digit in 0...9 {
      #expect(
        event(.character(Character(String(digit))), state) == .checkInRate(digit, at: .seconds(1)))
    }
    #expect(event(.character("t"), state) == .checkInRate(10, at: .seconds(1)))
    #expect(event(.character("T"), state) == .checkInRate(10, at: .seconds(1)))
    #expect(event(.character("s"), state) == .checkInSkip(at: .seconds(1)))
    #expect(event(.escape, state) == .checkInSkip(at: .seconds(1)))
    #expect(event(.character("q"), state) == .requestQuit(at: .seconds(1)))
    #expect(event(.character("?"), state) == .toggleHelp(at: .seconds(1)))
    for key: Key in [.character("."), .enter, .backspace, .character(" "), .character("n")] {
      #expect(event(key, state) == nil, "\(key) does nothing on a rating")
    }
    #expect(
      KeyTable.hints(in: state).map(\.text) == ["0-9 rate · t 10", "s skip", "q quit", "? help"])
  }

  @Test func theRangeTestIsTyped() {
    let empty = asking(2)
    #expect(event(.character("7"), empty) == .checkInType("7", at: .seconds(1)))
    #expect(event(.character("."), empty) == .checkInType(".", at: .seconds(1)))
    #expect(event(.backspace, empty) == .checkInErase(at: .seconds(1)))
    #expect(event(.enter, empty) == nil, "nothing typed: enter waits")
    #expect(event(.character("t"), empty) == nil)
    #expect(event(.escape, empty) == .checkInSkip(at: .seconds(1)))
    let typed = asking(2, typed: "12")
    #expect(event(.enter, typed) == .checkInEnter(at: .seconds(1)))
    #expect(
      KeyTable.hints(in: typed).map(\.text) == [
        "type the number", "backspace erase", "enter done", "s skip", "q quit", "? help",
      ])
  }

  @Test func helpWhileCheckingInListsTheCheckInKeysAndEscClosesIt() {
    var state = asking(0)
    _ = reduce(&state, .toggleHelp(at: .seconds(1)))
    #expect(state.overlay == .help)
    // Still asking: the help the screen draws is the check-in's (SessionScreen's choice).
    #expect(state.question != nil)
    #expect(event(.escape, state) == .closeOverlay(at: .seconds(1)))
  }
}
