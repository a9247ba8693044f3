import GlideSystem

/// Writes to the terminal without ever waiting for it. A terminal that stops reading
/// (a stalled ssh link, a pty nobody reads, a terminal on hold) must not hold the run loop
/// in `write`, where a signal could only raise a flag: bytes go out on a descriptor of
/// their own opened non-blocking (fd 1's open file is the shell's too, and must stay
/// blocking), what does not fit waits here, and the run loop's one poll watches for the
/// terminal taking more along with the keys and the signals.
struct TerminalWriter {
  /// The terminal, opened anew and non-blocking; fd 1 (blocking) when that failed.
  let descriptor: Int32
  /// Whether `descriptor` never blocks.
  let nonBlocking: Bool
  /// Bytes written in part: the rest of a frame the terminal has not taken yet.
  private(set) var pending: [UInt8] = []
  /// Whether a write stopped inside a frame, so the terminal may sit in the middle of an
  /// escape sequence until the rest arrives.
  private(set) var cut = false

  /// Opens the terminal on fd 1 a second time, non-blocking.
  init() {
    let opened = TerminalDevice.openNonBlockingWriter(1)
    descriptor = opened ?? 1
    nonBlocking = opened != nil
  }

  /// Whether bytes wait for the terminal.
  var blocked: Bool { !pending.isEmpty }

  /// Sends what waits, as far as the terminal takes it now; true when nothing waits.
  mutating func flush() -> Bool {
    guard !pending.isEmpty else { return true }
    let written = writeNow(pending)
    pending.removeFirst(written)
    if pending.isEmpty { cut = false }
    return pending.isEmpty
  }

  /// Sends `bytes` after what waits; what the terminal does not take now waits.
  mutating func send(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    if !pending.isEmpty {
      pending += bytes
      _ = flush()
      return
    }
    let written = writeNow(bytes)
    if written < bytes.count {
      pending = Array(bytes[written...])
      cut = true
    }
  }

  /// Forgets what waits: the terminal is given up on (the session ends while it reads
  /// nothing).
  mutating func abandon() {
    pending.removeAll()
    cut = false
  }

  /// Writes as much of `bytes` as the terminal takes without waiting; how much that was.
  /// EAGAIN: full for now. Anything else (EIO of a terminal gone): the input side reads
  /// the hang-up; what is unsent waits.
  private func writeNow(_ bytes: [UInt8]) -> Int {
    Descriptor.writeSome(descriptor, bytes[...])
  }
}
