import GlideLog

/// `glide stats` as it prints over the example log the pictures folder keeps
/// (`sessions.jsonl`: eight weeks of an ankle routine with check-ins and a desk break), on
/// a fixed day in UTC, so the text is the same on every machine and in every year.
enum StatsPicture {
  /// The example log, relative to the package root.
  static let log = "docs/pictures/sessions.jsonl"
  /// Thursday 2026-12-03 18:00 UTC: the day the picture is taken.
  static let now = Timestamp(seconds: 1_796_320_800)

  /// The lines `glide stats --log docs/pictures/sessions.jsonl` prints on that day.
  static func lines(root: String) throws -> [String] {
    var reader = try LogReader(path: root + "/" + log)
    let stats = Stats(reader: &reader, weeks: 8, now: now, time: .fixed(seconds: 0))
    return stats.lines(program: nil)
  }
}
