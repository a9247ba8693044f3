import GlideSession
import GlideSystem

extension Terminal {
  /// Sends control bytes that draw nothing (a window title, a desktop notification)
  /// straight to the terminal in one write, between frames, so they never land inside one.
  public func sendControl(_ bytes: [UInt8]) {
    output.writer.send(bytes)
  }
}

extension Terminal {
  /// Leaves full screen on a terminal that reads nothing: endwin would wait for the
  /// terminal to drain (and write through a descriptor that blocks), so the modes are put
  /// back at once and the way out of full screen is left for the terminal to take when it
  /// reads again, after a CAN that ends any escape sequence the unsent frame broke off.
  func giveUp() {
    output.writer.abandon()
    var leave: [UInt8] = [0x18]
    if titles { leave += WindowTitle.restore }
    output.writer.send(leave + leaveBytes)
    cookedModes?.apply(to: 0)
    active = false
    stalled = true
    Signals.setScreenActive(false)
  }
}
