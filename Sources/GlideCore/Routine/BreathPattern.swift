/// A paced breath: seconds per phase, in-out, in-hold-out or in-hold-out-hold.
public struct BreathPattern: Hashable, Sendable, CustomStringConvertible {
  /// One part of a breath.
  public enum Phase: String, Hashable, Sendable {
    /// Breathing in: the pacer fills.
    case inhale
    /// Holding with full lungs: the pacer stays full.
    case holdIn
    /// Breathing out: the pacer empties.
    case exhale
    /// Holding with empty lungs: the pacer stays empty.
    case holdOut

    /// The word shown large on screen.
    public var label: String {
      switch self {
      case .inhale: "IN"
      case .holdIn, .holdOut: "HOLD"
      case .exhale: "OUT"
      }
    }
  }

  /// The shortest and longest phase a pattern may have.
  public static let phaseRange: ClosedRange<Double> = 0.5...20

  /// Each phase with its length, in order.
  public let phases: [(phase: Phase, length: TimeSpan)]

  /// Creates a pattern from 2 to 4 phase lengths; nil when the count or a length is out
  /// of range.
  public init?(seconds: [Double]) {
    let kinds: [Phase]
    switch seconds.count {
    case 2: kinds = [.inhale, .exhale]
    case 3: kinds = [.inhale, .holdIn, .exhale]
    case 4: kinds = [.inhale, .holdIn, .exhale, .holdOut]
    default: return nil
    }
    guard seconds.allSatisfy({ $0.isFinite && Self.phaseRange.contains($0) }) else { return nil }
    phases = zip(kinds, seconds).map { ($0, TimeSpan.seconds($1)) }
  }

  /// Parses the written form, e.g. `4-6`, `4-7-8`, `4-4-4-4` or `5.5-5.5`.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    var values: [Double] = []
    for part in parts {
      let trimmed = part.trimmingSpaces
      guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isNumber || $0 == "." }),
        let value = Double(trimmed)
      else { return nil }
      values.append(value)
    }
    self.init(seconds: values)
  }

  /// The phase under way `elapsed` into a paced step, and its place counted over all
  /// breaths from the start (0: the first in-breath).
  public func position(at elapsed: TimeSpan) -> (index: Int, phase: Phase) {
    let cycle = max(1, self.cycle.nanoseconds)
    let breath = max(0, elapsed.nanoseconds) / cycle
    var offset = TimeSpan(nanoseconds: max(0, elapsed.nanoseconds) % cycle)
    for (index, part) in phases.enumerated() {
      if offset < part.length { return (Int(breath) * phases.count + index, part.phase) }
      offset = offset - part.length
    }
    return (Int(breath + 1) * phases.count, phases[0].phase)
  }

  /// The length of one whole breath.
  public var cycle: TimeSpan { phases.reduce(.zero) { $0 + $1.length } }

  /// The written form, e.g. `4-7-8`.
  public var description: String {
    phases.map { TimeSpan(nanoseconds: $0.length.nanoseconds).description.dropLast() }
      .joined(separator: "-")
  }

  /// Two patterns are equal when their phases are.
  public static func == (lhs: BreathPattern, rhs: BreathPattern) -> Bool {
    lhs.phases.map(\.phase) == rhs.phases.map(\.phase)
      && lhs.phases.map(\.length) == rhs.phases.map(\.length)
  }

  /// Hashes the phase lengths.
  public func hash(into hasher: inout Hasher) {
    for (phase, length) in phases {
      hasher.combine(phase)
      hasher.combine(length)
    }
  }
}

extension Substring {
  var trimmingSpaces: Substring {
    var result = self
    while result.first == " " { result.removeFirst() }
    while result.last == " " { result.removeLast() }
    return result
  }
}
