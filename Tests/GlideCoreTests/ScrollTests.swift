import GlideCore
import Testing

private let at = Fixture.at

/// The summary and the help overlay scroll by events the key table makes with the
/// screen's measure of them; the position stays within the text and starts at the top.
@Suite struct ScrollTests {
  /// The fixture session, started at 0 s.
  func started() -> TestStore {
    var store = TestStore(Fixture.plan)
    store.skip(.start(at: at(0)))
    return store
  }

  @Test func theSummaryScrollsWithinItsTextAndAnyOtherKeyLeaves() {
    var store = started()
    store.skip(.stop(at: at(5)))
    #expect(store.state.isFinished)
    #expect(store.state.scroll == 0)
    let view = Viewport(rows: 10, limit: 12)
    store.send(.scroll(by: 1, view: view, at: at(6)), effects: []) { $0.scroll = 1 }
    store.send(.scroll(by: view.page, view: view, at: at(7)), effects: []) { $0.scroll = 10 }
    store.send(.scroll(by: view.page, view: view, at: at(8)), effects: []) { $0.scroll = 12 }
    store.send(.scroll(by: 1, view: view, at: at(9)), effects: [])
    store.send(.scroll(by: -3, view: view, at: at(10)), effects: []) { $0.scroll = 9 }
    store.send(.scroll(by: -view.page, view: view, at: at(11)), effects: []) { $0.scroll = 0 }
    store.send(.scroll(by: -1, view: view, at: at(12)), effects: [])
    // The terminal grew: a position past the new end counts as the end.
    store.send(.scroll(by: 12, view: view, at: at(13)), effects: []) { $0.scroll = 12 }
    let taller = Viewport(rows: 20, limit: 2)
    store.send(.scroll(by: -1, view: taller, at: at(14)), effects: []) { $0.scroll = 1 }
    store.send(.scroll(by: 1, view: .fits, at: at(15)), effects: []) { $0.scroll = 0 }
    store.send(.dismiss(at: at(16)), effects: [.quit])
  }

  @Test func theHelpScrollsWhileOpenAndOpensAtTheTop() {
    var store = started()
    let view = Viewport(rows: 7, limit: 14)
    store.send(.scroll(by: 1, view: view, at: at(1)), effects: [])
    store.send(.toggleHelp(at: at(1)), effects: [.helpOpened(checkIn: false)]) {
      $0.overlay = .help
    }
    store.send(.scroll(by: view.page, view: view, at: at(2)), effects: []) { $0.scroll = 6 }
    store.send(.scroll(by: -1, view: view, at: at(2)), effects: []) { $0.scroll = 5 }
    store.send(.closeOverlay(at: at(3)), effects: []) {
      $0.overlay = nil
      $0.scroll = 0
    }
    store.send(.toggleHelp(at: at(4)), effects: [.helpOpened(checkIn: false)]) {
      $0.overlay = .help
    }
    store.send(.scroll(by: 20, view: view, at: at(4)), effects: []) { $0.scroll = 14 }
    store.send(.toggleHelp(at: at(5)), effects: []) {
      $0.overlay = nil
      $0.scroll = 0
    }
    #expect(store.state.clock == Fixture.clock(0, since: 0), "scrolling never touches the clock")
  }

  /// Help that fits the screen (80x24) hides the step behind it: PgDn, PgUp and the
  /// arrows do nothing, so no step is skipped or restarted unseen.
  @Test func pagingOverHelpThatFitsMovesNoStep() {
    var store = started()
    store.send(.toggleHelp(at: at(1)), effects: [.helpOpened(checkIn: false)]) {
      $0.overlay = .help
    }
    let before = store.state
    for key: Key in [.pageDown, .pageUp, .right, .left, .down, .up] {
      let event = KeyTable.event(for: key, in: store.state, at: at(2), view: .fits)
      #expect(event == nil, "\(key) over the help: \(String(describing: event))")
      if let event { store.skip(event) }
    }
    #expect(store.state == before)
    // Closed, PgDn is next again.
    store.send(.toggleHelp(at: at(3)), effects: []) { $0.overlay = nil }
    #expect(KeyTable.event(for: .pageDown, in: store.state, at: at(4)) == .skip(at: at(4)))
  }

  @Test func askingToQuitOrTheEndCloseTheHelpAtTheTop() {
    var store = started()
    let view = Viewport(rows: 7, limit: 14)
    store.skip(.toggleHelp(at: at(1)))
    store.skip(.scroll(by: 3, view: view, at: at(1)))
    #expect(store.state.scroll == 3)
    store.send(
      .requestQuit(at: at(2)), effects: [.askedToQuit], refresh: Fixture.record(active: 2)
    ) {
      $0.overlay = nil
      $0.scroll = 0
      $0.mode = .confirmingQuit(from: .running)
      $0.clock.stop(at: at(2))
      $0.pausedSince = at(2)
    }
    store.send(.scroll(by: 3, view: view, at: at(3)), effects: [])
    store.send(
      .cancelQuit(at: at(3)), effects: [.quitDeclined(paused: false)],
      refresh: Fixture.record(active: 2, paused: 1, running: (nil, 8))
    ) {
      $0.mode = .running
      $0.pausedTotal = .seconds(1)
      $0.pausedSince = nil
      $0.clock.run(from: at(3))
    }
    store.skip(.toggleHelp(at: at(4)))
    store.skip(.scroll(by: 3, view: view, at: at(4)))
    store.skip(.stop(at: at(5)))
    #expect(store.state.isFinished)
    #expect(store.state.overlay == nil)
    #expect(store.state.scroll == 0, "the summary starts at its top")
  }

  @Test func theCheckInsHelpScrollsAndTheQuestionsOpenAtTheTop() {
    let plan = CheckInFixture.plan
    var store = TestStore(plan)
    store.skip(.start(at: .seconds(0)))
    #expect(store.state.mode == .checkingIn)
    let view = Viewport(rows: 7, limit: 5)
    store.send(.scroll(by: 1, view: view, at: .seconds(1)), effects: [])
    store.send(.toggleHelp(at: .seconds(1)), effects: [.helpOpened(checkIn: true)]) {
      $0.overlay = .help
    }
    store.send(.scroll(by: 1, view: view, at: .seconds(2)), effects: []) { $0.scroll = 1 }
    store.send(.scroll(by: view.page, view: view, at: .seconds(2)), effects: []) {
      $0.scroll = 5
    }
    store.send(.closeOverlay(at: .seconds(3)), effects: []) {
      $0.overlay = nil
      $0.scroll = 0
    }
    // The session's help, scrolled, is open when the last step ends: the after check-in
    // shows its question, and the summary after it starts at its top.
    for second in 4...9 { store.skip(.checkInSkip(at: .seconds(Double(second)))) }
    #expect(store.state.mode == .running)
    store.skip(.toggleHelp(at: .seconds(10)))
    store.skip(.scroll(by: 4, view: view, at: .seconds(10)))
    #expect(store.state.scroll == 4)
    store.skip(.tick(at: .seconds(30)))
    #expect(store.state.question == CheckInFixture.question(.after, 0))
    #expect(store.state.overlay == nil)
    #expect(store.state.scroll == 0)
    store.skip(.toggleHelp(at: .seconds(31)))
    store.skip(.scroll(by: 2, view: view, at: .seconds(31)))
    #expect(store.state.scroll == 2)
    for second in 32...34 { store.skip(.checkInSkip(at: .seconds(Double(second)))) }
    #expect(store.state.isFinished)
    #expect(store.state.scroll == 0, "the summary starts at its top")
  }

  @Test(arguments: [(0, 5), (3, 0), (-4, 10), (7, 10), (2, 1), (30, 3)])
  func movesStayWithinTheText(start: Int, limit: Int) {
    let view = Viewport(rows: 4, limit: limit)
    for lines in -12...12 {
      let moved = view.moved(from: start, by: lines)
      #expect((0...limit).contains(moved))
      #expect(moved == min(limit, max(0, min(start, limit) + lines)))
    }
    #expect(Viewport(rows: 4, limit: -3) == .init(rows: 4, limit: 0))
    #expect(Viewport(rows: 0, limit: 3).page == 1)
  }
}
