import GlideCore

/// Speaks cues through espeak-ng: one voice at a time, the one speaking cut off when a new
/// cue comes, and never waited for.
final class Voice {
  private let program: String
  private let processes: any ChildProcesses
  private var speaking: (pid: Int32, priority: SpeechPriority)?

  /// A voice, when espeak-ng is on PATH.
  init?(processes: any ChildProcesses) {
    guard let program = processes.find("espeak-ng") else { return nil }
    self.program = program
    self.processes = processes
  }

  /// The phrase to say of those one reduction asked for: the one that matters most, the
  /// latest of equals (a late wake that passed through several items names the last).
  static func choose(_ phrases: [(String, SpeechPriority)]) -> (String, SpeechPriority)? {
    phrases.filter { !$0.0.isEmpty }.reversed().max { $0.1 < $1.1 }
  }

  /// Says `phrase`, cutting off whatever is being said unless that matters more.
  func say(_ phrase: String, priority: SpeechPriority) {
    guard !phrase.isEmpty else { return }
    if let speaking {
      guard speaking.priority <= priority else { return }
      processes.stop(speaking.pid)
    }
    speaking = processes.spawn(program, ["--", phrase], environment: [:]).map { ($0, priority) }
  }

  /// Notes that a child ended; true when it was the voice.
  func ended(_ pid: Int32) -> Bool {
    guard pid == speaking?.pid else { return false }
    speaking = nil
    return true
  }

  /// Stops speaking.
  func stop() {
    if let speaking { processes.stop(speaking.pid) }
  }
}
