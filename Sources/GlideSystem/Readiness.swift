#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Waiting for any of up to three descriptors at once, the run loop's one wait, on the
/// stack: a wake allocates nothing.
public enum Readiness {
  /// One descriptor to watch, and for what; a negative descriptor is skipped.
  public struct Watch: Sendable {
    /// The descriptor.
    public var fd: Int32
    /// What to wait for.
    public var events: ReadyEvents

    /// Watches `fd` for `events`.
    public init(_ fd: Int32, for events: ReadyEvents) {
      self.fd = fd
      self.events = events
    }

    /// Nothing to watch.
    public static let none = Watch(-1, for: [])
  }

  /// What a wait found.
  public struct Outcome: Sendable {
    /// How many descriptors have something to report; 0 when the time ran out, -1 when a
    /// signal (or an error) ended the wait.
    public var count: Int32
    /// What each watched descriptor reported, in the order given.
    public var first: ReadyEvents
    /// The second descriptor's.
    public var second: ReadyEvents
    /// The third descriptor's.
    public var third: ReadyEvents
  }

  /// Waits up to `milliseconds` (forever when nil) for any of the watched descriptors;
  /// a signal ends the wait early.
  public static func wait(
    _ first: Watch, _ second: Watch, _ third: Watch = .none, milliseconds: Int?
  ) -> Outcome {
    var descriptors = (
      pollfd(fd: first.fd, events: first.events.rawValue, revents: 0),
      pollfd(fd: second.fd, events: second.events.rawValue, revents: 0),
      pollfd(fd: third.fd, events: third.events.rawValue, revents: 0)
    )
    let count = withUnsafeMutableBytes(of: &descriptors) {
      poll(
        $0.baseAddress!.assumingMemoryBound(to: pollfd.self), 3,
        Int32(clamping: milliseconds ?? -1))
    }
    return Outcome(
      count: count, first: ReadyEvents(rawValue: descriptors.0.revents),
      second: ReadyEvents(rawValue: descriptors.1.revents),
      third: ReadyEvents(rawValue: descriptors.2.revents))
  }
}

/// What a descriptor is ready for, or what happened to it, as poll(2) reports it.
public struct ReadyEvents: OptionSet, Hashable, Sendable {
  /// The raw poll bits.
  public let rawValue: Int16
  /// Makes events from poll's bits.
  public init(rawValue: Int16) { self.rawValue = rawValue }

  /// Something to read (or the end of the input).
  public static let readable = ReadyEvents(rawValue: Int16(POLLIN))
  /// Room to write without waiting.
  public static let writable = ReadyEvents(rawValue: Int16(POLLOUT))
  /// The other end hung up.
  public static let hangUp = ReadyEvents(rawValue: Int16(POLLHUP))
  /// An error on the descriptor.
  public static let error = ReadyEvents(rawValue: Int16(POLLERR))
  /// The descriptor is not open.
  public static let invalid = ReadyEvents(rawValue: Int16(POLLNVAL))
}
