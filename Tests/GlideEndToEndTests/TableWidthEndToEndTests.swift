import Foundation
import Testing

/// One long name must not widen a whole table: every listing runs over routines, a log and
/// check-ins with very long names in several scripts, and no row of its table may pass
/// the width the table's columns allow.
@Suite(.endToEnd) struct TableWidthEndToEndTests {
  /// The widest a table row may be: its name columns cut at 32 columns each, plus the
  /// fixed columns beside them (`glide routines`: two names, phase, steps, time and
  /// "(default)" make 108).
  static let tableWidth = 110

  /// Close to 190 columns (the longest a name may be is 200 characters) of Latin, CJK
  /// (two columns a character), combining marks and Arabic.
  static let longName = String(
    repeating: "Stretch 伸展運動 café\u{301} تمدد ", count: 7)
  static let longID = "a-very-long-routine-id-" + String(repeating: "abcdefghij", count: 14)

  /// Columns a line takes: wide CJK ranges count two, combining marks none.
  static func columns(_ line: Substring) -> Int {
    line.unicodeScalars.reduce(0) { sum, scalar in
      switch scalar.value {
      case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: sum
      case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60,
        0x20000...0x3FFFD:
        sum + 2
      default: sum + 1
      }
    }
  }

  static func corpus() throws -> (folder: String, environment: [String: String]) {
    let folder = NSTemporaryDirectory() + "glide-widths-\(UUID().uuidString.prefix(8))"
    let routines = folder + "/config/glide/routines"
    try FileManager.default.createDirectory(atPath: routines, withIntermediateDirectories: true)
    let body =
      "name = \"\(longName)\"\nphase = \"any\"\n[[steps]]\ntechnique = \"roll\"\n"
      + "target = \"\(longName)\"\nduration = \"90s\"\n[[steps]]\ntechnique = \"reps\"\n"
      + "target = \"\(longName)\"\nmovement = \"raises\"\nreps = 8\n"
    try body.write(toFile: routines + "/\(longID).toml", atomically: true, encoding: .utf8)
    try body.write(toFile: routines + "/short.toml", atomically: true, encoding: .utf8)
    var log = ""
    for day in 10...16 {
      log +=
        #"{"v":1,"id":"\#(longID)-\#(day)","routine":"\#(longID)","routine_name":"\#(longName)","#
        + #""started_at":"2026-11-\#(day)T07:30:00Z","ended_at":"2026-11-\#(day)T07:40:00Z","#
        + #""outcome":"completed","planned_seconds":600,"active_seconds":600,"paused_seconds":0,"#
        + #""steps":[{"technique":"roll","target":"\#(longName)","side":null,"planned_seconds":90,"#
        + #""elapsed_seconds":90,"outcome":"done","reps_target":null,"reps_done":null}],"#
        + #""check_in":{"before":{"\#(longName)":4},"after":{"\#(longName)":7}}}"# + "\n"
    }
    try log.write(toFile: folder + "/log.jsonl", atomically: true, encoding: .utf8)
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder
    environment["XDG_CONFIG_HOME"] = folder + "/config"
    environment["GLIDE_LOG"] = folder + "/log.jsonl"
    environment["TZ"] = "UTC"
    // A pipe is as wide as COLUMNS says when it is set; these listings are held to 80.
    environment["COLUMNS"] = nil
    return (folder, environment)
  }

  /// Piped, a listing is 80 columns wide (a terminal's width when it is one, COLUMNS' when
  /// set): every line
  /// of every listing fits, the long names cut or wrapped, the built-ins' too.
  @Test func everyListingFitsEightyColumns() throws {
    let (folder, environment) = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let listings = [
      ["routines"], ["history"], ["show", Self.longID], ["show", "desk-reset"], ["stats"],
      ["library"], ["program", "list"],
    ]
    for arguments in listings {
      let run = runProcess(glideBinary, arguments, environment: environment)
      #expect(run.status == 0, "\(arguments): \(run.err)")
      for line in run.out.split(separator: "\n") {
        #expect(
          Self.columns(line) <= 80, "\(arguments): a line of \(Self.columns(line)): \(line)")
      }
    }
    // The built-in routines keep their whole names, their times on their rows.
    let routines = runProcess(glideBinary, ["routines"], environment: environment).out
    #expect(
      routines.split(separator: "\n").contains {
        $0.hasPrefix("desk-reset ") && $0.contains("Desk reset") && $0.contains(":")
      })
  }

  @Test func noTableRowPassesItsWidthWhateverTheNames() throws {
    let (folder, environment) = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Each listing, and which of its lines are table rows (the rest are prose that wraps).
    let listings: [([String], (Substring) -> Bool)] = [
      (["routines"], { _ in true }),
      (["history"], { _ in true }),
      (["show", Self.longID], { $0.first?.isNumber == true || $0.hasPrefix("   ") }),
      (["stats"], { $0.hasPrefix("  ") || $0.hasPrefix("Areas") }),
      (["library"], { $0.hasPrefix("  ") && !$0.hasPrefix("      ") }),
      (["program", "list"], { !$0.hasPrefix(" ") }),
    ]
    for (arguments, isRow) in listings {
      let run = runProcess(glideBinary, arguments, environment: environment)
      #expect(run.status == 0, "\(arguments): \(run.err)")
      let rows = run.out.split(separator: "\n").filter(isRow)
      #expect(!rows.isEmpty, "\(arguments) printed no rows")
      for row in rows {
        #expect(
          Self.columns(row) <= Self.tableWidth,
          "\(arguments): a row of \(Self.columns(row)) columns: \(row)")
      }
      if arguments == ["routines"] || arguments == ["history"] || arguments == ["stats"] {
        #expect(run.out.contains("…"), "\(arguments): the long name is cut with …")
      }
    }
  }
}
