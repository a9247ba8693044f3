/// A rectangle of a frame's cells: the rows and the columns of a part of the screen that
/// may have changed since the frame before, so that what sends frames compares only those
/// cells rather than the whole screen.
public struct FrameRegion: Hashable, Sendable {
  /// The rows, from the top.
  public var rows: Range<Int>
  /// The columns, from the left.
  public var columns: Range<Int>

  /// A region of `rows` by `columns`.
  public init(rows: Range<Int>, columns: Range<Int>) {
    self.rows = rows
    self.columns = columns
  }
}
