import Foundation
import GlideSystem
import GlideTestSupport
import Testing

@testable import GlideLog

#if canImport(Glibc)
  import Glibc
#endif

/// Every operation Glide does on its log, stopped or failed at every one of its file
/// operations in turn: after the next command (run twice) every session started is in the
/// log exactly once, as of its last durable state or later, every line is whole, the merge
/// index describes the log, and nothing is left for later.
@Suite struct CrashPointTests {
  @Test(arguments: ["session end", "recovery", "merge"])
  func everyCrashAndFailurePointLeavesEachSessionOnceAndWhole(_ name: String) throws {
    let scenario = [CrashScenario.sessionEnd, .recovery, .merge].first { $0.name == name }!
    let points = try Self.operations(of: scenario)
    let problems = try everyFaultPoint(name, points: points) { fault, tear in
      try Self.trial(scenario, fault, tear: tear)
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    #expect(points > 10, "the operation goes through the faulty disk")
  }

  /// How many file operations the scenario does when nothing goes wrong.
  static func operations(of scenario: CrashScenario) throws -> Int {
    let folder = CrashFolder()
    try scenario.setUp(LogFile(path: folder.log))
    let disk = FaultDisk()
    var progress = CrashScenario.Progress(disk: disk)
    scenario.run(LogFile(path: folder.log, disk: disk), &progress)
    return disk.count
  }

  /// Runs the scenario with `fault`, then the next command twice; what went wrong.
  static func trial(_ scenario: CrashScenario, _ fault: FaultDisk.Fault, tear: FaultDisk.Tear)
    throws -> [String]
  {
    let folder = CrashFolder()
    let real = LogFile(path: folder.log)
    try scenario.setUp(real)
    let disk = FaultDisk(fault)
    disk.tear = tear
    var progress = CrashScenario.Progress(disk: disk)
    // The operation's objects (its journal and its locks) die with it.
    do { scenario.run(LogFile(path: folder.log, disk: disk), &progress) }
    if disk.crashed { disk.settle() }
    Self.waitForLocksToGo(folder)
    let expected = scenario.expected(progress)
    var problems: [String] = []
    for round in 1...2 {
      scenario.next(real)
      problems += check(folder, expected).map { "after \(round): \($0)" }
    }
    return problems
  }

  /// Waits until no one holds a lock in the folder, as when a killed process is really
  /// gone: a child another test forks at the wrong instant shares the lock's open file
  /// until it execs, and the next command would rightly take the session for a live one.
  static func waitForLocksToGo(_ folder: CrashFolder) {
    for name in SystemDisk().list(folder.path) where name.hasSuffix(".lock") {
      let fd = open(folder.path + "/" + name, O_RDWR | O_CLOEXEC)
      guard fd >= 0 else { continue }
      defer { close(fd) }
      var tries = 0
      while flock(fd, LOCK_EX | LOCK_NB) != 0, tries < 500 {
        usleep(10_000)
        tries += 1
      }
      flock(fd, LOCK_UN)
    }
  }

  /// What is wrong with the folder's log, its index and its leftovers.
  static func check(_ folder: CrashFolder, _ expected: [String: [SessionRecord]]) -> [String] {
    var problems: [String] = []
    let bytes = FaultDisk.contents(folder.log) ?? []
    if let last = bytes.last, last != 0x0A { problems.append("the log ends inside a line") }
    var found: [String: [SessionRecord]] = [:]
    var offset: Int64 = 0
    var lineStarts: Set<Int64> = [0]
    var starts: [String: Int64] = [:]
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      defer {
        offset += Int64(line.count + 1)
        lineStarts.insert(offset)
      }
      guard !line.isEmpty else { continue }
      guard let record = SessionRecord(jsonLine: Array(line)) else {
        problems.append("an unreadable line: \(String(decoding: line.prefix(60), as: UTF8.self))")
        continue
      }
      found[record.id, default: []].append(record)
      starts[record.id] = offset
    }
    for (id, allowed) in expected {
      let copies = found[id] ?? []
      // No state allowed: a crash came before any was kept; it may be there, once.
      if copies.count != 1, !(allowed.isEmpty && copies.isEmpty) {
        problems.append("\(id) is in the log \(copies.count) times")
      }
      if let copy = copies.first, !allowed.isEmpty, !allowed.contains(copy) {
        problems.append(
          "\(id) is \(copy.outcome) \(copy.activeSeconds)s, not one of \(allowed.map(\.activeSeconds))"
        )
      }
    }
    for id in found.keys where expected[id] == nil { problems.append("\(id) was never started") }
    problems += checkIndex(
      folder, lineStarts: lineStarts, old: starts.filter { $0.key.hasPrefix("old") })
    let left = SystemDisk().list(folder.path).filter {
      $0.hasSuffix(".journal") || $0.hasSuffix(".tmp")
    }
    if !left.isEmpty { problems.append("left behind: \(left.sorted())") }
    return problems
  }

  /// Whether every range of the merge index lies on whole lines of the log, and covers
  /// every merged (older) session.
  static func checkIndex(_ folder: CrashFolder, lineStarts: Set<Int64>, old: [String: Int64])
    -> [String]
  {
    let ranges = MergeIndex.ranges(forLog: folder.log, on: SystemDisk())
    var problems: [String] = []
    for range in ranges
    where !lineStarts.contains(range.lowerBound) || !lineStarts.contains(range.upperBound) {
      problems.append("the merge index claims \(range), which is not whole lines of the log")
    }
    for (id, start) in old where !ranges.contains(where: { $0.contains(start) }) {
      problems.append("the merge index misses \(id) at \(start)")
    }
    return problems
  }
}

/// A folder for one trial, in memory when the machine has one (syncs cost nothing there).
final class CrashFolder {
  let path: String
  var log: String { path + "/log.jsonl" }

  init() {
    let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : NSTemporaryDirectory()
    path = base + "/glide-crash-\(UUID().uuidString)"
    mkdir(path, 0o700)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
