import Foundation
import Testing

/// A terminal that reads nothing never keeps a signal from ending the session.
@Suite(.endToEnd) struct BlockedTerminalEndToEndTests {
  @Test func sigtermEndsASessionWhoseTerminalReadsNothing() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glide-e2e-unread-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = folder.appendingPathComponent("sessions.jsonl").path
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder.path
    environment["XDG_RUNTIME_DIR"] = folder.path
    let run = runProcess(
      "/usr/bin/env",
      [
        "python3", fixture("unread_pty.py"), glideBinary, "run", "desk-shoulders-neck",
        "--time-scale", "5", "--sound", "off", "--log", log,
      ], environment: environment)
    #expect(run.status == 0, "\(run.err)")
    // The driver waits until the terminal's buffers stay full before it sends SIGTERM.
    #expect(run.out.contains("\"blocked\": true"), "\(run.out)")
    #expect(run.out.contains("\"status\": 143"), "glide left on SIGTERM: \(run.out)")
    let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    #expect(text.split(separator: "\n").count == 1)
    #expect(text.contains("\"outcome\":\"stopped\""), "logged as stopped: \(text)")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!left.contains { $0.contains("journal") }, "no journal is left: \(left)")
  }
}
