import GlideCore

/// Speaks cues through espeak-ng: one voice at a time, the one speaking cut off when a new
/// cue comes, and never waited for.
final class Voice {
  private let program: String
  private var speaking: Int32?

  /// A voice, when espeak-ng is on PATH.
  init?() {
    guard let program = Children.find("espeak-ng") else { return nil }
    self.program = program
  }

  /// Says `phrase`, cutting off whatever is being said.
  func say(_ phrase: String) {
    guard !phrase.isEmpty else { return }
    if let speaking { Children.stop(speaking) }
    speaking = Children.spawn(program, ["--", phrase])
  }

  /// Notes that a child ended; true when it was the voice.
  func ended(_ pid: Int32) -> Bool {
    guard pid == speaking else { return false }
    speaking = nil
    return true
  }

  /// Stops speaking.
  func stop() {
    if let speaking { Children.stop(speaking) }
  }
}
