import Foundation
import Testing

/// Headless Chromium, when installed (CI installs it; see .ci/run).
let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
  FileManager.default.isExecutableFile(atPath: $0)
}

@Suite(.serialized, .endToEnd) struct ReportEndToEndTests {
  /// A folder with a two-year log ending yesterday, and the report of it.
  static func report(_ extra: [String] = []) throws -> (folder: String, html: String) {
    let folder = NSTemporaryDirectory() + "glide-report-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let log = folder + "/sessions.jsonl"
    let now = Int64(Date().timeIntervalSince1970)
    try SampleLog.twoYears(endingBefore: now - now % 86_400).write(
      toFile: log, atomically: true, encoding: .utf8)
    let html = folder + "/report.html"
    let made = runProcess(
      glideBinary, ["report", "--log", log, "--output", html] + extra,
      environment: ["HOME": folder, "TZ": "UTC", "PATH": "/usr/bin:/bin"])
    #expect(made.status == 0, "\(made.err)")
    #expect(made.out.isEmpty, "the page goes to the file, not the terminal")
    return (folder, html)
  }

  @Test func theReportGoesToStandardOutputWithoutOutput() throws {
    let folder = NSTemporaryDirectory() + "glide-report-\(UUID().uuidString.prefix(8))"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let printed = runProcess(
      glideBinary, ["report", "--log", folder + "/none.jsonl", "--since", "2026-01-01"],
      environment: ["HOME": folder, "TZ": "UTC"])
    #expect(printed.status == 0, "\(printed.err)")
    #expect(printed.out.hasPrefix("<!DOCTYPE html>"))
    #expect(printed.out.hasSuffix("</html>\n"))
    #expect(printed.out.contains("No check-ins in these dates"))
  }

  @Test func aPipeGivenAsOutputIsWrittenToNotReplaced() throws {
    let folder = NSTemporaryDirectory() + "glide-report-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fifo = folder + "/pipe"
    #expect(runProcess("/usr/bin/mkfifo", [fifo]).status == 0)
    let run = runProcess(
      "/bin/sh",
      [
        // The reader waits on the pipe; were it renamed over, it would wait for ever, so
        // then it is stopped and the run fails.
        "-c",
        #"cat "$1" > "$2" & c=$!; "$3" report --log "$4" --output "$1"; s=$?; "#
          + #"if [ -p "$1" ]; then wait $c; exit $s; else kill $c; exit 9; fi"#,
        "sh", fifo, folder + "/read.html", glideBinary, folder + "/none.jsonl",
      ], environment: ["HOME": folder, "TZ": "UTC", "PATH": "/usr/bin:/bin"])
    #expect(run.status == 0, "\(run.err)")
    let read = try String(contentsOfFile: folder + "/read.html", encoding: .utf8)
    #expect(read.hasPrefix("<!DOCTYPE html>"))
    #expect(!FileManager.default.fileExists(atPath: fifo + ".tmp"))
  }

  @Test func anAreaThatIsNotOneIsRefusedAsEverywhereElse() {
    let refused = runProcess(glideBinary, ["report", "--area", "calfs"])
    #expect(refused.status == 2)
    let routines = runProcess(glideBinary, ["routines", "--area", "calfs"])
    #expect(routines.status == 2)
    #expect(refused.err == routines.err && refused.err.contains("'calves'"), "\(refused.err)")
    let prefix = runProcess(glideBinary, ["report", "--area", "calv"])
    #expect(prefix.status == 0, "a start of one area's name is that area: \(prefix.err)")
  }

  /// An area of one's own is reported on once the log holds work on it, as `stats` lists
  /// it; a name with no work is still refused.
  @Test func anAreaOfOnesOwnInTheLogIsReportedOn() throws {
    let folder = NSTemporaryDirectory() + "glide-report-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let routine = folder + "/arms.toml"
    try
      "name = \"Arms\"\n[[steps]]\ntechnique = \"roll\"\ntarget = \"forearms\"\nduration = \"1m\"\n"
      .write(toFile: routine, atomically: true, encoding: .utf8)
    let log = folder + "/sessions.jsonl"
    let environment = ["HOME": folder, "TZ": "UTC", "PATH": "/usr/bin:/bin"]
    let ran = runProcess(
      glideBinary, ["run", routine, "--plain", "--time-scale", "400", "--log", log],
      environment: environment)
    #expect(ran.status == 0, "\(ran.err)")
    let report = runProcess(
      glideBinary, ["report", "--log", log, "--area", "forearms"], environment: environment)
    #expect(report.status == 0, "\(report.err)")
    #expect(report.out.contains("forearms"))
    let none = runProcess(
      glideBinary, ["report", "--log", log, "--area", "shins"], environment: environment)
    #expect(none.status == 2)
    #expect(none.err.hasPrefix("glide: unknown area 'shins'"), "\(none.err)")
  }

  @Test func aWindowTheWrongWayRoundIsRefused() {
    let refused = runProcess(
      glideBinary, ["report", "--since", "2027-01-01", "--until", "2026-01-01"])
    #expect(refused.status == 2)
    #expect(
      refused.err.contains("--since 2027-01-01 is after --until 2026-01-01"), "\(refused.err)")
  }

  @Test func aDateThatIsNotOneIsRefused() {
    for bad in ["2026-02-30", "yesterday", "2026-1-5"] {
      let refused = runProcess(glideBinary, ["report", "--since", bad])
      #expect(refused.status == 2, "\(bad): \(refused.err)")
      #expect(refused.err.contains("--since must be a date as YYYY-MM-DD"), "\(refused.err)")
    }
  }

  @Test(
    .enabled(
      if: chromium != nil,
      "headless Chromium is not installed here (apt-get install chromium); CI installs it"))
  func twoYearsOfSessionsRenderInChromium() throws {
    let (folder, html) = try Self.report()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let browser = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
      "--user-data-dir=\(folder)/chromium", "--window-size=800,2600",
    ]
    let environment = ["HOME": folder, "PATH": "/usr/bin:/bin", "TZ": "UTC"]
    let dom = runProcess(
      chromium!, browser + ["--dump-dom", "file://\(html)"], environment: environment)
    #expect(dom.status == 0, "\(dom.err)")
    for part in [
      "id=\"calendar-title\"", "class=\"day3\"", "class=\"week-met\"", "id=\"areas-title\"",
      "class=\"area0\"", "knee to wall (cm): before and after", "polyline", "class=\"after\"",
      "<table id=\"calendar-table\"", "<table id=\"areas-table\"", "weeks in a row",
    ] {
      #expect(dom.out.contains(part), "the rendered page lacks \(part)")
    }
    let png = folder + "/report.png"
    let shot = runProcess(
      chromium!, browser + ["--screenshot=\(png)", "file://\(html)"], environment: environment)
    #expect(FileManager.default.fileExists(atPath: png), "\(shot.err)")
    let checked = runProcess(
      "/usr/bin/python3", [pngCheck, png], environment: ["PATH": "/usr/bin:/bin"])
    #expect(checked.status == 0, "\(checked.out)\(checked.err)")
    // `GLIDE_RECORD_REPORT_PNG=path` keeps the picture (the one README shows).
    if let keep = ProcessInfo.processInfo.environment["GLIDE_RECORD_REPORT_PNG"] {
      try? FileManager.default.removeItem(atPath: keep)
      try FileManager.default.copyItem(atPath: png, toPath: keep)
    }
  }
}

/// Checks a PNG drew something: decodes it (8-bit RGB or RGBA, as Chromium writes) and
/// requires a good share of pixels that are not background, in more than a few colours.
let pngCheck = fixture("png_drawn.py")
