import Foundation
import Testing

@testable import GlideConfig

/// A program start killed at each of its file operations (the active-program file is
/// replaced by a temporary file, synced and renamed over it): whatever the kill left, the
/// next commands read the old program or the new one, never a damaged file, and a start
/// run again finishes the work.
@Suite struct ProgramStartCrashTests {
  /// What the disk can hold after a kill at each operation of the replace, for a start of
  /// `new` over `old`: the temporary file's bytes (nil: none) and the file's.
  static func states(old: [UInt8], new: [UInt8]) -> [(String, temporary: [UInt8]?, file: [UInt8])] {
    [
      ("before open", nil, old),
      ("after open", [], old),
      ("a torn write", Array(new.prefix(new.count / 2)), old),
      ("after write", new, old),
      ("after sync", new, old),
      ("after rename", nil, new),
      ("after the folder's sync", nil, new),
    ]
  }

  @Test func aStartKilledAtEachOperationLeavesTheOldProgramOrTheNew() throws {
    let clock = ContinuousClock()
    let began = clock.now
    let old = ActiveProgram(program: "my legs", year: 2026, month: 11, day: 30)
    let new = ActiveProgram(program: "hips+back.v2", year: 2026, month: 12, day: 7)
    let states = Self.states(old: Array(old.text.utf8), new: Array(new.text.utf8))
    for (point, temporary, file) in states {
      let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "glide-start-crash-\(UUID())"
      ).path
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let path = directory + "/" + ActiveProgram.fileName
      FileManager.default.createFile(atPath: path, contents: Data(file))
      if let temporary {
        FileManager.default.createFile(atPath: path + ".tmp", contents: Data(temporary))
      }
      for round in 1...2 {
        let read = try? ActiveProgram.load(directory: directory).get()
        #expect(read == old || read == new, "\(point), read \(round): \(String(describing: read))")
      }
      // The person starts it again: it lands whole, whatever was left.
      try new.save(directory: directory)
      #expect(try ActiveProgram.load(directory: directory).get() == new, "\(point)")
      #expect(!FileManager.default.fileExists(atPath: path + ".tmp"), "\(point): nothing left")
    }
    print("crash points: program start: \(states.count) states in \(clock.now - began)")
  }
}
