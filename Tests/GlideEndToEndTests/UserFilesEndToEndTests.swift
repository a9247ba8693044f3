import Foundation
import Testing

@Suite(.serialized, .endToEnd) struct UserFilesEndToEndTests {
  @Test func writeCheckListAndRunARoutineOfYourOwn() async throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("glide-home-\(UUID())")
      .path
    defer { try? FileManager.default.removeItem(atPath: home) }
    let environment = ["HOME": home, "PATH": "/usr/bin:/bin"]

    let new = runProcess(glideBinary, ["new", "evening"], environment: environment)
    #expect(new.status == 0)
    let path = home + "/.config/glide/routines/evening.toml"
    #expect(new.out == path + "\n")
    let again = runProcess(glideBinary, ["new", "evening"], environment: environment)
    #expect(again.status == 2, "never overwrites")
    #expect(again.err.contains("already exists"))
    // A program's session id is not taken for a routine: it would count as that session.
    let session = runProcess(glideBinary, ["new", "runners-legs-w1-s1"], environment: environment)
    #expect(session.status == 2)
    #expect(session.err.contains("reads as week 1, session 1 of a program 'runners-legs'"))

    let check = runProcess(glideBinary, ["check", path], environment: environment)
    #expect(check.status == 0)
    #expect(check.out == "\(path): ok\n")

    try "name = \"Broken\"\n[[steps]]\ntechnique = \"roll\"\n".write(
      toFile: home + "/.config/glide/routines/broken.toml", atomically: true, encoding: .utf8)
    let routines = runProcess(glideBinary, ["routines"], environment: environment)
    #expect(routines.status == 0)
    #expect(routines.out.contains("desk-reset"))
    #expect(
      routines.out.split(separator: "\n").contains {
        $0.hasPrefix("evening") && $0.hasSuffix("(yours)")
      })
    #expect(
      routines.out.contains(
        "BROKEN: \(home)/.config/glide/routines/broken.toml:2:1: error: step 1: target: missing"))

    let bad = runProcess(
      glideBinary, ["check", home + "/.config/glide/routines/broken.toml"], environment: environment
    )
    #expect(bad.status == 2)
    #expect(bad.out.split(separator: "\n").count == 2)

    let runBroken = runProcess(glideBinary, ["run", "broken"], environment: environment)
    #expect(runBroken.status == 2)
    #expect(runBroken.err.contains("broken.toml:2:1: error"))

    let tmux = try Tmux()
    defer { tmux.close() }
    let theme = tmux.directory.appendingPathComponent("mine.toml").path
    try "name = \"mine\"\n[colors]\nroll = \"#ff8800\"\n".write(
      toFile: theme, atomically: true, encoding: .utf8)
    tmux.type("export HOME=\(home)")
    tmux.startGlide("run evening --no-bell --theme \(theme)")
    await tmux.waitFor("First: roll · left calves")
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early: evening")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1, "ended early with q")
  }

  /// A theme file with several errors says them in the file's order, the first after
  /// "glide: ", each colour with what was written and the name it is nearest.
  @Test func aBrokenThemesErrorsComeInTheFilesOrder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-theme-\(UUID())"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/dusk.toml"
    try "name = \"dusk\"\n[colors]\ntext = \"defualt\"\naccent = \"#83a59\"\nrol = \"yellow\"\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let result = runProcess(
      glideBinary, ["run", "desk-reset", "--theme", path],
      environment: ["HOME": folder, "PATH": "/usr/bin:/bin"])
    #expect(result.status == 2)
    let forms = "use an ANSI name (red, bright-cyan, …), default, or #rrggbb"
    #expect(
      result.err.split(separator: "\n").map(String.init) == [
        "glide: \(path):3:8: error: colors: text: 'defualt' is not a colour (did you mean "
          + "'default'?): " + forms,
        "\(path):4:10: error: colors: accent: '#83a59' is not a colour: " + forms,
        "\(path):5:1: error: colors: rol: unknown role (did you mean 'roll'?)",
      ])
  }

  @Test func themesListsShippedAndYours() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("glide-home-\(UUID())")
      .path
    defer { try? FileManager.default.removeItem(atPath: home) }
    try FileManager.default.createDirectory(
      atPath: home + "/.config/glide/themes", withIntermediateDirectories: true)
    try "name = \"dusk\"\n[colors]\nroll = \"red\"\n".write(
      toFile: home + "/.config/glide/themes/dusk.toml", atomically: true, encoding: .utf8)
    let themes = runProcess(glideBinary, ["themes"], environment: ["HOME": home])
    #expect(
      themes.out
        == "default  (default)\nhigh-contrast\nsolarized-dark\ngruvbox\nmono\ndusk  (yours)\n")
    let unknown = runProcess(glideBinary, ["run", "--theme", "nope"], environment: ["HOME": home])
    #expect(unknown.status == 2)
    #expect(
      unknown.err
        == "glide: unknown theme 'nope'; known themes: default, high-contrast, solarized-dark, gruvbox, mono, dusk\n"
    )
  }
}
