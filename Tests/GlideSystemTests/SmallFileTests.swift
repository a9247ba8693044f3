import Foundation
import Testing

@testable import GlideSystem

/// `Disk.readSmallFile`: the whole of a small file, one byte past the limit of a large one,
/// and a file whose size `stat` does not tell (it grows as it is read, or is made as it is
/// read, like the kernel's).
@Suite struct SmallFileTests {
  @Test func readsAFileWholeAndOneBytePastTheLimit() throws {
    try withFolder { folder in
      let bytes = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
      try AtomicFile.replace(folder + "/file", with: bytes, synced: false)
      #expect(SystemDisk().readSmallFile(folder + "/file", limit: 10_000) == bytes)
      #expect(SystemDisk().readSmallFile(folder + "/file", limit: 5000) == bytes)
      #expect(SystemDisk().readSmallFile(folder + "/file", limit: 100) == Array(bytes.prefix(101)))
      #expect(SystemDisk().readSmallFile(folder + "/none", limit: 100) == nil)
      try AtomicFile.replace(folder + "/empty", with: [], synced: false)
      #expect(SystemDisk().readSmallFile(folder + "/empty", limit: 100) == [])
    }
  }

  @Test func aFileLargerThanItsSizeSaysIsReadWhole() throws {
    // The kernel's files say they are empty; this one is over a kilobyte and never changes.
    let path = "/proc/self/limits"
    let expected = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(expected.count > 1024)
    #expect(SystemDisk().readSmallFile(path, limit: 1 << 20) == expected)
    #expect(SystemDisk().readSmallFile(path, limit: 700) == Array(expected.prefix(701)))
  }
}
