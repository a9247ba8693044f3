import Foundation
import Glibc
import Synchronization
import Testing

@testable import GlideSystem

/// A pipe, both ends closed at the end of the test, each once: a descriptor closed twice
/// may by then be another test's, running alongside.
private final class Pipe {
  let reader: Int32
  private(set) var writer: Int32

  init() {
    var ends: [Int32] = [0, 0]
    precondition(pipe(&ends) == 0)
    reader = ends[0]
    writer = ends[1]
  }

  /// Everything left in the pipe once the writer is closed.
  func drain() -> [UInt8] {
    var all: [UInt8] = []
    while let chunk = Descriptor.readPrefix(reader, limit: 65536), !chunk.isEmpty {
      all += chunk
    }
    return all
  }

  /// Closes the writing end now, so the reader sees the end of the data.
  func closeWriter() {
    close(writer)
    writer = -1
  }

  deinit {
    close(reader)
    if writer >= 0 { close(writer) }
  }
}

@Suite struct DescriptorTests {
  @Test func writesEverythingToAPipe() {
    let pipe = Pipe()
    let bytes = Array("one line\n".utf8)
    #expect(Descriptor.writeAll(pipe.writer, bytes))
    pipe.closeWriter()
    #expect(pipe.drain() == bytes)
  }

  /// More than a pipe holds at once (64 KiB on Linux) on a non-blocking writer: the write
  /// comes back short and then with EAGAIN, and the loop waits for the reader. The reader
  /// is a thread of its own: on the test runner's threads, as many as the cores, it could
  /// wait for a free one while the writer holds this one.
  @Test func waitsOnANonBlockingPipeThroughShortWrites() {
    let pipe = Pipe()
    _ = fcntl(pipe.writer, F_SETFL, fcntl(pipe.writer, F_GETFL) | O_NONBLOCK)
    let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    let reader = pipe.reader
    let drained = Mutex<[UInt8]>([])
    let done = DispatchSemaphore(value: 0)
    Thread {
      var all: [UInt8] = []
      while let chunk = Descriptor.readPrefix(reader, limit: 4096), !chunk.isEmpty {
        all += chunk
      }
      drained.withLock { $0 = all }
      done.signal()
    }.start()
    #expect(Descriptor.writeAll(pipe.writer, bytes, patience: -1))
    pipe.closeWriter()
    done.wait()
    #expect(drained.withLock { $0 } == bytes)
  }

  /// A full non-blocking pipe no one reads: the loop gives up after its patience, with
  /// EAGAIN, instead of spinning or blocking.
  @Test func givesUpOnAFullPipeNoOneReads() {
    let pipe = Pipe()
    _ = fcntl(pipe.writer, F_SETFL, fcntl(pipe.writer, F_GETFL) | O_NONBLOCK)
    let bytes = [UInt8](repeating: 1, count: 200_000)
    #expect(!Descriptor.writeAll(pipe.writer, bytes, patience: 10))
    #expect(errno == EAGAIN)
  }

  @Test func aClosedDescriptorFails() {
    #expect(!Descriptor.writeAll(-1, [1, 2, 3]))
    #expect(errno == EBADF)
  }

  @Test func writesAtAnOffset() throws {
    let folder = try #require(Folders.makeTemporary(under: "/tmp", prefix: "glide-system-test"))
    defer { Folders.removeTree(folder) }
    let path = folder + "/file"
    let fd = open(path, O_RDWR | O_CREAT, 0o600)
    defer { close(fd) }
    #expect(Descriptor.writeAll(fd, Array("abcdef".utf8), at: 0))
    #expect(Descriptor.writeAll(fd, Array("XY".utf8), at: 2))
    #expect(Descriptor.readPrefix(fd, limit: 100) == Array("abXYef".utf8))
  }
}

@Suite struct WriteSomeTests {
  /// A full non-blocking pipe takes what fits and says how much; the rest is the caller's.
  @Test func takesWhatFitsWithoutWaiting() {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    defer {
      close(ends[0])
      close(ends[1])
    }
    _ = fcntl(ends[1], F_SETFL, fcntl(ends[1], F_GETFL) | O_NONBLOCK)
    let bytes = [UInt8](repeating: 7, count: 300_000)
    let first = Descriptor.writeSome(ends[1], bytes[...])
    #expect(first > 0 && first < bytes.count)
    #expect(Descriptor.writeSome(ends[1], bytes[first...]) == 0)
    #expect(Descriptor.readPrefix(ends[0], limit: 10) == [UInt8](repeating: 7, count: 10))
  }
}
