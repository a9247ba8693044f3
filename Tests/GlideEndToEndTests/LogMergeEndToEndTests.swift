import Foundation
import GlideSystem
import Testing

/// `glide log merge` run several times at once, while sessions are being logged: every
/// session ends up in the log exactly once.
@Suite(.endToEnd) struct LogMergeEndToEndTests {
  private func line(_ id: String, day: Int) -> String {
    #"{"v":1,"id":"\#(id)","routine":"desk-reset","routine_name":"Desk reset","started_at":"2026-11-\#(10 + day % 15)T07:30:00Z","ended_at":"2026-11-\#(10 + day % 15)T07:39:00Z","outcome":"completed","planned_seconds":536,"active_seconds":540,"paused_seconds":0,"steps":[{"technique":"roll","target":"calves","side":null,"planned_seconds":90,"elapsed_seconds":90,"outcome":"done","reps_target":null,"reps_done":null}]}"#
  }

  /// A fresh folder of the test's own, which the test removes.
  private func newFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-merge-\(UUID())"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func aSourceThatCannotBeReadMergesNothingAndMakesNoLog() throws {
    let folder = try newFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try (line("there-0", day: 0) + "\n").write(
      toFile: folder + "/there.jsonl", atomically: true, encoding: .utf8)
    let merged = runProcess(
      glideBinary,
      ["log", "merge", "--log", folder + "/new.jsonl", folder + "/there.jsonl", folder + "/none"],
      environment: ["HOME": folder, "PATH": "/usr/bin:/bin"])
    #expect(merged.status == 2)
    #expect(
      merged.err
        == "glide: cannot read \(folder)/none: No such file or directory; nothing was merged\n")
    #expect(!FileManager.default.fileExists(atPath: folder + "/new.jsonl"))
  }

  @Test func concurrentMergesAndSessionsNeitherLoseNorDoubleALine() throws {
    let folder = try newFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let log = folder + "/log.jsonl"
    try (line("here-0", day: 0) + "\n").write(toFile: log, atomically: true, encoding: .utf8)
    // Two machines' logs that share sixty sessions.
    let laptop = (0..<300).map { line("laptop-\($0)", day: $0) }
    let desktop = (0..<300).map { line($0 < 60 ? "laptop-\($0)" : "desktop-\($0)", day: $0) }
    try laptop.joined(separator: "\n").write(
      toFile: folder + "/laptop.jsonl", atomically: true, encoding: .utf8)
    try desktop.joined(separator: "\n").write(
      toFile: folder + "/desktop.jsonl", atomically: true, encoding: .utf8)
    let environment = ["HOME": folder, "PATH": "/usr/bin:/bin"]
      .map { "\($0.key)=\($0.value)" }
    var merges: [Int32] = []
    for source in ["laptop", "desktop", "laptop", "desktop", "laptop"] {
      let pid = ChildProcess.spawn(
        glideBinary, ["log", "merge", "--log", log, folder + "/\(source).jsonl"],
        environment: environment)
      merges.append(try #require(pid))
    }
    // Sessions ending meanwhile, each line appended as a session appends it.
    for index in 1...100 {
      let fd = open(log, O_WRONLY | O_APPEND)
      let bytes = Array((line("here-\(index)", day: index) + "\n").utf8)
      flock(fd, LOCK_EX)
      _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      flock(fd, LOCK_UN)
      close(fd)
    }
    for pid in merges { #expect(ChildProcess.wait(pid) == 0) }
    let ids = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map {
      line -> String in
      let start = line.range(of: #""id":""#)!.upperBound
      return String(line[start...].prefix { $0 != "\"" })
    }
    #expect(ids.count == Set(ids).count, "no session twice")
    #expect(Set(ids).count == 101 + 300 + 240, "none lost")
  }
}
