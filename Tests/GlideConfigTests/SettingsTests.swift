import Foundation
import GlideConfig
import GlideCore
import Testing

@Suite struct SettingsTests {
  @Test func anEmptyFileIsTheBuiltInDefaults() throws {
    let result = SettingsDecoder.decode(text: "# nothing yet\n", file: "config.toml")
    #expect(result.errors.isEmpty)
    let settings = try #require(result.settings)
    #expect(settings == Settings())
    #expect(settings.routine.value == "desk-reset")
    #expect(settings.voice == Setting(.off, from: .builtIn))
    #expect(settings.sound.value == .bell)
    #expect(settings.plan == Plan.Settings())
    #expect(settings.entries.allSatisfy { $0.origin == .builtIn })
  }

  @Test func everyKeySetsItsValueAndNamesItsLine() throws {
    let text = """
      routine = "pre-run"
      theme = "gruvbox"
      voice = "full"
      sound = "off"
      flash = "on"
      title = false
      notifications = true
      on_event = "notify-send glide"
      get_ready = "5s"
      switch_sides = 8
      transition = "1m"
      """
    let result = SettingsDecoder.decode(text: text, file: "c.toml")
    #expect(result.errors.isEmpty)
    let settings = try #require(result.settings)
    #expect(settings.routine == Setting("pre-run", from: .file("c.toml", line: 1)))
    #expect(settings.theme == Setting("gruvbox", from: .file("c.toml", line: 2)))
    #expect(settings.voice == Setting(.full, from: .file("c.toml", line: 3)))
    #expect(settings.sound == Setting(.off, from: .file("c.toml", line: 4)))
    #expect(settings.flash == Setting(true, from: .file("c.toml", line: 5)))
    #expect(settings.title == Setting(false, from: .file("c.toml", line: 6)))
    #expect(settings.notifications == Setting(true, from: .file("c.toml", line: 7)))
    #expect(settings.onEvent == Setting("notify-send glide", from: .file("c.toml", line: 8)))
    #expect(settings.getReady == Setting(.seconds(5), from: .file("c.toml", line: 9)))
    #expect(settings.switchSides == Setting(.seconds(8), from: .file("c.toml", line: 10)))
    #expect(settings.transition == Setting(.seconds(60), from: .file("c.toml", line: 11)))
    #expect(
      settings.plan
        == Plan.Settings(leadIn: .seconds(5), switchSides: .seconds(8), transition: .seconds(60)))
    #expect(settings.entries.map(\.key) == SettingsDecoder.keys)
    #expect(settings.entries.count == 22, "every key is shown by glide config")
  }

  @Test func whatGlideConfigPrintsReadsBackAsTheSameSettings() throws {
    var settings = Settings()
    settings.theme.set("my \"dusk\"", from: .flag("--theme"))
    settings.voice.set(.on, from: .flag("--voice"))
    settings.getReady.set(.seconds(2.5), from: .flag("x"))
    let text = settings.entries.map { "\($0.key) = \($0.value)" }.joined(separator: "\n")
    let back = try #require(SettingsDecoder.decode(text: text, file: "c.toml").settings)
    #expect(back.entries.map(\.value) == settings.entries.map(\.value))
  }

  @Test func aRelativeFileIsFoundBesideTheConfigFile() throws {
    let text = "routine = \"mine/evening.toml\"\ntheme = \"/abs/dusk.toml\"\n"
    let settings = try #require(
      SettingsDecoder.decode(text: text, file: "/home/a/.config/glide/config.toml").settings)
    #expect(settings.routine.value == "/home/a/.config/glide/mine/evening.toml")
    #expect(settings.theme.value == "/abs/dusk.toml")
    let ids = try #require(
      SettingsDecoder.decode(text: "routine = \"pre-run\"", file: "/c/config.toml").settings)
    #expect(ids.routine.value == "pre-run", "an id is not a file")
  }

  @Test func badValuesAreErrorsInLineOrderAndTheRestApplies() throws {
    let text = """
      voise = "on"
      sound = "loud"
      get_ready = "150s"
      flash = "yes"
      routine = ""
      on_event = "a\\u001b[2Jb"
      theme = "gruvbox"
      [transitions]
      get_ready = 3
      """
    let result = SettingsDecoder.decode(text: text, file: "c.toml")
    #expect(
      result.errors.map(\.description) == [
        "c.toml:1:1: warning: voise: unknown key (did you mean 'voice'?)",
        "c.toml:2:9: error: sound: unknown value 'loud'; known values: tones, bell, off",
        "c.toml:3:13: error: get_ready: must be a length of 1s-2m such as \"10s\" or 10: "
          + "the get-ready that opens the session",
        "c.toml:4:9: error: flash: unknown value 'yes'; known values: on, off",
        "c.toml:5:11: error: routine: must be a routine id or a FILE.toml",
        "c.toml:6:12: error: on_event: must be a command on one line, without control characters",
        "c.toml:8:2: warning: transitions: unknown key (did you mean 'transition'?)",
      ])
    let settings = try #require(result.settings)
    #expect(settings.theme == Setting("gruvbox", from: .file("c.toml", line: 7)))
    #expect(settings.sound == Setting(.bell), "a bad value leaves its default")
  }

  @Test func anUnknownKeyIsOneWarningAndLosesNothingElse() throws {
    let text = "breath_sond = true\ntheme = \"gruvbox\"\n"
    let result = SettingsDecoder.decode(text: text, file: "c.toml")
    #expect(
      result.errors.map(\.description) == [
        "c.toml:1:1: warning: breath_sond: unknown key (did you mean 'breath_sound'?)"
      ])
    #expect(result.settings?.theme.value == "gruvbox")
  }

  @Test func everySessionFlagHasAKey() throws {
    let text = """
      breath_sound = true
      notify_via = "9"
      count_in = "off"
      check_in = true
      summary = "print"
      sounds = "my-sounds"
      voice_command = "/usr/bin/say-it"
      voice_language = "en-gb"
      voice_rate = 140
      """
    let settings = try #require(SettingsDecoder.decode(text: text, file: "/c/config.toml").settings)
    #expect(settings.breathSound.value && settings.checkIn.value && !settings.countIn.value)
    #expect(settings.notifyVia.value == .osc9 && settings.summary.value == .print)
    #expect(settings.sounds.value == "/c/my-sounds", "a folder is found beside the file")
    #expect(settings.voiceCommand.value == "/usr/bin/say-it")
    #expect(settings.voiceArguments == ["-v", "en-gb", "-s", "140"])
    #expect(settings.plan.countIn == .zero && settings.plan.checkIn)
    let slow = SettingsDecoder.decode(text: "voice_rate = 20", file: "c.toml")
    #expect(slow.errors.first?.message == "must be words a minute, 80-450 (0: the program's own)")
  }

  @Test func aFlagRaisesTheVoiceAndNeverLowersIt() {
    var settings = Settings()
    settings.voice.set(.full, from: .file("c.toml", line: 1))
    settings.voice.raise(to: .on, from: .flag("--voice"))
    #expect(settings.voice == Setting(.full, from: .file("c.toml", line: 1)))
    settings.voice.set(.off, from: .file("c.toml", line: 1))
    settings.voice.raise(to: .on, from: .flag("--voice"))
    #expect(settings.voice == Setting(.on, from: .flag("--voice")))
  }

  @Test func aBrokenFileIsOneLineAndTheDefaults() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-settings-\(UUID())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

    let missing = SettingsFile.load(configDirectory: folder)
    #expect(missing.settings == Settings() && missing.problems.isEmpty && !missing.isRead)

    let path = folder + "/config.toml"
    try "voice = \"on\"\nsound = \n".write(toFile: path, atomically: true, encoding: .utf8)
    let broken = SettingsFile.load(configDirectory: folder)
    #expect(broken.settings == Settings(), "nothing of a file that is not TOML is used")
    #expect(broken.problems.count == 1)
    #expect(broken.problems.first?.hasSuffix("; using the built-in settings") == true)

    try "voice = \"on\"\nsound = 1\n".write(toFile: path, atomically: true, encoding: .utf8)
    let partly = SettingsFile.load(configDirectory: folder)
    #expect(partly.isRead)
    #expect(partly.settings.voice == Setting(.on, from: .file(path, line: 1)))
    #expect(
      partly.problems == [
        "\(path):2:9: error: sound: unknown value '1'; known values: tones, bell, off; using the default for it"
      ])
  }

  @Test func glideCheckTakesConfigTomlForTheConfigFile() throws {
    let bytes = Array("sound = \"tones\"\nbogus = 1\n".utf8)
    #expect(
      FileCheck.diagnostics(bytes: bytes, path: "/home/a/.config/glide/config.toml", name: "x")
        .map(\.description) == ["x:2:1: warning: bogus: unknown key"])
    #expect(FileCheck.isConfig(path: "config.toml"))
    #expect(!FileCheck.isConfig(path: "/c/glide/routines/config.toml"), "a routine named config")
  }

  @Test func originsReadAsGlideConfigShowsThem() {
    #expect(SettingOrigin.builtIn.description == "default")
    #expect(SettingOrigin.file("/c/config.toml", line: 3).description == "/c/config.toml:3")
    #expect(SettingOrigin.flag("--theme").description == "--theme")
    #expect(SettingOrigin.environment("GLIDE_LOG").description == "$GLIDE_LOG")
  }
}
