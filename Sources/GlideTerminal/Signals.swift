import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The last of SIGINT, SIGTERM or SIGHUP received; 0 for none.
private let pendingSignal = Atomic<Int32>(0)
/// Whether the terminal is in full-screen mode, so a crash knows to restore it.
private let screenActive = Atomic<Bool>(false)
/// A descriptor of the terminal, to put back on fd 1 if a crash comes while a frame is
/// being collected elsewhere.
private let terminalDescriptor = Atomic<Int32>(-1)
/// The fatal-signal handlers found at install time (Swift's crash reporter among them),
/// put back before re-raising so the crash is still reported. Written once, before any
/// handler can run.
nonisolated(unsafe) private var previousActions = [Glibc.sigaction](
  repeating: Glibc.sigaction(), count: 65)

/// Signal handling: the ending signals only set a flag that the run loop reads (the
/// interrupted wait returns at once); fatal signals restore the terminal, then re-raise.
public enum Signals {
  static let ending = [SIGINT, SIGTERM, SIGHUP]
  static let fatal = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

  /// Installs the handlers; call before the terminal starts, so ncurses leaves them be.
  public static func install() {
    for signal in ending {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { pendingSignal.store($0, ordering: .relaxed) }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0  // no SA_RESTART: the wait for a key returns at once
      sigaction(signal, &action, nil)
    }
    for signal in fatal {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        if screenActive.exchange(false, ordering: .relaxed) {
          let terminal = terminalDescriptor.load(ordering: .relaxed)
          if terminal >= 0 { dup2(terminal, 1) }
          _ = endwinForCrash()
        }
        var previous = previousActions[Int(number)]
        sigaction(number, &previous, nil)
        raise(number)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signal, &action, &previousActions[Int(signal)])
    }
  }

  /// The ending signal received since the last call, if any.
  public static func takePending() -> Int32? {
    let value = pendingSignal.exchange(0, ordering: .relaxed)
    return value == 0 ? nil : value
  }

  static func setTerminalDescriptor(_ descriptor: Int32) {
    terminalDescriptor.store(descriptor, ordering: .relaxed)
  }

  static func setScreenActive(_ active: Bool) {
    screenActive.store(active, ordering: .relaxed)
  }
}
