/// Several runs of one measured figure.
public struct Figure: Sendable {
  /// What is measured.
  public var name: String
  /// The target, as text ("≤ 0.015").
  public var target: String
  /// The limit the median is checked against, and whether lower is better.
  public var limit: Double?
  /// The least the median may be, for figures with a target value rather than a ceiling.
  public var floor: Double?
  /// The value of each run.
  public var values: [Double]
  /// Decimals to print.
  public var decimals: Int

  /// Creates a figure.
  public init(_ name: String, target limit: Double?, decimals: Int = 2, values: [Double] = []) {
    self.name = name
    self.limit = limit
    self.target = limit.map { "≤ \(format($0, decimals))" } ?? "-"
    self.values = values
    self.decimals = decimals
  }

  /// A figure whose median should be `value`, give or take `tolerance`.
  public init(
    _ name: String, equals value: Double, tolerance: Double, decimals: Int = 2,
    values: [Double] = []
  ) {
    self.init(name, target: value + tolerance, decimals: decimals, values: values)
    floor = value - tolerance
    target = "= \(format(value, 0)) ± \(format(tolerance, 0))"
  }

  /// The smallest value.
  public var min: Double? { values.min() }
  /// The largest value.
  public var max: Double? { values.max() }
  /// The median value.
  public var median: Double? { percentile(values, 50) }
  /// Whether the median meets the target (nil when there is none).
  public var met: Bool? {
    guard let limit, let median else { return nil }
    return median <= limit && median >= (floor ?? -.infinity)
  }
}

/// The p-th percentile (nearest rank) of some values.
public func percentile(_ values: [Double], _ p: Double) -> Double? {
  guard !values.isEmpty else { return nil }
  let sorted = values.sorted()
  if p == 50 && sorted.count % 2 == 0 {
    return (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }
  let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
  return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
}

/// A number with a fixed count of decimals.
public func format(_ value: Double, _ decimals: Int) -> String {
  guard value.isFinite else { return "-" }
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  let rounded = (value * scale).rounded() / scale
  var text = String(rounded)
  if let dot = text.firstIndex(of: ".") {
    let have = text.distance(from: dot, to: text.endIndex) - 1
    if decimals == 0 {
      text = String(text[..<dot])
    } else if have < decimals {
      text += String(repeating: "0", count: decimals - have)
    } else if have > decimals {
      text = String(text.prefix(text.distance(from: text.startIndex, to: dot) + 1 + decimals))
    }
  } else if decimals > 0 {
    text += "." + String(repeating: "0", count: decimals)
  }
  return text
}

/// The figures as a Markdown table: figure, target, min, median, max, met.
public func table(_ figures: [Figure]) -> String {
  var lines = [
    "| figure | target | min | median | max | met |", "|---|---|---|---|---|---|",
  ]
  for figure in figures {
    let cells = [figure.min, figure.median, figure.max].map {
      $0.map { format($0, figure.decimals) } ?? "-"
    }
    let met = figure.met.map { $0 ? "yes" : "NO" } ?? ""
    lines.append(
      "| \(figure.name) | \(figure.target) | \(cells[0]) | \(cells[1]) | \(cells[2]) | \(met) |")
  }
  return lines.joined(separator: "\n")
}
