import GlideSystem

extension Terminal {
  /// Sends control bytes that draw nothing (a window title, a desktop notification)
  /// straight to the terminal in one write, between frames, so they never land inside one.
  public func sendControl(_ bytes: [UInt8]) {
    Descriptor.writeAll(1, bytes)
  }
}
