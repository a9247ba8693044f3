import GlideLog

/// Months and days as the report labels them.
enum MonthNames {
  static let short = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `Mar 2026` for a month index (`ReportWindow.month`).
  static func label(_ month: Int) -> String {
    "\(short[month % 12]) \(month / 12)"
  }

  /// `Mar` alone.
  static func shortLabel(_ month: Int) -> String { short[month % 12] }

  /// `2026-03-02` for days since 1970.
  static func day(_ days: Int64) -> String { CivilDate(daysSinceEpoch: days).description }
}
