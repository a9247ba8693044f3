import Synchronization

/// The last result of a pure function, kept with its input: the screen draws the same
/// heading and hint line on every wake of a step, and building them again each time is
/// most of what a wake costs beyond the digits. One entry, so it never grows; a different
/// input simply replaces it.
///
/// `Input` is compared only where a value is looked up: a class whose parameters must
/// conform is instantiated at start-up by a search of every conformance in the binary.
final class LastResult<Input: Sendable, Output: Sendable>: Sendable {
  private let last = Mutex<(input: Input, output: Output)?>(nil)

  /// `make(input)`, or the value it gave last time for an equal input.
  func value(for input: Input, _ make: (Input) -> Output) -> Output where Input: Equatable {
    if let hit = last.withLock({ $0?.input == input ? $0?.output : nil }) { return hit }
    let output = make(input)
    last.withLock { $0 = (input, output) }
    return output
  }
}
