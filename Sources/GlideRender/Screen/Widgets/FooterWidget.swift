import GlideCore

/// The rows under the moving parts: what comes next, the notice or the side's rating,
/// and the keys that work.
enum FooterWidget {
  /// "Next: ..." in `next`, the rating's question or the notice in `notice`, the keys in
  /// `keys`.
  static func draw(
    _ scene: SessionScene, next: Rect, notice: Rect, keys: Rect, into frame: inout Frame
  ) {
    frame.put(scene.nextLine.truncated(next.width), row: next.row, column: next.column, Style(.dim))
    if let request = scene.state.rating {
      // Where the scale does not fit, the question keeps its keys in short.
      let question = request.question(in: scene.plan)
      let prompt =
        [" " + KeyTable.sideScale, " 1-5, 0 skips", " 1-5"].map { question + $0 }
        .first { $0.columns <= notice.width } ?? question
      frame.put(
        prompt.truncated(notice.width), row: notice.row, column: notice.column,
        Style(.accent, bold: true))
    } else if let text = scene.noticeText {
      frame.put(
        text.truncated(notice.width), row: notice.row, column: notice.column, Style(.warning))
    }
    drawKeys(scene, in: keys, into: &frame)
  }

  /// The keys that work now, as many as fit the row.
  static func drawKeys(_ scene: SessionScene, in rect: Rect, into frame: inout Frame) {
    frame.put(scene.keyLine.truncated(rect.width), row: rect.row, column: rect.column, Style(.dim))
  }
}

/// The hints that work now and the room for them, and the line they make.
struct HintLine: Equatable, Sendable {
  var texts: [String]
  var ranks: [Int]
  var room: Int

  /// As many as fit, the least important left out first.
  var line: String { KeyTable.hintLine(Array(zip(texts, ranks)), room: room) }
}
