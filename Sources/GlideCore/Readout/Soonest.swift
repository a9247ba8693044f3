/// The soonest change ahead, kept as the readout is worked out rather than listed: this
/// runs at every wake, and a list would be allocated at every one.
struct Soonest {
  /// The time to the soonest change so far; nil while nothing changes.
  private(set) var span: TimeSpan?

  /// Notes a change `span` ahead (nothing for none, or one not ahead).
  mutating func change(in span: TimeSpan?) {
    guard let span, span > .zero else { return }
    if self.span.map({ span < $0 }) ?? true { self.span = span }
  }

  /// Notes a stepper's next change and gives its value.
  mutating func track(_ stepper: Stepper) -> Int64 {
    change(in: stepper.nextChange)
    return stepper.value
  }
}
