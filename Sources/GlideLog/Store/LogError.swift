import GlideSystem

/// Something about the log file that stops Glide from using it.
public struct LogError: Error, Equatable, CustomStringConvertible {
  /// One line saying what and where.
  public var description: String

  /// Creates an error from a message.
  public init(_ description: String) {
    self.description = description
  }

  /// An error from the current `errno`, about `path`.
  static func system(_ what: String, _ path: String) -> LogError {
    LogError("\(what) \(path): \(SystemError.last.reason)")
  }
}
