/// How cues are heard: Glide's own tones, the terminal bell, or nothing. The one list of
/// them, which the config file, `--sound`, the completions and the player all read.
public enum SoundMode: String, CaseIterable, Hashable, Sendable {
  /// Glide's sounds, through an audio player.
  case tones
  /// The terminal bell.
  case bell
  /// Silence (a `--flash` still flashes).
  case off
}
