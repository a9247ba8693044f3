import GlideCore

/// The end-of-session summary as lines of text, shared by the summary screen and the copy
/// printed to the scrollback.
public enum SummaryText {
  /// The summary's lines; `weekCount` adds this week's sessions against the 2-3 target.
  public static func lines(_ summary: Summary, weekCount: Int? = nil) -> [String] {
    let headline: String
    switch summary.outcome {
    case .completed: headline = "Session complete: \(summary.routineName)"
    case .stopped: headline = "Session ended early: \(summary.routineName)"
    case .interrupted: headline = "Session interrupted: \(summary.routineName)"
    }
    var lines = [headline, ""]
    lines.append(
      "Time      \(summary.active.clockFace) active of \(summary.planned.clockFace) planned"
        + (summary.paused > .zero ? ", \(summary.paused.clockFace) paused" : ""))
    var steps = "Steps     \(summary.doneCount) done"
    if summary.partialCount > 0 { steps += ", \(summary.partialCount) partial" }
    if summary.skippedCount > 0 { steps += ", \(summary.skippedCount) skipped" }
    lines.append(steps + " (of \(summary.steps.count))")
    if summary.repsTarget > 0 {
      lines.append("Reps      \(summary.repsDone) of \(summary.repsTarget)")
    }
    if let checkIn = summary.checkIn, !checkIn.isEmpty {
      lines.append("Check-in  \(checkIn.text) (0 stiff, 10 free)")
    }
    let worked = summary.timeByTarget.filter { $0.time > .zero }
    if !worked.isEmpty {
      lines.append(
        "Worked    " + worked.map { "\($0.target) \($0.time.clockFace)" }.joined(separator: ", "))
    }
    let follow = summary.followThrough
    if !follow.isEmpty {
      let followed = follow.filter(\.followed).count
      var line = "Active    \(followed) of \(follow.count) passive steps followed by reps"
      let missing = follow.filter { !$0.followed }.map { "\($0.number) \($0.target)" }
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
    if let weekCount {
      let low = Evidence.sessionsPerWeek.lowerBound
      let high = Evidence.sessionsPerWeek.upperBound
      lines.append(
        "This week \(weekCount) session\(weekCount == 1 ? "" : "s") (aim for \(low)-\(high))")
    }
    lines.append("")
    for step in summary.steps {
      let what: String
      if let target = step.repsTarget {
        what = "\(step.repsDone ?? 0)/\(target) reps"
      } else if let target = step.breathsTarget {
        what = "\(step.breathsDone ?? 0)/\(target) breaths"
      } else {
        what = "\(step.elapsed.clockFace) of \(step.planned.clockFace)"
      }
      let target = step.side.map { "\($0.rawValue) \(step.target)" } ?? step.target
      lines.append(
        "\(String(step.number).leftPadded(3)) \(step.outcome.rawValue.rightPadded(8))"
          + "\(step.technique.rawValue.rightPadded(11))\(target.rightPadded(22)) \(what)")
    }
    return lines
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
  /// Columns the text takes on screen.
  var columns: Int { DisplayWidth.of(self) }

  func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - columns)) + self
  }

  func rightPadded(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - columns))
  }

  /// The string cut to `width` columns, ending in an ellipsis when cut; a character is
  /// kept whole (with its marks) or not at all.
  func truncated(_ width: Int) -> String {
    guard width > 0 else { return "" }
    let text = DisplayText.escaped(self)
    guard text.columns > width else { return text }
    var kept = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let columns = DisplayWidth.of(scalar)
      if columns > 0 && used + columns > width - 1 { break }
      kept.append(scalar)
      used += columns
    }
    return String(kept) + "…"
  }
}
