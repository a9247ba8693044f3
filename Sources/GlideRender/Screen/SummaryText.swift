import GlideCore

/// The end-of-session summary as lines of text, shared by the summary screen and the copy
/// printed to the scrollback.
public enum SummaryText {
  /// The summary's lines; `week` adds this week's sessions against their aim.
  public static func lines(_ summary: Summary, week: WeekTally? = nil) -> [String] {
    let headline: String
    switch summary.outcome {
    case .completed: headline = "Session complete: \(summary.routineName)"
    case .stopped: headline = "Session ended early: \(summary.routineName)"
    case .interrupted: headline = "Session interrupted: \(summary.routineName)"
    }
    var lines = [headline, ""]
    lines.append(
      "Time      \(summary.active.durationFace) active of \(summary.planned.durationFace) planned"
        // A pause too short to show as a second would read "0:00 paused".
        + (summary.paused.durationFace != TimeSpan.zero.durationFace
          ? ", \(summary.paused.durationFace) paused" : ""))
    var steps = "Steps     \(summary.doneCount) done"
    if summary.partialCount > 0 { steps += ", \(summary.partialCount) partial" }
    if summary.skippedCount > 0 { steps += ", \(summary.skippedCount) skipped" }
    lines.append(steps + " (of \(summary.steps.count))")
    if summary.repsTarget > 0 {
      lines.append("Reps      \(summary.repsDone) of \(summary.repsTarget)")
    }
    if let checkIn = summary.checkIn, !checkIn.isEmpty {
      // The scale only where a rating is shown: a range test has its own unit.
      lines.append(
        "Check-in  \(checkIn.text)" + (checkIn.changes.isEmpty ? "" : " (0 stiff, 10 free)"))
    }
    let worked = summary.timeByTarget.filter { $0.time > .zero }
    if !worked.isEmpty {
      lines.append(
        "Worked    " + worked.map { "\($0.target) \($0.time.durationFace)" }.joined(separator: ", ")
      )
    }
    let follow = summary.followThrough
    if !follow.isEmpty {
      let followed = follow.filter(\.followed).count
      var line = "Active    \(followed) of \(follow.count.counted("passive step")) followed by reps"
      // As `glide check` names a step: "step 3 (calves)".
      let missing = follow.filter { !$0.followed }.map { "step \($0.number) (\($0.target))" }
      if !missing.isEmpty { line += "; none after " + missing.joined(separator: ", ") }
      lines.append(line)
    }
    let sides = summary.sideComparison
    if !sides.isEmpty {
      lines.append(
        "Sides     "
          + sides.map { "\($0.target) left \($0.left), right \($0.right)" }.joined(separator: "; ")
          + " (1 stiff, 5 free)")
    }
    if let pressure = summary.pressureText { lines.append("Pressure  " + pressure) }
    if let week { lines.append(week.line) }
    lines.append("")
    for step in summary.steps {
      lines.append(
        "\(String(step.number).leftPadded(3)) \(step.outcome.rawValue.rightPadded(8))"
          + "\(step.technique.rawValue.rightPadded(11))\(step.area.column(22)) \(step.what)")
    }
    return lines
  }

  /// A line of the summary screen and how it is drawn.
  public struct ScreenLine: Hashable, Sendable {
    /// The text, at most the width asked for (a word longer than that is cut).
    public var text: String
    /// How it is drawn: the headline stands out, skipped steps recede.
    public var style: Style
  }

  /// The summary as the screen shows it, `width` columns wide: each line wrapped at word
  /// boundaries (a labelled line's rest under its text, a step row's under its outcome),
  /// step rows in columns where they fit and with single spaces where they do not.
  /// `blankLines: false` leaves out the empty lines, for the smallest screens.
  public static func screenLines(
    _ summary: Summary, week: WeekTally? = nil, width: Int, blankLines: Bool = true
  ) -> [ScreenLine] {
    let all = lines(summary, week: week)
    let firstStep = all.count - summary.steps.count
    var result: [ScreenLine] = []
    // Step rows are all in columns or all narrow, and narrow ones keep the outcomes in
    // a column where every row fits with it.
    let narrow = width > 20 && all[firstStep...].contains { $0.columns > width }
    let aligned = summary.steps.allSatisfy {
      narrowLeft($0, aligned: true).columns + 1 + $0.shortWhat.columns <= width
    }
    for (index, line) in all.enumerated() {
      guard index >= firstStep else {
        if line.isEmpty && !blankLines { continue }
        let style = index == 0 ? Style(.accent, bold: true) : Style(.text)
        result += wrapped([line], width: width).map { ScreenLine(text: $0, style: style) }
        continue
      }
      let step = summary.steps[index - firstStep]
      let style = step.outcome == .skipped ? Style(.dim) : Style(.text)
      guard narrow else {
        result.append(ScreenLine(text: line, style: style))
        continue
      }
      result += narrowStepLines(step, width: width, aligned: aligned).map {
        ScreenLine(text: $0, style: style)
      }
    }
    return result
  }

  /// A narrow step row's number, outcome (in its column when `aligned`) and body area.
  static func narrowLeft(_ step: Summary.StepResult, aligned: Bool) -> String {
    let outcome = aligned ? step.outcome.rawValue.rightPadded(8) : step.outcome.rawValue + " "
    return String(step.number).leftPadded(3) + " " + outcome + step.area
  }

  /// A step row too wide for its columns: without the technique, the time short and at
  /// the right edge; failing that, wrapped under the outcome.
  static func narrowStepLines(_ step: Summary.StepResult, width: Int, aligned: Bool) -> [String] {
    let number = String(step.number).leftPadded(3) + " "
    let what = step.shortWhat
    let left = narrowLeft(step, aligned: aligned)
    if left.columns + 1 + what.columns <= width {
      return [left + String(repeating: " ", count: width - left.columns - what.columns) + what]
    }
    let rest = [step.outcome.rawValue, step.area, what].joined(separator: " ")
    return rest.wrapped(width - number.count).enumerated().map { part, text in
      (part == 0 ? number : String(repeating: " ", count: number.count)) + text
    }
  }
}

extension Summary.StepResult {
  /// The body area with its side: "left calves".
  var area: String { side.map { "\($0.rawValue) \(target)" } ?? target }

  /// What was done of what was planned: "8/8 reps", "6/6 breaths", "1:30 of 1:30".
  var what: String {
    if let target = repsTarget { return "\(repsDone ?? 0)/\(target) reps" }
    if let target = breathsTarget { return "\(breathsDone ?? 0)/\(target) breaths" }
    return "\(elapsed.durationFace) of \(planned.durationFace)"
  }

  /// `what` for a narrow screen: "1:30/1:30".
  var shortWhat: String {
    repsTarget == nil && breathsTarget == nil
      ? "\(elapsed.durationFace)/\(planned.durationFace)" : what
  }
}

extension SummaryText {
  /// `lines` broken at word boundaries to `width` columns, for the scrollback; the lines
  /// after a labelled one ("Time      ...") start under its text.
  public static func wrapped(_ lines: [String], width: Int) -> [String] {
    guard width > 20 else { return lines }
    return lines.flatMap { line -> [String] in
      guard line.columns > width else { return [line] }
      let label = line.prefix(10)
      let indent = label.count == 10 && label.hasSuffix(" ") && label.first != " " ? 10 : 0
      let parts = String(line.dropFirst(indent)).wrapped(width - indent)
      return parts.enumerated().map { index, part in
        index == 0
          ? String(label.prefix(indent)) + part
          : String(repeating: " ", count: indent) + part
      }
    }
  }
}

extension String {
  /// The string cut to `width` columns, ending in an ellipsis when cut: the one rule for
  /// cutting text, `cut(toColumns:)`, under the screen's name for it.
  func truncated(_ width: Int) -> String { cut(toColumns: width) }
}
