import GlideSystem
import Synchronization

/// Where a crash handler writes the crash's instant, and what was written there.
///
/// The running session's journal keeps a slot of `size` bytes open for it (see
/// `JournalFile`); a handler cannot encode the session, so it writes only this line with
/// `clock_gettime` and `pwrite`, into a buffer on its stack, and recovery credits the time
/// from the journal's record to the crash. The line has a fixed length and ends in a
/// newline, so a write cut short never parses.
public struct CrashMarker: Equatable, Sendable {
  /// CLOCK_MONOTONIC at the crash, in milliseconds.
  public var monotonicMilliseconds: Int64
  /// The signal the process died of.
  public var signal: Int32

  /// Creates a marker.
  public init(monotonicMilliseconds: Int64, signal: Int32) {
    self.monotonicMilliseconds = monotonicMilliseconds
    self.signal = signal
  }

  /// The slot's size in the journal file; the line is shorter.
  static let size = 64
  // Computed, not stored: a handler reading a stored static could be the first to touch
  // it, and initialising it there is not async-signal-safe.
  /// What the line starts with.
  private static var prefix: StaticString { "glide crash monotonic_ms=" }
  /// What comes between the instant and the signal.
  private static var middle: StaticString { " signal=" }
  /// Digits of the instant: milliseconds since boot for three hundred million years.
  private static var instantDigits: Int { 19 }
  /// Digits of the signal.
  private static var signalDigits: Int { 3 }
  /// The line's length.
  static var length: Int {
    prefix.utf8CodeUnitCount + instantDigits + middle.utf8CodeUnitCount + signalDigits + 1
  }

  /// The line, as the handler writes it.
  var bytes: [UInt8] {
    var line = [UInt8](repeating: 0, count: Self.length)
    line.withUnsafeMutableBytes { Self.format(monotonicMilliseconds, signal, into: $0) }
    return line
  }

  /// Reads the line at the start of a slot; nil for anything else (an empty slot, a write
  /// cut short, garbage).
  init?(_ slot: ArraySlice<UInt8>) {
    let line = Array(slot.prefix(Self.length))
    let expected = CrashMarker(monotonicMilliseconds: 0, signal: 0).bytes
    guard line.count == Self.length else { return nil }
    var instant: Int64 = 0
    var signal: Int32 = 0
    for (index, byte) in line.enumerated() {
      let isDigit = (48...57).contains(byte)
      // Digits stand where the template has its zeros; everything else must match.
      if expected[index] == 48, isDigit, index < Self.length - 1 - Self.signalDigits {
        instant = instant * 10 + Int64(byte - 48)
      } else if expected[index] == 48, isDigit {
        signal = signal * 10 + Int32(byte - 48)
      } else if byte != expected[index] {
        return nil
      }
    }
    monotonicMilliseconds = instant
    self.signal = signal
  }

  /// Writes the line into `buffer`, which holds at least `length` bytes, with digits put
  /// by hand, in plain `while` loops on integers: a signal handler calls it, so nothing
  /// may allocate or lock, and an unoptimised build must not reach generic library code
  /// (ranges, strides, `max`) that could instantiate type metadata there.
  private static func format(
    _ instant: Int64, _ signal: Int32, into buffer: UnsafeMutableRawBufferPointer
  ) {
    var at = 0
    var part = 0
    while part < 2 {
      let text = part == 0 ? prefix : middle
      let pointer = text.utf8Start
      let count = text.utf8CodeUnitCount
      var index = 0
      while index < count {
        buffer[at] = pointer[index]
        at += 1
        index += 1
      }
      var rest = part == 0 ? instant : Int64(signal)
      if rest < 0 { rest = 0 }
      let digits = part == 0 ? instantDigits : signalDigits
      var place = at + digits - 1
      while place >= at {
        buffer[place] = UInt8(48 + rest % 10)
        rest /= 10
        place -= 1
      }
      at += digits
      part += 1
    }
    buffer[at] = 0x0A
  }

  /// Writes the crash's instant into the running session's slot, if one is open; for a
  /// crash handler (async-signal-safe: the monotonic clock and `pwrite` only).
  public static func write(signal: Int32) {
    let value = slot.load(ordering: .acquiring)
    guard value != 0 else { return }
    let instant = SystemClock.monotonicNanoseconds() / 1_000_000
    write(
      instant, signal, descriptor: Int32(truncatingIfNeeded: value >> 32) - 1,
      offset: Int64(value & 0xFFFF_FFFF))
  }

  /// Writes a marker into the slot at `offset` of `descriptor`, in one `pwrite`.
  static func write(_ instant: Int64, _ signal: Int32, descriptor: Int32, offset: Int64) {
    // On the stack, not in a static buffer: nothing for two threads crashing at once to
    // share, and nothing to initialise lazily inside a handler.
    var line = (
      UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0)
    )
    withUnsafeMutableBytes(of: &line) { buffer in
      format(instant, signal, into: buffer)
      _ = Descriptor.writeOnce(
        descriptor, UnsafeRawBufferPointer(rebasing: buffer[..<length]), at: offset)
    }
  }

  /// The slot a crash writes into: the journal's descriptor plus one in the high 32 bits,
  /// the offset in the low 32 (a journal is at most a few mebibytes), 0 for none. One
  /// atomic word, so a crash while the journal moves to a new file never pairs the new
  /// file with the old offset.
  private static let slot = Atomic<UInt64>(0)

  /// Points crashes at the slot at `offset` of `descriptor`.
  static func arm(descriptor: Int32, offset: Int64) -> UInt64 {
    let value = UInt64(UInt32(descriptor + 1)) << 32 | UInt64(UInt32(truncatingIfNeeded: offset))
    slot.store(value, ordering: .releasing)
    return value
  }

  /// Initialises the slot now, so a crash handler never is the first to touch it; call
  /// before the crash handlers are installed.
  public static func prepare() {
    _ = slot.load(ordering: .relaxed)
  }

  /// Forgets the slot `armed` named, before its descriptor is closed (a descriptor number
  /// reused for the log must never take a marker); one armed since stays.
  static func disarm(_ armed: UInt64) {
    _ = slot.compareExchange(expected: armed, desired: 0, ordering: .acquiringAndReleasing)
  }
}
