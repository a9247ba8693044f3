import GlideSystem

/// A command-line audio player Glide can hand a WAV file to.
public struct PlayerProgram: Hashable, Sendable {
  /// The players Glide looks for, in order: PipeWire's, PulseAudio's, then ALSA's, so the
  /// sound goes through the desktop's mixer where there is one.
  public static let names = ["pw-play", "paplay", "aplay"]

  /// The full path of the program.
  public var path: String

  /// A player at `path`.
  public init(path: String) {
    self.path = path
  }

  /// The first player on `searchPath` (PATH by default), if any.
  public static func find(searchPath: String? = nil) -> PlayerProgram? {
    names.lazy.compactMap { SearchPath.find($0, in: searchPath) }.first
      .map(PlayerProgram.init(path:))
  }

  /// The arguments that play `file` once and quietly.
  public func arguments(playing file: String) -> [String] {
    // aplay prints a line about the format of each file unless told not to.
    path.hasSuffix("/aplay") ? ["-q", file] : [file]
  }
}
