#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The numbers of the signals Glide names outside its signal handlers, so no module needs
/// the C library for them.
public enum SignalNumber {
  /// SIGINT: Ctrl-C.
  public static let interrupt = SIGINT
  /// SIGTERM: asked to end.
  public static let terminate = SIGTERM
  /// SIGHUP: the terminal went away.
  public static let hangUp = SIGHUP
  /// SIGTSTP: Ctrl-Z, stop the job.
  public static let suspend = SIGTSTP
  /// SIGKILL: ended at once.
  public static let kill = SIGKILL
}
