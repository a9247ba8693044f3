#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing a whole buffer to a descriptor, the one loop every writer uses: a signal
/// (EINTR) retries, a short write goes on from where it stopped, and a descriptor someone
/// set non-blocking (EAGAIN) is waited on until it takes more, for up to `patience`
/// milliseconds each time.
public enum Descriptor {
  /// Writes all of `bytes` to `fd`; false, with errno set, when some could not be written.
  @discardableResult
  public static func writeAll(_ fd: Int32, _ bytes: [UInt8], patience: Int32 = 1000) -> Bool {
    bytes.withUnsafeBytes { writeAll(fd, $0, patience: patience) }
  }

  /// Writes all of `buffer` to `fd`; false, with errno set, when some could not be written.
  @discardableResult
  public static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer, patience: Int32 = 1000)
    -> Bool
  {
    var written = 0
    while written < buffer.count {
      let count = write(fd, buffer.baseAddress! + written, buffer.count - written)
      if count > 0 {
        written += count
      } else if !mayRetry(count, fd, patience) {
        return false
      }
    }
    return true
  }

  /// Writes all of `bytes` to `fd`, going on after a signal unless `stop` then says the
  /// signal ends the work (a reader that stalls must not keep it waiting); false when it
  /// stopped or some could not be written.
  @discardableResult
  public static func writeAll(_ fd: Int32, _ bytes: [UInt8], unless stop: () -> Bool) -> Bool {
    writeSome(fd, bytes[...], unless: stop) == bytes.count
  }

  /// Writes as much of `bytes` as `fd` takes without waiting, going on after a signal
  /// unless `stop` then says otherwise; how many bytes that was. For a non-blocking
  /// descriptor whose writer keeps the rest.
  public static func writeSome(
    _ fd: Int32, _ bytes: ArraySlice<UInt8>, unless stop: () -> Bool = { false }
  ) -> Int {
    bytes.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = write(fd, buffer.baseAddress! + written, buffer.count - written)
        if count > 0 {
          written += count
        } else if count < 0 && errno == EINTR && !stop() {
          continue
        } else {
          break
        }
      }
      return written
    }
  }

  /// Writes all of `bytes` to `fd` at `offset` (pwrite, the file offset untouched); false,
  /// with errno set, when some could not be written.
  @discardableResult
  public static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int64) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = pwrite(
          fd, buffer.baseAddress! + written, buffer.count - written, off_t(offset + Int64(written)))
        if count > 0 {
          written += count
        } else if !mayRetry(count, fd, 1000) {
          return false
        }
      }
      return true
    }
  }

  /// Whether a write that returned `count` (0 or -1) may be tried again: after a signal, or
  /// once a non-blocking `fd` can take more.
  private static func mayRetry(_ count: Int, _ fd: Int32, _ patience: Int32) -> Bool {
    guard count < 0 else {
      errno = EIO
      return false
    }
    if errno == EINTR { return true }
    guard errno == EAGAIN || errno == EWOULDBLOCK else { return false }
    var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
    while true {
      let result = poll(&ready, 1, patience)
      if result > 0 { return true }
      if result < 0 && errno == EINTR { continue }
      errno = EAGAIN
      return false
    }
  }

  /// Creates (or truncates) the file at `path` for writing, with `mode`; its descriptor,
  /// which the caller closes with `close(_:)`.
  public static func create(_ path: String, mode: UInt32 = 0o644) throws(SystemError) -> Int32 {
    let fd = open(path, [.writeOnly, .create, .truncate], mode: mode)
    guard fd >= 0 else { throw .last }
    return fd
  }

  /// Reads up to `count` bytes at `offset` of `fd` into `buffer` (pread, retrying after a
  /// signal); how many were read, 0 at the end, -1 on an error.
  public static func readAt(
    _ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, offset: Int64
  ) -> Int {
    while true {
      let result = pread(fd, buffer, count, off_t(offset))
      if result < 0 && errno == EINTR { continue }
      return result
    }
  }

  /// Reads `count` bytes at `offset` of `fd` into `buffer`, fewer only at the end of the
  /// file or on an error; how many were read.
  public static func readFully(
    _ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, offset: Int64
  ) -> Int {
    var filled = 0
    while filled < count {
      let result = readAt(
        fd, into: buffer + filled, count: count - filled, offset: offset + Int64(filled))
      guard result > 0 else { break }
      filled += result
    }
    return filled
  }

  /// Writes `buffer` at `offset` of `fd` in one pwrite, allocating nothing: for a crash
  /// handler (async-signal-safe). How many bytes were written, or -1.
  public static func writeOnce(_ fd: Int32, _ buffer: UnsafeRawBufferPointer, at offset: Int64)
    -> Int
  {
    pwrite(fd, buffer.baseAddress, buffer.count, off_t(offset))
  }

  /// Writes `buffer` to `fd` in one write(2), allocating nothing: for a signal handler
  /// (async-signal-safe). How many bytes were written, or -1.
  @discardableResult
  public static func writeOnce(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int {
    write(fd, buffer.baseAddress, buffer.count)
  }

  /// Reads what `fd` has, up to `buffer`'s size, in one read(2) into `buffer`: how many
  /// bytes, 0 at the end, -1 with errno set on an error (`SystemError.last`), a signal's
  /// interruption included.
  public static func readOnce(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(fd, buffer.baseAddress, buffer.count)
  }

  /// Opens (creating with `mode` when missing) `path` for reading and writing, for a lock
  /// file; -1 with errno set when it cannot.
  public static func openForUpdate(_ path: String, mode: UInt32 = 0o600) -> Int32 {
    open(path, [.readWrite, .create], mode: mode)
  }

  /// Takes an exclusive flock on `fd`, waiting for it (through signals) unless `wait` is
  /// false; false, with errno set, when it was not taken.
  public static func lock(_ fd: Int32, wait: Bool = true) -> Bool {
    while !flock(fd, wait ? .exclusive : .exclusiveNow) {
      guard wait && errno == EINTR else { return false }
    }
    return true
  }

  /// Closes `fd`; false when the close reported an error (a write the kernel had not yet
  /// reported, on some file systems), with errno set.
  @discardableResult
  public static func close(_ fd: Int32) -> Bool {
    closeDescriptor(fd)
  }

  /// Waits up to `timeout` milliseconds for `fd` to have something to read (or to be hung
  /// up); false when the time ran out or a signal came first.
  public static func waitUntilReadable(_ fd: Int32, timeout: Int32) -> Bool {
    Readiness.wait(.init(fd, for: .readable), .none, milliseconds: Int(timeout)).count > 0
  }

  /// Reads up to `limit` bytes from `fd` (retrying after a signal); nil on an error.
  public static func readPrefix(_ fd: Int32, limit: Int) -> [UInt8]? {
    var bytes = [UInt8](repeating: 0, count: limit)
    while true {
      let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { return nil }
      return Array(bytes.prefix(count))
    }
  }
}

/// close(2), named apart from `Descriptor.close`, which would hide it inside the enum.
private func closeDescriptor(_ fd: Int32) -> Bool {
  close(fd) == 0
}
