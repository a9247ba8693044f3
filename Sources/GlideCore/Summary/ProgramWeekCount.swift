/// One week of a program: its number, and its sessions done against those it plans.
/// `glide stats` lists one for each week so far; a session of the program's current week
/// closes its summary with that week's.
public struct ProgramWeekCount: Hashable, Sendable {
  /// The week's number, from 1 (a program's weeks count from the day it started).
  public var number: Int
  /// Sessions of the week done.
  public var done: Int
  /// Sessions the week plans.
  public var planned: Int

  /// Creates a week's count.
  public init(number: Int, done: Int, planned: Int) {
    self.number = number
    self.done = done
    self.planned = planned
  }
}
