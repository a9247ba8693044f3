import GlideCore

/// The smallest screens: plain digits and a few lines, no bars; and the one that is too
/// small for anything but saying so.
enum CompactScreen {
  static func draw(_ scene: SessionScene, into frame: inout Frame) {
    if scene.state.question != nil {
      CheckInScreen.drawCompact(scene, into: &frame)
      return
    }
    if let summary = scene.state.summary {
      SummaryWidget.draw(summary, scene, into: &frame)
      return
    }
    guard let item = scene.item else { return }
    let width = scene.width
    let height = scene.height
    let style = Style(scene.itemRole, bold: true)
    frame.put(scene.heading(item).truncated(width), row: 0, column: 0, style)
    var second = scene.bigText.text
    if scene.isPaused {
      second += "  PAUSED"
    } else if let words = scene.readout.countInWords {
      second += "  " + words
    } else if let breath = scene.readout.breath {
      second += "  \(breath.phase.label)"
    }
    frame.put(second.truncated(width), row: 1, column: 0, style)
    let position = "step \(item.number)/\(scene.plan.stepCount) · \(scene.sessionLeft) left"
    frame.put(position.truncated(width), row: 2, column: 0, Style(.dim))
    if height >= 6 {
      frame.put(scene.nextLine.truncated(width), row: 3, column: 0, Style(.dim))
      frame.put(scene.keyLine.truncated(width), row: height - 1, column: 0, Style(.dim))
    }
    OverlayWidget.drawCompact(scene, into: &frame)
  }

  /// "terminal too small", as much of it as fits, in the middle.
  static func drawTooSmall(_ scene: SessionScene, into frame: inout Frame) {
    let message =
      ["terminal too small", "too small", "small", "!"].first { $0.columns <= scene.width } ?? ""
    frame.center(message, row: scene.height / 2, Style(.warning))
  }
}
