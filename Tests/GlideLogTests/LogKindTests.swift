import Foundation
import Testing

@testable import GlideLog

#if canImport(Glibc)
  import Glibc
#endif

/// A log's path that is not a regular file is refused with what it is, before a session
/// starts and before any read could block.
@Suite struct LogKindTests {
  @Test func aFIFOIsRefusedForWritingAndReading() throws {
    let folder = TemporaryFolder()
    let path = folder.file("pipe.jsonl")
    #expect(mkfifo(path, 0o600) == 0)
    #expect(
      throws: LogError(
        "cannot write the session log \(path): it is a named pipe (FIFO), not a file")
    ) {
      try LogFile(path: path).prepare()
    }
    #expect(
      throws: LogError("cannot read the session log \(path): it is a named pipe (FIFO), not a file")
    ) {
      _ = try LogReader(path: path)
    }
    #expect(throws: LogError.self) { try LogFile(path: path).append(sampleRecord()) }
  }

  @Test func aSymlinkToADeviceIsRefused() throws {
    let folder = TemporaryFolder()
    for device in ["/dev/null", "/dev/full"] {
      let path = folder.file("log-\(device.split(separator: "/").last!).jsonl")
      #expect(symlink(device, path) == 0)
      #expect(
        throws: LogError(
          "cannot write the session log \(path): it is a character device, not a file")
      ) {
        try LogFile(path: path).prepare()
      }
      #expect(!LogFile(path: path).appendLine(Array("{}\n".utf8)))
    }
  }

  @Test func aFolderAndASocketAreRefused() throws {
    let folder = TemporaryFolder()
    let path = folder.file("folder.jsonl")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(throws: LogError("cannot write the session log \(path): it is a folder, not a file")) {
      try LogFile(path: path).prepare()
    }
    let socketPath = folder.file("sock.jsonl")
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (index, byte) in socketPath.utf8.enumerated() where index < raw.count - 1 {
        raw[index] = byte
      }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    #expect(bound == 0)
    #expect(
      throws: LogError("cannot write the session log \(socketPath): it is a socket, not a file")
    ) {
      try LogFile(path: socketPath).prepare()
    }
  }
}
