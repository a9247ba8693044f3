import Foundation
import GlideSystem
import GlideTestSupport
import Testing

@testable import GlideConfig

#if canImport(Glibc)
  import Glibc
#endif

/// A program start (`glide program start ID`: read the active program, then replace its
/// file through a temporary file, a sync and a rename) stopped or failed at each of its
/// file operations in turn: the next commands read the old program or the new one, never
/// a damaged file; a start that failed said so in one line and kept the old one; and a
/// start run again lands the new program and leaves nothing behind.
@Suite struct ProgramStartCrashTests {
  static let old = ActiveProgram(program: "my legs", year: 2026, month: 11, day: 30)
  static let new = ActiveProgram(program: "hips+back.v2", year: 2026, month: 12, day: 7)

  @Test(arguments: [true, false])
  func everyCrashAndFailurePointLeavesTheOldProgramOrTheNew(oldPresent: Bool) throws {
    let before = oldPresent ? Self.old : nil
    let name = oldPresent ? "program start" : "first program start"
    let points = try Self.operations(over: before)
    let problems = try everyFaultPoint(name, points: points) { fault, tear in
      try Self.trial(fault, tear: tear, over: before)
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    // Reading the old file, then the temporary file's open, write, sync and rename.
    #expect(points >= 6, "the start goes through the faulty disk")
  }

  /// How many file operations a start over `old` does when nothing goes wrong.
  static func operations(over old: ActiveProgram?) throws -> Int {
    let folder = try StateFolder(holding: old)
    let disk = FaultDisk()
    // The program it replaced, which `glide program start` names ("Stopped ...").
    #expect(try new.start(directory: folder.path, disk: disk) == old)
    #expect(try ActiveProgram.load(directory: folder.path).get() == new)
    return disk.count
  }

  /// Starts `new` over `old` with `fault`, then reads the active program twice and starts
  /// again, as the person would; what went wrong.
  static func trial(_ fault: FaultDisk.Fault, tear: FaultDisk.Tear, over old: ActiveProgram?)
    throws -> [String]
  {
    let folder = try StateFolder(holding: old)
    let disk = FaultDisk(fault)
    disk.tear = tear
    var failure: LookupFailure?
    do {
      _ = try new.start(directory: folder.path, disk: disk)
    } catch {
      failure = error
    }
    if disk.crashed { disk.settle() }
    var problems: [String] = []
    for round in 1...2 {
      switch ActiveProgram.load(directory: folder.path) {
      case .success(let read) where read == old || read == new:
        // A start that ran to its end kept the new program, or said why it did not.
        if !disk.crashed && round == 1 {
          problems += reported(failure, kept: read, old: old)
        }
      case .success(let read): problems.append("read \(round): \(String(describing: read))")
      case .failure(let failure): problems.append("read \(round) failed: \(failure)")
      }
    }
    // The person starts it again: it lands whole, whatever was left.
    do {
      _ = try new.start(directory: folder.path)
      if try ActiveProgram.load(directory: folder.path).get() != new {
        problems.append("a second start did not land")
      }
    } catch {
      problems.append("a second start failed: \(error)")
    }
    let left = SystemDisk().list(folder.path).filter { $0.hasSuffix(".tmp") }
    if !left.isEmpty { problems.append("left behind: \(left)") }
    return problems
  }

  /// What is wrong with how a start that was not stopped ended: it must have kept the new
  /// program without a word, or kept the old one and said why in one line.
  static func reported(_ failure: LookupFailure?, kept: ActiveProgram?, old: ActiveProgram?)
    -> [String]
  {
    guard let failure else {
      return kept == new ? [] : ["the start said nothing, yet the new program was not kept"]
    }
    var problems: [String] = []
    if kept != old { problems.append("a failed start did not keep the old program") }
    if failure.description.isEmpty || failure.description.contains("\n") {
      problems.append("the failure is not one line: \(failure.description.debugDescription)")
    }
    return problems
  }
}

/// A state folder for one trial holding `old` as the active program (or none), in memory
/// when the machine has one (syncs cost nothing there).
final class StateFolder {
  let path: String

  init(holding old: ActiveProgram?) throws {
    let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : NSTemporaryDirectory()
    path = base + "/glide-start-crash-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try old?.save(directory: path)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
