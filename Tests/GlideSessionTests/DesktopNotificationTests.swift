import GlideCore
import GlideSession
import Testing

private let plan = Plan(
  Routine(
    id: "n", name: "N", summary: "", phase: .any,
    steps: [
      Step(.roll, target: "calves", sides: .both, duration: .seconds(90)),
      Step(repsOf: "Glute bridges", target: "hips", count: 8),
    ]))

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

@Suite struct DesktopNotificationTests {
  @Test func theBytesAreExact() {
    let note = DesktopNotification(body: "Roll · left calves · 1:30")
    #expect(
      text(note.bytes(via: [.osc777])) == "\u{1B}]777;notify;Glide;Roll · left calves · 1:30\u{07}")
    #expect(text(note.bytes(via: [.osc9])) == "\u{1B}]9;Glide: Roll · left calves · 1:30\u{07}")
    #expect(
      text(note.bytes(via: DesktopNotification.Channel.allCases))
        == "\u{1B}]777;notify;Glide;Roll · left calves · 1:30\u{07}\u{1B}]9;Glide: Roll · left calves · 1:30\u{07}"
    )
  }

  @Test func aSemicolonInTheTitleCannotMoveTheBody() {
    let note = DesktopNotification(title: "a;b", body: "c;d")
    #expect(text(note.bytes(via: [.osc777])) == "\u{1B}]777;notify;a,b;c;d\u{07}")
  }

  @Test func controlsInTheTextAreShownNotSent() {
    let note = DesktopNotification(body: "calves\u{07}\u{1B}[2J")
    #expect(text(note.bytes(via: [.osc9])) == "\u{1B}]9;Glide: calves\\u0007\\u001b[2J\u{07}")
  }

  @Test func eachItemStartAndTheEndNotify() {
    let summary = { (outcome: Summary.Outcome) in
      Summary(
        routineID: "n", routineName: "N", outcome: outcome, planned: .seconds(300),
        active: .seconds(125), paused: .zero, steps: [])
    }
    let effects: [Effect] = [
      .ring(.countdown(1)), .stepStarted(index: 0, remaining: nil),
      .stepStarted(index: 1, remaining: nil), .ring(.itemStarted(index: 1)),
      .stepStarted(index: 2, remaining: nil), .stepStarted(index: 4, remaining: nil),
      .journal(summary(.completed)), .appendLog(summary(.completed)),
      .appendLog(summary(.stopped)), .stepStarted(index: 9, remaining: nil),
    ]
    #expect(
      DesktopNotification.notifications(for: effects, in: plan).map(\.body) == [
        "Get ready: roll · left calves",
        "Roll · left calves · 1:30",
        "Switch sides",
        "8 Glute bridges · hips",
        "Session complete · 2:05 active",
        "Session ended early · 2:05 active",
      ])
    #expect(DesktopNotification.notifications(for: [.ring(.halfway)], in: plan).isEmpty)
    // Gone to during a pause: said to wait, as the voice and plain mode say it.
    #expect(
      DesktopNotification.notifications(
        for: [.stepStarted(index: 1, remaining: nil), .stillPaused(index: 1)], in: plan
      ).map(\.body) == ["Roll · left calves · 1:30 (paused)"])
  }
}
