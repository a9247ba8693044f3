import GlideCore
import GlideSystem

/// Sounds of one's own: a folder with one WAV file per cue, named after the cue
/// (`step-start.wav`, `go.wav`, ...), played in place of Glide's tones where present.
public struct OwnSounds: Sendable {
  /// The longest a cue's sound may last: a cue that outlasts the next one only muddles it.
  public static let longestSeconds = 5.0
  /// The largest file read: five seconds of 8-channel 32-bit 192 kHz audio fit.
  static let largestFile = 32 << 20

  /// The folder.
  public var folder: String
  /// The file for each cue that has a usable one.
  public var files: [Sound: String] = [:]
  /// One line per file that cannot be used, `PATH: error: why`, or that names no cue.
  public var problems: [String] = []

  /// The folder `sounds` names (already a path from the config file's folder), else
  /// `$XDG_DATA_HOME/glide/sounds`, else `~/.local/share/glide/sounds`.
  public static func folder(setting: String?, environment: [String: String]) -> String? {
    if let setting, !setting.isEmpty { return setting }
    return BaseDirectories.data(environment).map { $0 + "/glide/sounds" }
  }

  /// The sounds of `folder`: each cue's file checked (a WAV a player takes, at most five
  /// seconds); a missing folder is none, and says nothing.
  public init(folder: String) {
    self.folder = folder
    guard let names = Folders.list(folder) else { return }
    let cues = Sound.allCases.map(\.rawValue)
    for name in names.sorted() where name.lowercased().hasSuffix(".wav") {
      let path = folder + "/" + name
      guard let sound = Sound.allCases.first(where: { "\($0.rawValue).wav" == name }) else {
        let unknown = Suggestion.unknownName("cue", String(name.dropLast(4)), known: cues)
        problems.append("\(path): warning: \(unknown): never played")
        continue
      }
      switch Self.check(path) {
      case .success: files[sound] = path
      case .failure(let problem): problems.append("\(path): error: \(problem); Glide's tone plays")
      }
    }
  }

  /// Whether the file at `path` can be a cue's sound.
  public static func check(_ path: String) -> Result<Double, WAVProblem> {
    guard let bytes = contents(path) else { return .failure(WAVProblem("cannot be read")) }
    switch WAVLength.seconds(of: bytes) {
    case .failure(let problem): return .failure(problem)
    case .success(let seconds) where seconds > longestSeconds:
      let shown = (seconds * 10).rounded() / 10
      return .failure(WAVProblem("lasts \(shown) s; a cue's sound may last at most 5 s"))
    case .success(let seconds): return .success(seconds)
    }
  }

  /// A file's bytes, up to `largestFile`; nil when it cannot be read or is larger.
  private static func contents(_ path: String) -> [UInt8]? {
    guard let bytes = Files.read(path, limit: largestFile + 1), bytes.count <= largestFile else {
      return nil
    }
    return bytes
  }
}
