/// Every exit status `glide` gives, with what it means: the session's end, the commands
/// and the man page's EXIT STATUS all read it here.
public enum ExitStatus: CaseIterable, Sendable {
  /// The session completed, or a command did what was asked.
  case success
  /// The session was ended early with `q` then `y`.
  case endedEarly
  /// Bad input: a command, routine, theme, file, flag, log or terminal that will not do.
  case badInput
  /// A signal ended the session: 128 plus its number.
  case signal

  /// The status, or for `.signal` the base the signal's number is added to.
  public var code: Int32 {
    switch self {
    case .success: 0
    case .endedEarly: 1
    case .badInput: 2
    case .signal: 128
    }
  }

  /// The status as the man page and the docs write it.
  public var label: String { self == .signal ? "128 + n" : "\(code)" }

  /// What it means, in a sentence.
  public var meaning: String {
    switch self {
    case .success: "The session completed, or the command did what was asked."
    case .endedEarly: "The session was ended early with q, then y."
    case .badInput:
      "Bad input: an unknown command, routine or theme, a file with errors, a bad flag, a log that cannot be written, or no usable terminal."
    case .signal:
      "Signal n ended the session: 130 for Ctrl-C or SIGINT, 143 for SIGTERM, 129 for SIGHUP or a terminal that went away."
    }
  }
}
