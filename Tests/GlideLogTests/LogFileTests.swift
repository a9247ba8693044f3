import Foundation
import Testing

@testable import GlideLog

@Suite struct LogFileTests {
  @Test func readerSkipsBadLinesAndCountsThem() throws {
    let folder = TemporaryFolder()
    let good = sampleRecord().jsonLine
    let future =
      #"{"v":2,"id":"f","routine":"x","routine_name":"X","started_at":"2026-11-17T07:00:00Z","ended_at":"2026-11-17T07:10:00Z","outcome":"completed","planned_seconds":1,"active_seconds":1,"paused_seconds":0,"steps":[],"mood":"great","new":{"nested":[1,2]}}"#
    var bytes: [UInt8] = []
    for line in [
      good,  // 1
      "not json at all",  // 2
      String(good.prefix(80)),  // 3 truncated
      "",  // 4 empty
      "\u{0}\u{1}binary",  // 5
      future,  // 6 future version, readable
      #"{"v":1,"id":"no-times"}"#,  // 7 lacks required keys
      // 8 wrong type
      #"{"v":"1","id":"x","routine":"x","started_at":"2026-11-17T07:00:00Z","ended_at":"2026-11-17T07:00:00Z","outcome":"completed","active_seconds":1,"steps":[]}"#,
    ] {
      bytes += Array(line.utf8) + [0x0A]
    }
    bytes += [0xFF, 0xFE, 0x0A]  // 9 invalid UTF-8
    bytes += Array(good.utf8)  // 10, no final newline
    folder.write("log.jsonl", bytes)
    let (ids, reader) = try newestIDs(folder.file("log.jsonl"))
    #expect(ids == [sampleRecord().id, "f", sampleRecord().id])
    #expect(reader.skipped == 6)
    #expect(
      reader.skippedMessage
        == "skipped 6 unreadable lines in \(folder.file("log.jsonl")) (first: line 2)")
    #expect(
      FileManager.default.contents(atPath: folder.file("log.jsonl")) == Data(bytes),
      "reading never rewrites")
  }

  @Test func missingLogReadsAsEmpty() throws {
    let folder = TemporaryFolder()
    var reader = try LogReader(path: folder.file("none.jsonl"))
    var count = 0
    reader.newestFirst { _, _ in
      count += 1
      return true
    }
    #expect(count == 0)
  }

  @Test func prepareCreatesPrivateFolderAndFile() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("a/b/glide/sessions.jsonl"))
    try log.prepare()
    let attributes = try FileManager.default.attributesOfItem(atPath: log.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let folderAttributes = try FileManager.default.attributesOfItem(
      atPath: folder.file("a/b/glide"))
    #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)
  }

  @Test func prepareRefusesADirectoryAndAReadOnlyFolder() throws {
    let folder = TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.file("dir.jsonl"), withIntermediateDirectories: true)
    #expect(throws: LogError.self) { try LogFile(path: folder.file("dir.jsonl")).prepare() }
    try FileManager.default.createDirectory(
      atPath: folder.file("ro"), withIntermediateDirectories: true)
    chmod(folder.file("ro"), 0o500)
    defer { chmod(folder.file("ro"), 0o700) }
    if geteuid() != 0 {  // root writes anywhere
      #expect(throws: LogError.self) { try LogFile(path: folder.file("ro/log.jsonl")).prepare() }
    }
  }

  @Test func fourProcessesAppendingAtOnceLoseNothing() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    try log.prepare()
    // Lines built before forking: the children make system calls only.
    let lines = (0..<4).map { child in
      (0..<500).map { n in
        Array((sampleRecord(id: "child-\(child)-\(n)").jsonLine + "\n").utf8)
      }
    }
    // One line from here first: a forked child of a process with many threads must not be
    // the first to need anything the Swift runtime builds under a lock (another thread
    // could hold it at the fork, and the child would wait on it for ever).
    #expect(log.appendLine(Array((sampleRecord(id: "parent").jsonLine + "\n").utf8)))
    var children: [pid_t] = []
    // A child keeps every descriptor the test process had at the fork, other tests' locked
    // journals among them, and would keep those sessions "alive" to their recovery: it
    // closes them first.
    let highest = Int32(min(sysconf(Int32(_SC_OPEN_MAX)), 65_536))
    for child in 0..<4 {
      let pid = fork()
      if pid == 0 {
        for fd in 3..<highest { close(fd) }
        var ok = true
        for line in lines[child] where !log.appendLine(line) { ok = false }
        _exit(ok ? 0 : 1)
      }
      children.append(pid)
    }
    for pid in children {
      var status: Int32 = 0
      waitpid(pid, &status, 0)
      #expect(status == 0)
    }
    var reader = try LogReader(path: log.path)
    var ids = Set<String>()
    var count = 0
    reader.newestFirst { record, _ in
      ids.insert(record.id)
      count += 1
      return true
    }
    #expect(count == 2001)
    #expect(reader.skipped == 0)
    #expect(ids.count == 2001)
  }

  @Test func logLocation() {
    #expect(LogLocation.path(flag: "/x/l.jsonl", environment: ["GLIDE_LOG": "/y"]) == "/x/l.jsonl")
    #expect(LogLocation.path(flag: nil, environment: ["GLIDE_LOG": "/y", "HOME": "/h"]) == "/y")
    #expect(
      LogLocation.path(flag: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"])
        == "/d/glide/sessions.jsonl")
    #expect(
      LogLocation.path(flag: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
        == "/h/.local/share/glide/sessions.jsonl")
    #expect(LogLocation.path(flag: nil, environment: [:]) == nil)
  }
}
