import GlideCore

/// The check-in screen: the question, the area or the typed number big enough to read
/// from the floor, how to answer, and what was said before the session.
enum CheckInScreen {
  /// How the ratings read, under the question.
  static let scaleLine = KeyTable.checkInScale

  /// The words of the check-in being asked: its title, its progress, the question, the
  /// big word and the lines under it.
  struct CheckInWords {
    var title: String
    var progress: String
    var question: String
    var big: String
    var lines: [String]
  }

  static func words(_ scene: SessionScene) -> CheckInWords? {
    let state = scene.state
    guard let question = state.question, let plan = state.plan.checkIn else { return nil }
    let title = question.when == .before ? "Check-in before the session" : "Check-in after"
    let progress = "\(question.number + 1) of \(plan.questionCount)"
    var lines: [String] = []
    let big: String
    if let area = question.area(in: plan) {
      big = area.uppercased()
      lines.append(Self.scaleLine)
      if question.when == .after, let before = state.checkIn?.before[area] {
        lines.append("before the session: \(before)")
      }
    } else {
      let unit = plan.rangeTest?.unit ?? ""
      big = question.typed.isEmpty ? "_" : question.typed
      // Enter takes only a number: what is typed so far may not be one yet (".").
      lines.append(
        question.typed.isEmpty
          ? "type it in \(unit), then enter"
          : question.typedValue == nil
            ? "\(question.typed) \(unit) · type a number"
            : "\(question.typed) \(unit) · enter takes it")
      if question.when == .after, let before = state.checkIn?.rangeBefore {
        lines.append("before the session: \(CheckIn.number(before)) \(unit)")
      }
    }
    return CheckInWords(
      title: title, progress: progress, question: question.text(in: plan), big: big,
      lines: lines)
  }

  static func drawLarge(_ scene: SessionScene, into frame: inout Frame) {
    guard let words = words(scene) else { return }
    let (width, height, plan) = (scene.width, scene.height, scene.plan)
    frame.put(plan.routineName.truncated(width - 16), row: 0, column: 1, Style(.accent, bold: true))
    frame.putRight(words.progress, row: 0, Style(.accent))
    frame.put(words.title.truncated(width - 2), row: 1, column: 1, Style(.accent, bold: true))
    // The big word takes the rows the question, its lines, the notice and the keys leave.
    let below = 2 + words.lines.count + 2
    let free = height - 3 - below
    // No taller than its width lets it be: a long area squeezed to one column a stroke
    // and stretched to fifteen rows reads as a barcode from across the room.
    let unit = BigFont.width(of: words.big, sx: 1)
    let widest = unit > 0 ? (width - 2) / unit : 1
    let sy = max(1, min(3, free / BigFont.rows, (widest + 1) / 2))
    // Short of rows, the big word moves up into the gap under the title.
    let top = free < BigFont.rows ? 2 : 3 + max(0, (free - BigFont.rows * sy) / 2)
    var row = top
    if BigFont.canDraw(words.big), BigFont.width(of: words.big, sx: 1) <= width - 2 {
      let sx = scene.layout.horizontalScale(for: words.big, sy: sy)
      BigFont.center(words.big, into: &frame, row: row, sx: sx, sy: sy, Style(.accent, bold: true))
      row += BigFont.rows * sy + 1
    } else {
      frame.center(words.big.truncated(width - 2), row: row + 2, Style(.accent, bold: true))
      row += BigFont.rows + 1
    }
    frame.center(words.question.truncated(width - 2), row: row, Style(.text, bold: true))
    let notice = scene.noticeText
    let room = max(0, (notice == nil ? height - 1 : height - 2) - row - 1)
    for (offset, line) in words.lines.prefix(room).enumerated() {
      frame.center(line.truncated(width - 2), row: row + 1 + offset, Style(.dim))
    }
    if let notice {
      frame.put(notice.truncated(width - 2), row: height - 2, column: 1, Style(.warning))
    }
    frame.put(scene.keyLine.truncated(width - 2), row: height - 1, column: 1, Style(.dim))
  }

  static func drawCompact(_ scene: SessionScene, into frame: inout Frame) {
    guard let words = words(scene) else { return }
    let (width, height) = (scene.width, scene.height)
    let rows = [words.title + " · " + words.progress, words.question, words.big] + words.lines
    for (row, line) in rows.prefix(height - 1).enumerated() {
      let style = row == 0 ? Style(.accent) : row == 2 ? Style(.accent, bold: true) : Style(.text)
      frame.put(line.truncated(width), row: row, column: 0, style)
    }
    frame.put(scene.keyLine.truncated(width), row: height - 1, column: 0, Style(.dim))
    OverlayWidget.drawCompact(scene, into: &frame)
  }
}
