import GlideCore

/// Which of the ways cues can be heard a session gets.
extension SoundMode {
  /// What a session uses, given what was asked (`--sound`, nil when not given), whether
  /// `--no-bell` was given and whether a player exists, and a line to show before the
  /// session when tones were asked for (or `--breath-sound`, which only tones can play)
  /// and cannot be played.
  ///
  /// Without `--sound`, tones where a player exists, else the bell. `--no-bell` keeps the
  /// meaning it had before there were tones: no audible cue unless `--sound` asks for one,
  /// and never the bell.
  public static func resolve(
    asked: SoundMode?, noBell: Bool, playerFound: Bool, breathSound: Bool = false
  ) -> (mode: SoundMode, notice: String?) {
    let chosen = choose(asked: asked, noBell: noBell, playerFound: playerFound)
    guard breathSound, chosen.mode != .tones, chosen.notice == nil else { return chosen }
    let why = playerFound ? "" : ", which need pw-play, paplay or aplay on PATH"
    return (chosen.mode, "--breath-sound plays only with tones\(why)")
  }

  private static func choose(asked: SoundMode?, noBell: Bool, playerFound: Bool)
    -> (mode: SoundMode, notice: String?)
  {
    let fallback: SoundMode = noBell ? .off : .bell
    switch asked {
    case nil:
      return (noBell ? .off : playerFound ? .tones : .bell, nil)
    case .tones?:
      guard playerFound else {
        let instead = fallback == .bell ? "ringing the bell instead" : "running silent"
        return (
          fallback,
          "--sound tones needs pw-play, paplay or aplay on PATH; \(instead)"
        )
      }
      return (.tones, nil)
    case .bell?:
      return (noBell ? .off : .bell, nil)
    case .off?:
      return (.off, nil)
    }
  }
}
