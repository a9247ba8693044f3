/// One part of a sound: a sine whose pitch glides from `hertz` to `endHertz` over
/// `seconds`, at `level` of full scale; a level of zero is a rest.
public struct Tone: Hashable, Sendable {
  /// The pitch at the start.
  public var hertz: Double
  /// The pitch at the end (the same as `hertz` for a steady note).
  public var endHertz: Double
  /// How long the part lasts.
  public var seconds: Double
  /// The peak amplitude, 0 to 1 of full scale.
  public var level: Double

  /// A steady note.
  public static func note(_ hertz: Double, _ seconds: Double, level: Double = 0.5) -> Tone {
    Tone(hertz: hertz, endHertz: hertz, seconds: seconds, level: level)
  }

  /// A note whose pitch moves from `from` to `to`.
  public static func glide(
    from: Double, to: Double, _ seconds: Double, level: Double = 0.5
  ) -> Tone {
    Tone(hertz: from, endHertz: to, seconds: seconds, level: level)
  }

  /// Silence between notes.
  public static func rest(_ seconds: Double) -> Tone {
    Tone(hertz: 0, endHertz: 0, seconds: seconds, level: 0)
  }

  /// Whether the part is silence.
  public var isRest: Bool { level == 0 }
}
