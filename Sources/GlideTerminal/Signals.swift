import GlideSystem
import Synchronization

/// The last ending signal received; 0 for none.
private let pendingEnding = Atomic<Int32>(0)
/// Whether a SIGTSTP (`kill -TSTP`) is waiting to be acted on.
private let pendingSuspend = Atomic<Bool>(false)
/// Whether the terminal changed size (SIGWINCH) since the run loop last looked.
private let pendingResize = Atomic<Bool>(false)
/// Whether a child process ended (SIGCHLD) since the run loop last looked: the wake's
/// byte may be drained by a read that began before the loop could reap it.
private let pendingChild = Atomic<Bool>(false)
/// Whether a handler wrote to the wake pipe since it was last drained, so a wake with no
/// signal reads nothing from it.
private let wakeWritten = Atomic<Bool>(false)
/// The write end of a pipe a handler writes one byte to, so a wait that began just before
/// the signal still ends at once (the read end is polled with the keys).
private let wakeWriter = Atomic<Int32>(-1)
/// The read end of that pipe.
private let wakeReader = Atomic<Int32>(-1)
/// Whether the terminal is in full-screen mode, so a crash knows to restore it.
private let screenActive = Atomic<Bool>(false)
/// What puts the terminal back, ready before any crash: the bytes that leave the
/// alternate screen and show the cursor, and the terminal modes from before the session.
/// Written while no handler can read them (the screen is not active meanwhile).
nonisolated(unsafe) private var restoreBytes = [UInt8](repeating: 0, count: 256)
nonisolated(unsafe) private var restoreCount = 0
nonisolated(unsafe) private var savedModes: TerminalModes?
/// What a crash does first (the session's journal notes the crash's instant); set before
/// the handlers are installed, never after, so no handler reads it while it changes.
nonisolated(unsafe) private var crashAction: SignalHandler?

/// Signal handling. Ending signals and SIGTSTP only set a flag and wake the run loop,
/// which ends the session (logged as stopped) or suspends it; SIGCHLD only wakes it. A
/// crash runs the action it was given (the journal's crash marker), restores the terminal,
/// both with async-signal-safe calls only, then dies of its signal at once: the default
/// action is put back first, so the Swift runtime's backtracer, which would wait for a key
/// on the person's screen, never runs.
public enum Signals {
  /// Signals that end the session as stopped, with exit status 128 + the signal.
  public static let ending = SignalNumber.endings
  /// Signals of a crash.
  public static let fatal = SignalNumber.crashes

  /// Installs the handlers; call before the terminal starts, so ncurses leaves them be.
  /// `onCrash` runs first in a crash handler, with the signal: it must be async-signal-safe
  /// (no allocation, no lock).
  public static func install(onCrash: SignalHandler? = nil) {
    crashAction = onCrash
    if let pipe = WakePipe.make() {
      wakeReader.store(pipe.reader, ordering: .relaxed)
      wakeWriter.store(pipe.writer, ordering: .relaxed)
    }
    for signal in ending {
      SignalHandlers.install(signal) { number in
        pendingEnding.store(number, ordering: .relaxed)
        wake()
      }
    }
    SignalHandlers.install(SignalNumber.suspend) { _ in
      pendingSuspend.store(true, ordering: .relaxed)
      wake()
    }
    // Glide's own, so ncurses installs none: a resize is then a flag looked at before
    // every wait, not a key ncurses makes up only when asked, which would cost a system
    // call on every wake to ask.
    SignalHandlers.install(SignalNumber.windowChange) { _ in
      pendingResize.store(true, ordering: .relaxed)
      wake()
    }
    // A helper that ended (the voice, a hook's command) wakes the loop, which reaps it:
    // a phrase waiting for the voice is said as soon as the voice is done, with nothing
    // on screen to wake it. Reads and writes it interrupts go on.
    SignalHandlers.install(SignalNumber.childEnded, restartCalls: true) { _ in
      pendingChild.store(true, ordering: .relaxed)
      wake()
    }
    // A mask inherited from the parent (a test runner, a service manager) could hold
    // these back: Ctrl-Z would never stop the job, a TERM never arrive.
    SignalHandlers.unblock(
      ending + fatal + [
        SignalNumber.suspend, SignalNumber.resume, SignalNumber.windowChange,
        SignalNumber.childEnded,
      ])
    // A stack of their own for the crash handlers: a stack overflow (the commonest
    // SIGSEGV) leaves none to run them on, and the terminal would stay raw.
    SignalHandlers.prepareAlternateStack()
    for signal in fatal {
      SignalHandlers.install(signal, onAlternateStack: true) { number in
        // The marker first: it is the crash's instant, and one pwrite.
        crashAction?(number)
        if screenActive.exchange(false, ordering: .relaxed) { restoreForCrash() }
        SignalHandlers.dieOf(number)
      }
    }
  }

  /// Stops the whole job as Ctrl-Z would, so the shell sees it stopped (a subshell
  /// around glide too) and `fg` continues it; returns once continued.
  static func stopJob() {
    SignalHandlers.stopJob()
  }

  /// The signal received since the last call, if any: an ending one before SIGTSTP.
  public static func takePending() -> Int32? {
    let reader = wakeReader.load(ordering: .relaxed)
    if reader >= 0, wakeWritten.exchange(false, ordering: .relaxed) {
      WakePipe.drain(reader)
    }
    let value = pendingEnding.exchange(0, ordering: .relaxed)
    if value != 0 { return value }
    return pendingSuspend.exchange(false, ordering: .relaxed) ? SignalNumber.suspend : nil
  }

  /// Whether a signal that ends the session has arrived and waits to be taken.
  static var endingPending: Bool { pendingEnding.load(ordering: .relaxed) != 0 }

  /// Whether the terminal changed size since the last call.
  static func takeResize() -> Bool {
    pendingResize.exchange(false, ordering: .relaxed)
  }

  /// Whether a child process ended since the last call, so the loop should reap before
  /// it waits.
  static func takeChildEnded() -> Bool {
    pendingChild.exchange(false, ordering: .relaxed)
  }

  /// A descriptor that becomes readable when a signal arrives; -1 when there is none.
  static var wakeDescriptor: Int32 { wakeReader.load(ordering: .relaxed) }

  /// Keeps what a crash needs to put the terminal back: `bytes` written to fd 1 and the
  /// terminal modes of fd 0 from before the session.
  static func prepareRestore(bytes: [UInt8], modes: TerminalModes?) {
    let count = min(bytes.count, restoreBytes.count)
    for index in 0..<count { restoreBytes[index] = bytes[index] }
    restoreCount = count
    if let modes { savedModes = modes }
  }

  static func setScreenActive(_ active: Bool) {
    screenActive.store(active, ordering: .relaxed)
  }
}

/// Wakes the run loop's wait; async-signal-safe.
private func wake() {
  let writer = wakeWriter.load(ordering: .relaxed)
  guard writer >= 0 else { return }
  WakePipe.poke(writer)
  // After the byte: a reader that sees the flag finds the byte to drain.
  wakeWritten.store(true, ordering: .relaxed)
}

/// Puts the terminal back from a crash handler with write(2) and tcsetattr only; fd 1 is
/// the terminal for the whole session (frames are written to it directly, never through a
/// swapped descriptor).
private func restoreForCrash() {
  savedModes?.apply(to: 0)
  _ = restoreBytes.withUnsafeBytes {
    Descriptor.writeOnce(1, UnsafeRawBufferPointer(rebasing: $0.prefix(restoreCount)))
  }
}
