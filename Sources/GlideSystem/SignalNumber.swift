#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The numbers of the signals Glide names, so no module needs the C library for them.
public enum SignalNumber {
  /// SIGINT: Ctrl-C.
  public static let interrupt = SIGINT
  /// SIGTERM: asked to end.
  public static let terminate = SIGTERM
  /// SIGHUP: the terminal went away.
  public static let hangUp = SIGHUP
  /// SIGTSTP: Ctrl-Z, stop the job.
  public static let suspend = SIGTSTP
  /// SIGCONT: continued after a stop (`fg`).
  public static let resume = SIGCONT
  /// SIGWINCH: the terminal changed size.
  public static let windowChange = SIGWINCH
  /// SIGCHLD: a child process ended.
  public static let childEnded = SIGCHLD
  /// SIGKILL: ended at once.
  public static let kill = SIGKILL
  /// The signals that ask a process to end, or end it when it does not handle them, that
  /// a terminal program may be sent: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2,
  /// SIGPIPE, SIGALRM.
  public static let endings = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM,
  ]
  /// The signals of a crash: SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP.
  public static let crashes = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
}
