import GlideCore

/// How a session run ended, for what is printed after it and the exit status.
public struct SessionEnd: Sendable {
  /// The summary, when the session reached its end (always, unless it never started).
  public var summary: Summary?
  /// The signal that ended it (SIGINT for Ctrl-C), if one did.
  public var signal: Int32?
  /// Whether it ended because the terminal's input was gone.
  public var inputClosed = false
  /// The first failure of the `--on-event` command, if any.
  public var hookFailure: String?

  /// The process's exit status: 0 for a completed session, 1 for one ended early with
  /// `q`, 128 + the signal for a signal (130 for Ctrl-C), 129 (as a hang-up) when the
  /// terminal went away.
  public var exitStatus: Int32 {
    if let signal { return ExitStatus.signal.code + signal }
    if inputClosed { return ExitStatus.signal.code + hangUpSignal }
    return summary?.outcome == .completed ? ExitStatus.success.code : ExitStatus.endedEarly.code
  }
}

/// SIGHUP's number: a terminal that went away is reported as a hang-up.
let hangUpSignal: Int32 = 1
