import Glibc
import Testing

@testable import GlideSystem

@Suite struct OpenFlagsTests {
  @Test func createsExclusivelyAppendsAndTruncates() throws {
    try withFolder { folder in
      let path = folder + "/file"
      let fd = Descriptor.open(path, [.writeOnly, .create, .exclusive, .append], mode: 0o600)
      #expect(fd >= 0)
      #expect(fcntl(fd, F_GETFD) & FD_CLOEXEC != 0, "never inherited by a child")
      #expect(Descriptor.writeAll(fd, Array("abc".utf8)))
      #expect(Descriptor.sync(fd))
      #expect(Descriptor.truncate(fd, to: 1))
      Descriptor.close(fd)
      #expect(Files.read(path) == Array("a".utf8))
      #expect(Descriptor.open(path, [.writeOnly, .create, .exclusive]) == -1)
      #expect(SystemError.last == .exists)
      let status = try FileStatus(of: path)
      #expect(status.isRegular && status.links == 1 && status.size == 1)
      #expect(try FileStatus(of: folder).kind == .folder)
    }
  }

  @Test func aNonBlockingOpenBlocksAgainWhenAsked() throws {
    try withFolder { folder in
      let path = folder + "/file"
      try Files.write(path, [1])
      let fd = Descriptor.open(path, [.readOnly, .nonBlocking])
      defer { Descriptor.close(fd) }
      #expect(fcntl(fd, F_GETFL) & O_NONBLOCK != 0)
      Descriptor.makeBlocking(fd)
      #expect(fcntl(fd, F_GETFL) & O_NONBLOCK == 0)
      #expect(FileStatus.freeBytes(descriptor: fd) != nil)
    }
  }

  @Test func aLockHeldElsewhereIsRefusedAtOnce() throws {
    try withFolder { folder in
      let path = folder + "/lock"
      let first = Descriptor.open(path, [.readWrite, .create], mode: 0o600)
      let second = Descriptor.open(path, .readWrite)
      defer {
        Descriptor.close(first)
        Descriptor.close(second)
      }
      #expect(Descriptor.flock(first, .exclusiveNow))
      #expect(!Descriptor.flock(second, .exclusiveNow))
      #expect(SystemError.last.code == EWOULDBLOCK)
      #expect(Descriptor.flock(first, .unlock))
      #expect(Descriptor.flock(second, .exclusive))
    }
  }

  @Test func renameReplacesAndKeepsTheFilesIdentity() throws {
    try withFolder { folder in
      try Files.write(folder + "/a", [1])
      try Files.write(folder + "/b", [2, 2])
      let before = try FileStatus(of: folder + "/a")
      try Files.rename(folder + "/a", to: folder + "/b")
      let after = try FileStatus(of: folder + "/b")
      #expect(after.device == before.device && after.inode == before.inode)
      #expect(!Files.exists(folder + "/a"))
      #expect(throws: SystemError.missing) { try Files.rename(folder + "/a", to: folder + "/c") }
    }
  }

  @Test func theLastErrorCanBeSetForTheNextReader() {
    SystemError.last = .noSpace
    #expect(errno == ENOSPC)
    SystemError.last = .none
    #expect(SystemError.last.code == 0)
  }
}

@Suite struct ByteSearchTests {
  @Test func aWordIsHeldWhereItStandsAndNowhereElse() {
    let bytes = Array("[true,null]".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(ByteSearch.holds("true", in: buffer, at: 1))
      #expect(ByteSearch.holds("null", in: buffer, at: 6))
      #expect(!ByteSearch.holds("true", in: buffer, at: 6))
      #expect(!ByteSearch.holds("null]x", in: buffer, at: 6), "past the end")
      #expect(ByteSearch.index(of: 0x2C, in: buffer, from: 0, to: buffer.count) == 5)
    }
  }
}
