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

  /// What it means, short, as `--help` lists it.
  public var brief: String {
    switch self {
    case .success: "0 the session completed, or none was due today"
    case .endedEarly: "1 it was ended early with q"
    case .badInput: "2 bad input (routine, theme, file, flag or terminal)"
    case .signal:
      "128+n signal n ended it (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP or a terminal that went away)"
    }
  }

  /// Every status in one line for `--help`: "Exit status: 0 ...; 1 ...; ...".
  public static var summary: String {
    "Exit status: " + allCases.map(\.brief).joined(separator: "; ") + "."
  }

  /// What it means, in a sentence.
  public var meaning: String {
    switch self {
    case .success:
      "The session completed, none was due today (a program's rest day, or its week done), or the command did what was asked."
    case .endedEarly: "The session was ended early with q, then y."
    case .badInput:
      "Bad input: an unknown command, routine or theme, a file with errors, a bad flag, a log that cannot be written, or no usable terminal."
    case .signal:
      "Signal n ended the session: 130 for Ctrl-C or SIGINT, 143 for SIGTERM, 129 for SIGHUP or a terminal that went away."
    }
  }
}
