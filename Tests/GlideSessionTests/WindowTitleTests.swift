import GlideCore
import PropertyBased
import Testing

@testable import GlideSession

/// Get-ready (1 s), left calves, switch, right calves, reps.
private let plan = Plan(
  Routine(
    id: "t", name: "T", summary: "", phase: .any,
    steps: [
      Step(.roll, target: "calves", sides: .both, duration: .seconds(90)),
      Step(repsOf: "Glute bridges", target: "hips", count: 8, tempo: .seconds(3)),
    ]),
  settings: Plan.Settings(leadIn: .seconds(1)))

private func text(_ bytes: [UInt8]?) -> String? {
  bytes.map { String(decoding: $0, as: UTF8.self) }
}

/// The session `seconds` after it started, and what the screen shows then.
private func session(at seconds: Double, pausedAt: Double? = nil) -> (SessionState, Readout) {
  var state = SessionState(plan: plan)
  _ = reduce(&state, .start(at: .zero))
  if let pausedAt {
    _ = reduce(&state, .tick(at: .seconds(pausedAt)))
    _ = reduce(&state, .togglePause(at: .seconds(pausedAt)))
  }
  _ = reduce(&state, .tick(at: .seconds(seconds)))
  let readout = state.readout(
    at: .seconds(seconds), widths: ReadoutWidths(step: 10, session: 10, breath: 10))
  return (state, readout)
}

@Suite struct WindowTitleTests {
  @Test func theBytesAreExact() {
    #expect(text(WindowTitle.set("1:23 Roll")) == "\u{1B}]0;1:23 Roll\u{07}")
    #expect(text(WindowTitle.push) == "\u{1B}[22;0t")
    #expect(text(WindowTitle.restore) == "\u{1B}]0;\u{07}\u{1B}[23;0t")
  }

  @Test func consolesThatWouldPrintTheTitleGetNone() {
    for term in ["xterm-256color", "tmux-256color", "screen", "alacritty", "foot", "xterm-kitty"] {
      #expect(WindowTitle.isSupported(term: term), "\(term)")
    }
    for term in [
      "linux", "linux-16color", "vt100", "vt220", "cons25", "dumb", "ansi", "sun", nil, "",
    ] {
      #expect(!WindowTitle.isSupported(term: term), "\(term ?? "unset")")
    }
  }

  @Test func theTitleNamesTheStepAndTheTimeLeft() {
    let (lead, leadReadout) = session(at: 0.5)
    #expect(WindowTitle.text(lead, readout: leadReadout) == "0:01 Get ready - Glide")
    let (roll, rollReadout) = session(at: 1 + 90 - 83.5)
    #expect(WindowTitle.text(roll, readout: rollReadout) == "1:24 Roll · left calves - Glide")
    let (paused, pausedReadout) = session(at: 50, pausedAt: 11)
    #expect(
      WindowTitle.text(paused, readout: pausedReadout) == "Paused 1:20 Roll · left calves - Glide")
    let (switching, switchReadout) = session(at: 92)
    #expect(WindowTitle.text(switching, readout: switchReadout) == "0:04 Switch sides - Glide")
    let (reps, repsReadout) = session(at: 1 + 90 + 5 + 90 + 7)
    #expect(WindowTitle.text(reps, readout: repsReadout) == "2/8 Glute bridges - Glide")
    let (done, _) = session(at: 1000)
    #expect(WindowTitle.text(done, readout: nil) == "Session complete - Glide")
  }

  @Test func theTitleIsSentOnlyWhenItsTextChanges() {
    var title = WindowTitle()
    let (state, first) = session(at: 10.2)
    #expect(
      text(title.update(state, readout: first)?.bytes)
        == "\u{1B}]0;1:21 Roll · left calves - Glide\u{07}")
    // A wake that changes a bar cell but not the shown seconds sends nothing.
    var barMoved = first
    barMoved.stepCells += 1
    #expect(title.update(state, readout: barMoved) == nil)
    #expect(title.update(state, readout: first) == nil)
    let (later, next) = session(at: 11.2)
    #expect(
      text(title.update(later, readout: next)?.bytes)
        == "\u{1B}]0;1:20 Roll · left calves - Glide\u{07}")
    #expect(title.text == "1:20 Roll · left calves - Glide")
  }

  @Test(arguments: ["calves", String(repeating: "very long calves ", count: 20)])
  func secondsWrittenInPlaceGiveTheTitleBuiltWhole(target: String) {
    // Every wake of a whole session, with a pause, +15 s and -15 s while paused (the
    // seconds move under "Paused "), a resume, and a target long enough to be cut at 200
    // characters: the command that rewrites only the digits is always the one built from
    // the text, and it is the one sent at most ticks.
    let plan = Plan(
      Routine(
        id: "t", name: "T", summary: "", phase: .any,
        steps: [
          Step(.roll, target: target, sides: .both, duration: .seconds(90)),
          Step(repsOf: "Glute bridges", target: "hips", count: 8, tempo: .seconds(3)),
        ]),
      settings: Plan.Settings(leadIn: .seconds(1)))
    var title = WindowTitle()
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    let widths = ReadoutWidths(step: 10, session: 10, breath: 10, beat: 10)
    var now = Instant.zero
    var sent = 0
    while !state.isFinished, now < .seconds(400) {
      switch now {
      case .seconds(30), .seconds(40): _ = reduce(&state, .togglePause(at: now))
      case .seconds(33): _ = reduce(&state, .extend(by: .seconds(15), at: now))
      case .seconds(36): _ = reduce(&state, .extend(by: .seconds(-15), at: now))
      default: break
      }
      let readout = state.readout(at: now, widths: widths)
      if let command = title.update(state, readout: readout) {
        #expect(
          text(command.bytes)
            == text(WindowTitle.set(WindowTitle.text(state, readout: readout))), "at \(now)")
        sent += 1
      }
      now = now + .milliseconds(250)
      _ = reduce(&state, .tick(at: now))
    }
    #expect(sent > 150)
    #expect(title.rewrites > sent / 2, "\(title.rewrites) of \(sent) written in place")
  }

  @Test func textFromARoutineCannotEndTheCommand() {
    let evil = "calves\u{07}\u{1B}]0;owned\u{1B}\\\u{9C}\u{9B}2J"
    let bytes = WindowTitle.set(evil)
    #expect(bytes.first == 0x1B && bytes.dropFirst().first == 0x5D)
    #expect(bytes.last == 0x07)
    #expect(bytes.filter { $0 == 0x07 }.count == 1)
    #expect(bytes.filter { $0 == 0x1B }.count == 1)
    #expect(text(bytes)?.contains("calves\\u0007\\u001b]0;owned\\u001b\\\\u009c\\u009b2J") == true)
  }

  @Test func noTextEverEndsTheCommandEarly() async {
    let scalar = Gen.int(in: 0...0x10FFFF).map { Unicode.Scalar(UInt32($0)) ?? "x" }
    let controls = Gen.int(in: 0...0x9F).map { Unicode.Scalar(UInt32($0))! }
    await propertyCheck(count: 300, input: Gen.oneOf(scalar, controls).array(of: 0...300)) {
      scalars in
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars)
      let title = String(text)
      for bytes in [
        WindowTitle.set(title),
        DesktopNotification(title: title, body: title).bytes(via: [.osc777]),
        DesktopNotification(title: title, body: title).bytes(via: [.osc9]),
      ] {
        let inner = bytes.dropFirst(2).dropLast()
        // Between ESC ] and the final BEL: no C0 control, no DEL, and no C1 control (in
        // UTF-8, C2 80 to C2 9F), so nothing can end the command or start another.
        #expect(bytes.prefix(2) == [0x1B, 0x5D] && bytes.last == 0x07)
        #expect(!inner.contains { $0 < 0x20 || $0 == 0x7F })
        #expect(
          !zip(inner, inner.dropFirst()).contains { $0 == 0xC2 && (0x80...0x9F).contains($1) })
        #expect(String(decoding: inner, as: UTF8.self).count <= 2 * 200 + 20)
      }
    }
  }
}
