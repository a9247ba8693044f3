/// A quantity that steps up or down as an item's elapsed time grows: where it is now, and
/// the elapsed time at which it next changes (nil: never, within this item).
struct Stepper {
  var value: Int64
  var nextChange: TimeSpan?

  /// `floor(x * width / whole)` for x = elapsed offset within a span of `whole`.
  static func fill(_ x: TimeSpan, of whole: TimeSpan, width: Int) -> Stepper {
    guard width > 0, whole > .zero else { return Stepper(value: 0, nextChange: nil) }
    let x = min(max(.zero, x), whole)
    let w = Int64(width)
    let cells = x.nanoseconds * w / whole.nanoseconds
    guard cells < w else { return Stepper(value: w, nextChange: nil) }
    // The first nanosecond at which floor(x * w / whole) reaches cells + 1.
    let next = ((cells + 1) * whole.nanoseconds + w - 1) / w
    return Stepper(value: cells, nextChange: TimeSpan(nanoseconds: next - x.nanoseconds))
  }

  /// The cells of a bar over `whole` filled when a countdown of it shows `shown` seconds:
  /// the fill as of the instant those digits appeared. A bar that moved between digit
  /// ticks would wake the loop for a cell that nobody reads at a glance (a 60-second
  /// countdown at 80x24 woke 74 times a minute); on the tick it costs no wake of its own.
  static func onTick(_ shown: Int64, of whole: TimeSpan, width: Int) -> Int {
    let untilEnd =
      shown > whole.nanoseconds / 1_000_000_000
      ? whole.nanoseconds : min(whole.nanoseconds, shown * 1_000_000_000)
    return Int(
      fill(TimeSpan(nanoseconds: whole.nanoseconds - untilEnd), of: whole, width: width).value)
  }

  /// `ceil(left)` in whole seconds, where `left` shrinks as time passes.
  static func countdown(_ left: TimeSpan) -> Stepper {
    guard left > .zero else { return Stepper(value: 0, nextChange: nil) }
    let shown = left.ceilingSeconds
    return Stepper(
      value: shown,
      nextChange: TimeSpan(nanoseconds: left.nanoseconds - (shown - 1) * 1_000_000_000))
  }
}
