import Glibc
import Testing

@testable import GlideSystem

/// The pieces the run loop waits with and a signal handler writes with.
@Suite struct WakeAndWaitTests {
  @Test func aPokedPipeWakesAWaitAndDrainsEmpty() throws {
    let pipe = try #require(WakePipe.make())
    defer {
      close(pipe.reader)
      close(pipe.writer)
    }
    let idle = Readiness.wait(.init(pipe.reader, for: .readable), .none, milliseconds: 0)
    #expect(idle.count == 0 && idle.first.isEmpty)
    WakePipe.poke(pipe.writer)
    WakePipe.poke(pipe.writer)
    let woken = Readiness.wait(.none, .init(pipe.reader, for: .readable), milliseconds: 1000)
    #expect(woken.count == 1)
    #expect(woken.second == .readable)
    WakePipe.drain(pipe.reader)
    let drained = Readiness.wait(.init(pipe.reader, for: .readable), .none, milliseconds: 0)
    #expect(drained.count == 0)
  }

  @Test func aPipeHasRoomAndAClosedWriterReadsAsHungUp() throws {
    let pipe = try #require(WakePipe.make())
    defer { close(pipe.reader) }
    let room = Readiness.wait(
      .none, .none, .init(pipe.writer, for: .writable), milliseconds: 0)
    #expect(room.third.contains(.writable))
    close(pipe.writer)
    let gone = Readiness.wait(.init(pipe.reader, for: .readable), .none, milliseconds: 0)
    #expect(gone.first.contains(.hangUp))
    var buffer = (UInt64(0), UInt64(0))
    let count = withUnsafeMutableBytes(of: &buffer) { Descriptor.readOnce(pipe.reader, into: $0) }
    #expect(count == 0)
  }

  @Test func aStopAfterASignalIsNotWaitedOn() throws {
    let pipe = try #require(WakePipe.make())
    defer {
      close(pipe.reader)
      close(pipe.writer)
    }
    // The writer is non-blocking: a full pipe fails rather than waiting, stop or not.
    #expect(!Descriptor.writeAll(pipe.writer, [UInt8](repeating: 1, count: 200_000)) { false })
    WakePipe.drain(pipe.reader)
    #expect(Descriptor.writeAll(pipe.writer, Array("line\n".utf8)) { true })
    #expect(Descriptor.readPrefix(pipe.reader, limit: 100) == Array("line\n".utf8))
  }

  @Test func thisProcessExistsAndNoneHasIdZero() {
    #expect(Processes.exists(Host.processID))
    #expect(!Processes.exists(0))
    #expect(!Processes.exists(-1))
  }

  @Test func aPipeIsNoTerminal() throws {
    let pipe = try #require(WakePipe.make())
    defer {
      close(pipe.reader)
      close(pipe.writer)
    }
    #expect(!TerminalDevice.isTerminal(pipe.reader))
    #expect(TerminalModes(of: pipe.reader) == nil)
    #expect(TerminalDevice.size(of: pipe.reader) == nil)
    #expect(TerminalDevice.openNonBlockingWriter(pipe.writer) == nil)
  }

  @Test func theWallClockInSecondsAgreesWithNanoseconds() {
    let nanoseconds = SystemClock.realtimeNanoseconds()
    let seconds = SystemClock.realtimeSeconds()
    #expect(abs(seconds - Double(nanoseconds) / 1e9) < 1)
  }
}

/// A pseudo-terminal pair, both ends closed at the end of the test.
private final class PseudoTerminal {
  let main: Int32
  let terminal: Int32

  /// Linux's /dev/ptmx; TIOCSPTLCK and TIOCGPTN by number, as the C library's
  /// posix_openpt family is hidden from Swift.
  init?() {
    main = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard main >= 0, ioctl(main, 0x4004_5431, &unlock) == 0, ioctl(main, 0x8004_5430, &number) == 0
    else {
      terminal = -1
      return nil
    }
    terminal = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    guard terminal >= 0 else { return nil }
  }

  deinit {
    close(terminal)
    close(main)
  }
}

@Suite struct TerminalModesTests {
  @Test func keysOneAtATimeAndBackAsTheyWere() throws {
    let pty = try #require(PseudoTerminal())
    #expect(TerminalDevice.isTerminal(pty.terminal))
    let cooked = try #require(TerminalModes(of: pty.terminal))
    cooked.keysOneAtATime.apply(to: pty.terminal)
    var raw = termios()
    #expect(tcgetattr(pty.terminal, &raw) == 0)
    #expect(raw.c_lflag & tcflag_t(ICANON | ECHO | ISIG | IEXTEN) == 0)
    #expect(raw.c_iflag & tcflag_t(IXON | ICRNL) == 0)
    cooked.apply(to: pty.terminal)
    var back = termios()
    #expect(tcgetattr(pty.terminal, &back) == 0)
    #expect(back.c_lflag & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO))
  }

  @Test func sizeAsTheTerminalSaysIt() throws {
    let pty = try #require(PseudoTerminal())
    var window = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
    #expect(ioctl(pty.main, UInt(TIOCSWINSZ), &window) == 0)
    let size = try #require(TerminalDevice.size(of: pty.terminal))
    #expect(size.rows == 30 && size.columns == 100)
  }

  @Test func aSecondWriterNeverWaits() throws {
    let pty = try #require(PseudoTerminal())
    let writer = try #require(TerminalDevice.openNonBlockingWriter(pty.terminal))
    defer { close(writer) }
    #expect(fcntl(writer, F_GETFL) & O_NONBLOCK != 0)
    #expect(fcntl(pty.terminal, F_GETFL) & O_NONBLOCK == 0)
    #expect(Descriptor.writeSome(writer, Array("hi".utf8)[...]) == 2)
  }
}
