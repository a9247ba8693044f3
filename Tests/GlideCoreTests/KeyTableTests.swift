import Foundation
import GlideCore
import Testing

@Suite struct KeyTableTests {
  /// README's rows, as the table says they should read.
  static var readmeRows: [String] {
    KeyTable.bindings.map { binding in
      let keys = binding.names.map { "`\($0)`" }.joined(separator: " ")
      return "| \(keys) | \(binding.help)\(binding.more.map { " \($0)" } ?? "") |"
    }
  }

  /// The rows of the first table after `heading` in a file of the package.
  static func table(after heading: String, in file: String) throws -> [String] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex(of: heading), "\(file) has no \(heading)")
    let rows = lines[start...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
      .dropFirst(2)
    return Array(rows)
  }

  @Test(arguments: [("README.md", "## Keys"), ("docs/using.md", "## Keys")])
  func keyTablesAgreeWithTheKeyTable(file: String, heading: String) throws {
    #expect(
      try Self.table(after: heading, in: file) == Self.readmeRows,
      "\(file)'s Keys table should read:\n\(Self.readmeRows.joined(separator: "\n"))")
  }

  @Test func checkInKeyTableAgreesWithTheKeyTable() throws {
    let expected = KeyTable.checkInBindings.map { binding in
      "| \(binding.names.map { "`\($0)`" }.joined(separator: " ")) | \(binding.help) |"
    }
    #expect(
      try Self.table(after: "### Check-in keys", in: "docs/using.md") == expected,
      "docs/using.md's check-in keys table should read:\n\(expected.joined(separator: "\n"))")
  }

  @Test func everyKeyOfTheTableDoesOneThing() {
    let keys = KeyTable.bindings.flatMap(\.keys)
    #expect(Set(keys).count == keys.count, "no key is bound twice")
  }

  /// A session in each mode that keys meet.
  static func states() -> [String: SessionState] {
    let plan = Fixture.plan
    var running = SessionState(plan: plan)
    _ = reduce(&running, .start(at: .zero))
    var paused = running
    _ = reduce(&paused, .togglePause(at: .seconds(1)))
    var asking = running
    _ = reduce(&asking, .requestQuit(at: .seconds(1)))
    var helping = running
    _ = reduce(&helping, .toggleHelp(at: .seconds(1)))
    var finished = running
    _ = reduce(&finished, .stop(at: .seconds(1)))
    var rating = running
    for _ in 0..<4 { _ = reduce(&rating, .skip(at: .seconds(1))) }
    // Skipped sides are not rated: ask as if both had run.
    rating.rating = SessionState.RatingRequest(left: 1, right: 3, asking: .left)
    return [
      "running": running, "paused": paused, "asking": asking, "help": helping,
      "finished": finished, "rating": rating,
    ]
  }

  @Test func everyKeyInEveryMode() {
    let now = Instant.seconds(2)
    let states = Self.states()
    let keys: [Key] =
      KeyTable.bindings.flatMap(\.keys) + [.escape, .interrupt, .other, .character("y")]
    for (mode, state) in states {
      for key in keys {
        let event = KeyTable.event(for: key, in: state, at: now)
        switch (mode, key) {
        case (_, .interrupt): #expect(event == .interrupt(at: now))
        case (_, .suspend): #expect(event == .suspend(at: now))
        case (_, .character("\u{0C}")): #expect(event == .repaint(at: now), "Ctrl-L repaints")
        case ("finished", _): #expect(event == .dismiss(at: now), "any key leaves the summary")
        case ("asking", .character("y")), ("asking", .character("Y")):
          #expect(event == .confirmQuit(at: now))
        case ("asking", .character("n")), ("asking", .character("N")), ("asking", .escape):
          #expect(event == .cancelQuit(at: now))
        case ("asking", _): #expect(event == nil, "only y, n and esc answer the question")
        case ("rating", .escape): #expect(event == .skipRating(at: now))
        case (_, .escape): #expect(event == .closeOverlay(at: now))
        case (_, .other), (_, .character("y")): #expect(event == nil)
        case (_, .up), (_, .down), (_, .character("j")), (_, .character("J")),
          (_, .character("k")), (_, .character("K")):
          #expect(event == nil, "nothing scrolls when everything fits")
        case ("help", .right), ("help", .pageDown), ("help", .left), ("help", .pageUp):
          #expect(event == nil, "over the help, paging moves no step")
        case (_, .character(" ")), (_, .character(".")), (_, .f5):
          #expect(event == .togglePause(at: now))
        case (_, .character("n")), (_, .character("N")), (_, .right), (_, .pageDown):
          #expect(event == .skip(at: now))
        case (_, .character("b")), (_, .character("B")), (_, .left), (_, .pageUp):
          #expect(event == .back(at: now))
        case (_, .character("+")), (_, .character("=")):
          #expect(event == .extend(by: .seconds(15), at: now))
        case (_, .character("-")), (_, .character("_")):
          #expect(event == .extend(by: .seconds(-15), at: now))
        case (_, .enter): #expect(event == .countRep(at: now))
        case (_, .character("!")): #expect(event == .flagPressure(at: now))
        case (_, .character("0")): #expect(event == .skipRating(at: now))
        case (_, .character(let digit)) where ("1"..."5").contains(digit):
          #expect(event == .rate(Int(String(digit))!, at: now))
        case (_, .character("q")), (_, .character("Q")): #expect(event == .requestQuit(at: now))
        case (_, .character("?")), (_, .character("h")), (_, .character("H")):
          #expect(event == .toggleHelp(at: now))
        default: Issue.record("no expectation for \(key) in \(mode)")
        }
      }
    }
  }

  @Test func scrollingKeysScrollTheSummaryAndTheHelpWhenTheyAreLong() {
    let now = Instant.seconds(2)
    let states = Self.states()
    let view = Viewport(rows: 10, limit: 25)
    let moves: [(Key, Int)] = [
      (.down, 1), (.character("j"), 1), (.character("J"), 1), (.up, -1), (.character("k"), -1),
      (.character("K"), -1), (.pageDown, 9), (.pageUp, -9),
    ]
    for mode in ["finished", "help"] {
      let state = states[mode]!
      for (key, lines) in moves {
        #expect(
          KeyTable.event(for: key, in: state, at: now, view: view)
            == .scroll(by: lines, view: view, at: now), "\(key) in \(mode)")
      }
      // What scrolls nothing leaves the summary, and over the help does nothing.
      #expect(
        KeyTable.event(for: .right, in: state, at: now, view: view)
          == (mode == "finished" ? .dismiss(at: now) : nil))
    }
    #expect(
      KeyTable.event(for: .escape, in: states["help"]!, at: now, view: view)
        == .closeOverlay(at: now))
    #expect(
      KeyTable.event(for: .character("?"), in: states["help"]!, at: now, view: view)
        == .toggleHelp(at: now))
    #expect(
      KeyTable.event(for: .character("x"), in: states["finished"]!, at: now, view: view)
        == .dismiss(at: now))
    #expect(
      KeyTable.event(for: .interrupt, in: states["finished"]!, at: now, view: view)
        == .interrupt(at: now))
    // During a session with the help closed, or while asking to quit, PgDn and PgUp are
    // next and back, and the arrows do nothing.
    for mode in ["running", "paused", "rating"] {
      let state = states[mode]!
      #expect(KeyTable.event(for: .pageDown, in: state, at: now, view: view) == .skip(at: now))
      #expect(KeyTable.event(for: .pageUp, in: state, at: now, view: view) == .back(at: now))
      #expect(KeyTable.event(for: .down, in: state, at: now, view: view) == nil)
    }
    #expect(KeyTable.event(for: .down, in: states["asking"]!, at: now, view: view) == nil)
    // A one-row screen still pages by a line.
    let tiny = Viewport(rows: 1, limit: 5)
    #expect(
      KeyTable.event(for: .pageDown, in: states["finished"]!, at: now, view: tiny)
        == .scroll(by: 1, view: tiny, at: now))
  }

  @Test func theHintLineShowsOnlyKeysThatWorkNow() {
    func hints(_ state: SessionState) -> [String] { KeyTable.hints(in: state).map(\.text) }
    var state = SessionState(plan: Fixture.plan)
    _ = reduce(&state, .start(at: .zero))
    #expect(hints(state) == ["space pause", "n skip", "b back", "+/- 15s", "q quit", "? help"])
    _ = reduce(&state, .skip(at: .zero))  // the left roll
    #expect(hints(state).contains("! ease off"))
    _ = reduce(&state, .flagPressure(at: .zero))
    #expect(!hints(state).contains("! ease off"), "flagged once")
    _ = reduce(&state, .togglePause(at: .zero))
    #expect(hints(state).first == "space resume")
    _ = reduce(&state, .togglePause(at: .zero))
    for _ in 0..<3 { _ = reduce(&state, .skip(at: .zero)) }  // the reps
    // Skipped sides are not rated: ask as if both had run.
    state.rating = SessionState.RatingRequest(left: 1, right: 3, asking: .left)
    #expect(
      hints(state) == [
        "space pause", "n skip", "b back", "enter rep", "1-5 rate", "q quit", "? help",
      ])
    _ = reduce(&state, .requestQuit(at: .zero))
    #expect(hints(state) == ["y end session · n or esc go on"])
  }
}
