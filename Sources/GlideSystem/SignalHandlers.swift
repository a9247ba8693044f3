#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A signal handler: a C function of the signal's number.
public typealias SignalHandler = @convention(c) (Int32) -> Void

/// Installing signal handlers and what a handler may do, with sigaction and sigprocmask.
/// Every function here that a handler may call says it is async-signal-safe.
public enum SignalHandlers {
  /// Runs `handler` for `signal`, with nothing held back meanwhile and no SA_RESTART, so a
  /// wait in progress returns at once; on the alternate stack (see `prepareAlternateStack`)
  /// when asked. With `restartCalls`, a read or write it interrupts goes on (a wait for
  /// readiness still returns; a handler that must end one writes to a wake pipe too).
  /// SIGCHLD's handler runs only for a child that ended, not one that stopped.
  public static func install(
    _ signal: Int32, onAlternateStack: Bool = false, restartCalls: Bool = false,
    _ handler: SignalHandler
  ) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags =
      (onAlternateStack ? SA_ONSTACK : 0) | (restartCalls ? SA_RESTART : 0)
      | (signal == SIGCHLD ? SA_NOCLDSTOP : 0)
    sigaction(signal, &action, nil)
  }

  /// Lets `signals` through, whatever mask the process inherited (a test runner or a
  /// service manager may block some).
  public static func unblock(_ signals: [Int32]) {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in signals { sigaddset(&set, signal) }
    sigprocmask(SIG_UNBLOCK, &set, nil)
  }

  /// Gives handlers marked for it a stack of their own, `size` bytes, so a stack overflow
  /// (which leaves none) can still be handled; once per process, later calls do nothing.
  /// Whether the stack is in place.
  @discardableResult
  public static func prepareAlternateStack(size: Int = 64 * 1024) -> Bool {
    if alternateStackReady { return true }
    var stack = stack_t()
    stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
    stack.ss_size = size
    stack.ss_flags = 0
    alternateStackReady = sigaltstack(&stack, nil) == 0
    return alternateStackReady
  }

  /// Whether the alternate stack is in place (set once, on the main thread).
  nonisolated(unsafe) private static var alternateStackReady = false

  /// Dies of `signal` now, by its default action, from inside its own handler: the action
  /// is put back and the signal let through before it is raised again, so nothing else
  /// (the Swift runtime's backtracer) runs first. Async-signal-safe.
  public static func dieOf(_ signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, signal)
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    raise(signal)
  }

  /// Stops the whole job as Ctrl-Z would, so the shell sees it stopped (a subshell around
  /// this process too) and `fg` continues it; returns once continued. SIGTSTP's own handler
  /// is set aside meanwhile and put back after.
  public static func stopJob() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    var previous = sigaction()
    sigaction(SIGTSTP, &action, &previous)
    kill(0, SIGTSTP)
    sigaction(SIGTSTP, &previous, nil)
  }
}
