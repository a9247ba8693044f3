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
  /// SIGQUIT: Ctrl-\.
  public static let quit = SIGQUIT
  /// SIGUSR1: the first signal left to programs.
  public static let user1 = SIGUSR1
  /// SIGUSR2: the second signal left to programs.
  public static let user2 = SIGUSR2
  /// SIGPIPE: written to a pipe nobody reads.
  public static let brokenPipe = SIGPIPE
  /// SIGALRM: a timer ran out.
  public static let alarm = SIGALRM
  /// SIGTSTP: Ctrl-Z, stop the job.
  public static let suspend = SIGTSTP
  /// SIGCONT: continued after a stop (`fg`).
  public static let resume = SIGCONT
  /// SIGWINCH: the terminal changed size.
  public static let windowChange = SIGWINCH
  /// SIGKILL: ended at once.
  public static let kill = SIGKILL
  /// The signals of a crash: SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP.
  public static let crashes = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
}
