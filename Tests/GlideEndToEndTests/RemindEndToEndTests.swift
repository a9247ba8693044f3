import Foundation
import GlideTestSupport
import Testing

/// `glide remind`: one line when the week is behind, a notification through a fake
/// `notify-send`, and the timer written and removed through a fake `systemctl`.
@Suite(.endToEnd) struct RemindEndToEndTests {
  let home = FileManager.default.temporaryDirectory.appendingPathComponent("glide-remind-\(UUID())")
    .path
  var fakes: String { home + "/bin" }
  var calls: String { home + "/calls" }
  var units: String { home + "/.config/systemd/user" }

  func setUp(startedDaysAgo days: Int) throws {
    try FileManager.default.createDirectory(atPath: fakes, withIntermediateDirectories: true)
    for tool in ["systemctl", "notify-send"] {
      let script = "#!/bin/sh\nprintf '%s|' \(tool) \"$@\" >> \(calls)\necho >> \(calls)\n"
      #expect(ExecutableScript.write(script, to: fakes + "/" + tool))
    }
    try FileManager.default.createDirectory(
      atPath: home + "/.local/state/glide", withIntermediateDirectories: true)
    let started = String(
      Date().addingTimeInterval(Double(-days) * 86_400).formatted(.iso8601.year().month().day())
        .prefix(10))
    try "program = \"runners-legs\"\nstarted = \"\(started)\"\n".write(
      toFile: home + "/.local/state/glide/active-program", atomically: true, encoding: .utf8)
  }

  func glide(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
    runProcess(
      glideBinary, arguments,
      environment: [
        "HOME": home, "PATH": "\(fakes):/usr/bin:/bin", "GLIDE_LOG": home + "/log.jsonl",
        "TZ": "UTC",
      ])
  }

  func called() -> [String] {
    ((try? String(contentsOfFile: calls, encoding: .utf8)) ?? "").split(separator: "\n")
      .map(String.init)
  }

  /// Five days into a week of three with a rest day between: two days cannot hold three.
  static let behind =
    "Glide: 0 of 3 sessions done this week; the week can no longer be met: 3 left, and only 1"
    + " fits with 1 rest day between sessions (today); next: Pre-run warm-up ('glide next')"

  @Test func behindPrintsOneLineAndNotifies() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    try setUp(startedDaysAgo: 5)
    let remind = glide(["remind"])
    #expect(remind.status == 0)
    #expect(
      remind.out == Self.behind + "\n")
    #expect(called().isEmpty)
    let notify = glide(["remind", "--notify"])
    #expect(notify.status == 0)
    #expect(
      called() == [
        "notify-send|--app-name=Glide|Glide|" + Self.behind + "|"
      ])
  }

  @Test func onTrackPrintsNothing() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    try setUp(startedDaysAgo: 0)
    let remind = glide(["remind", "--notify"])
    #expect(remind.status == 0)
    #expect(remind.out.isEmpty && remind.err.isEmpty)
    #expect(called().isEmpty)
  }

  @Test func installAndUninstallTheTimer() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    try setUp(startedDaysAgo: 0)
    let install = glide(["remind", "--install", "--at", "07:30"])
    #expect(install.status == 0, "\(install.err)")
    let service = try String(contentsOfFile: units + "/glide-remind.service", encoding: .utf8)
    #expect(
      service.contains("ExecStart=\"\(glideBinary)\" remind --notify --log \"\(home)/log.jsonl\""))
    let timer = try String(contentsOfFile: units + "/glide-remind.timer", encoding: .utf8)
    #expect(timer.contains("OnCalendar=*-*-* 07:30:00\n"))
    #expect(timer.contains("WantedBy=timers.target"))
    #expect(
      called() == [
        "systemctl|--user|daemon-reload|", "systemctl|--user|enable|--now|glide-remind.timer|",
      ])
    let uninstall = glide(["remind", "--uninstall"])
    #expect(uninstall.status == 0)
    #expect(!FileManager.default.fileExists(atPath: units + "/glide-remind.service"))
    #expect(!FileManager.default.fileExists(atPath: units + "/glide-remind.timer"))
    #expect(
      called().suffix(2) == [
        "systemctl|--user|disable|--now|glide-remind.timer|", "systemctl|--user|daemon-reload|",
      ])
    let bad = glide(["remind", "--install", "--at", "7pm"])
    #expect(bad.status != 0)
    #expect(bad.err.contains("--at must be a time of day as HH:MM"))
  }
}
