import Foundation
import Testing

@Suite(.serialized, .endToEnd) struct GlanceEndToEndTests {
  func paneTitle(_ tmux: Tmux) -> String { tmux.paneTitle }

  @Test func theWindowTitleShowsTheStepAndTimeLeftAndIsGivenBack() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    await tmux.startGlideInFirstRoll("run \(fixture("keys.toml")) --no-bell")
    // The title follows the digits: it counts down with them.
    let deadline = Date().addingTimeInterval(10)
    var titles: Set<String> = []
    while Date() < deadline, titles.count < 2 {
      let title = paneTitle(tmux)
      if title.hasSuffix("Roll · calves - Glide") { titles.insert(title) }
      await pause(0.1)
    }
    #expect(titles.count >= 2, "\(titles)")
    #expect(titles.allSatisfy { $0.wholeMatch(of: /0:[34][0-9] Roll · calves - Glide/) != nil })
    tmux.keys("Space")
    await tmux.waitFor("paused") { _ in paneTitle(tmux).hasPrefix("Paused 0:") }
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early")
    #expect(paneTitle(tmux) == "Session ended - Glide")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1)  // ended early with q
    #expect(!paneTitle(tmux).contains("Glide"), "given back: \(paneTitle(tmux))")
  }

  @Test func noTitleLeavesTheTitleAlone() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let before = paneTitle(tmux)
    await tmux.startGlideInFirstRoll("run \(fixture("keys.toml")) --no-bell --no-title")
    await pause(1.2)
    #expect(paneTitle(tmux) == before)
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1)  // ended early with q
  }

  /// Runs short.toml at speed with `arguments`, keeping every byte glide wrote.
  func rawOutput(_ arguments: String) async throws -> String {
    let tmux = try Tmux()
    defer { tmux.close() }
    let raw = tmux.directory.appendingPathComponent("raw.out").path
    tmux.tmux(["pipe-pane", "-o", "-t", "main", "cat >> \(raw)"])
    tmux.startGlide("run \(fixture("short.toml")) --no-bell --time-scale 8 \(arguments)")
    await tmux.waitFor("Session complete", timeout: 30)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    tmux.tmux(["pipe-pane", "-t", "main"])
    let data = (try? Data(contentsOf: URL(fileURLWithPath: raw))) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func notifyReachesTheTerminalAtEachStepAndTheEnd() async throws {
    let raw = try await rawOutput("--notify")
    let osc777 = raw.components(separatedBy: "\u{1B}]777;notify;Glide;").dropFirst()
      .map { $0.prefix { $0 != "\u{07}" } }
    #expect(
      osc777 == [
        "Get ready: roll · left calves", "Roll · left calves · 0:03", "Switch sides",
        "Roll · right calves · 0:03", "Hold · calves · 0:03", "2 Fixture raises · calves",
        "Session complete · 0:26 active",
      ], "\(osc777)")
    #expect(raw.contains("\u{1B}]9;Glide: Switch sides\u{07}"))
    #expect(raw.components(separatedBy: "\u{1B}]9;").count == 8)
  }

  @Test func notifyViaOneChannelSendsOnlyThat() async throws {
    let raw = try await rawOutput("--notify-via 9")
    #expect(!raw.contains("\u{1B}]777;"))
    #expect(raw.contains("\u{1B}]9;Glide: Session complete"))
  }

  @Test func withoutNotifyNothingIsSent() async throws {
    let raw = try await rawOutput("")
    #expect(!raw.contains("\u{1B}]777;") && !raw.contains("\u{1B}]9;"))
    // The title still is.
    #expect(raw.contains("\u{1B}]0;"))
    #expect(raw.contains("\u{1B}[22;0t") && raw.contains("\u{1B}[23;0t"))
  }
}
