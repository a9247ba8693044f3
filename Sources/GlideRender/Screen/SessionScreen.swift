import GlideCore

/// Draws a session, at one instant, into a frame of any size.
public enum SessionScreen {
  /// The bar widths the screen draws at this size, so the core can wake exactly when a
  /// bar's next cell changes.
  public static func widths(width: Int, height: Int) -> ReadoutWidths {
    let layout = Layout(width: width, height: height)
    return ReadoutWidths(
      step: layout.progressBarWidth, session: layout.progressBarWidth,
      breath: layout.pacerWidth, beat: layout.beatWidth)
  }

  /// The whole screen for `state` at `now`.
  public static func render(
    _ state: SessionState, at now: Instant, width: Int, height: Int, notice: String? = nil,
    week: WeekTally? = nil
  ) -> Frame {
    render(
      state, readout: state.readout(at: now, widths: widths(width: width, height: height)),
      width: width, height: height, notice: notice, week: week)
  }

  /// The whole screen for `state` with its readout already worked out (for the widths
  /// `widths(width:height:)` gives).
  public static func render(
    _ state: SessionState, readout: Readout, width: Int, height: Int, notice: String? = nil,
    week: WeekTally? = nil
  ) -> Frame {
    let scene = SessionScene(
      layout: Layout(width: width, height: height), state: state, readout: readout,
      notice: notice, week: week)
    var frame = Frame(width: width, height: height)
    _ = draw(scene, into: &frame)
    return frame
  }

  /// Draws the whole screen into a blank frame of the scene's size, in the layout its
  /// size takes; returns what a later wake may redraw from, when it may.
  static func draw(_ scene: SessionScene, into frame: inout Frame) -> RunningScreen.Drawn? {
    switch scene.layout.tier {
    case .tooSmall: CompactScreen.drawTooSmall(scene, into: &frame)
    case .compact: CompactScreen.draw(scene, into: &frame)
    case .medium, .full:
      if let summary = scene.state.summary {
        SummaryWidget.draw(summary, scene, into: &frame)
      } else if scene.state.question != nil {
        CheckInScreen.drawLarge(scene, into: &frame)
        OverlayWidget.draw(scene, into: &frame)
      } else if let item = scene.item {
        let drawn = RunningScreen.draw(scene, item, into: &frame)
        OverlayWidget.draw(scene, into: &frame)
        return movesAlone(scene) ? drawn : nil
      }
    }
    return nil
  }

  /// Whether the moving parts of a step's screen may be redrawn alone: nothing lies over
  /// them (no overlay, no question to quit).
  static func movesAlone(_ scene: SessionScene) -> Bool {
    guard scene.state.overlay == nil, scene.state.summary == nil else { return false }
    switch scene.state.mode {
    case .running, .countingIn, .paused: return true
    default: return false
    }
  }

  /// How much of the summary, or of the open help overlay, a terminal of this size shows,
  /// for the key table's scroll events; `.fits` when neither shows or all of it fits.
  public static func viewport(
    _ state: SessionState, width: Int, height: Int, week: WeekTally? = nil
  ) -> Viewport {
    let layout = Layout(width: width, height: height)
    if let summary = state.summary {
      return summaryView(summary, layout: layout, week: week).view
    }
    if state.overlay == .help, !state.isAskingToQuit { return helpView(layout, state).view }
    return .fits
  }

  /// The summary's lines at this size, the column they start at, and how much shows.
  static func summaryView(_ summary: Summary, layout: Layout, week: WeekTally?) -> (
    lines: [SummaryText.ScreenLine], column: Int, view: Viewport
  ) {
    guard layout.tier != .tooSmall else { return ([], 0, .fits) }
    let column = layout.tier == .compact ? 0 : 1
    let lines = SummaryText.screenLines(
      summary, week: week, width: layout.width - 2 * column,
      blankLines: layout.tier != .compact)
    // The last row says how to leave, and where the text is when it scrolls.
    let rows = layout.height - 1
    return (lines, column, Viewport(rows: rows, limit: lines.count - rows))
  }

  /// The help's lines at this size, whether they keep their title's blank line, and how
  /// much shows: in a box on the larger screens, on the whole screen on the smallest.
  static func helpView(_ layout: Layout, _ state: SessionState) -> (
    lines: [String], spaced: Bool, view: Viewport
  ) {
    // While a check-in asks, its own keys.
    let bindings = state.question == nil ? KeyTable.bindings : KeyTable.checkInBindings
    switch layout.tier {
    case .tooSmall: return ([], false, .fits)
    case .compact:
      let lines = HelpText.lines(width: layout.width, bindings: bindings)
      guard lines.count > layout.height else { return (lines, false, .fits) }
      let rows = layout.height - 1
      return (lines, false, Viewport(rows: rows, limit: lines.count - rows))
    case .medium, .full:
      // Inside the box: the borders, "Keys", a blank line when all of it fits.
      let lines = HelpText.lines(width: layout.width - 6, bindings: bindings)
      let boxRows = layout.height - 2
      guard lines.count + 4 > boxRows else { return (lines, true, .fits) }
      let rows = boxRows - 3
      return (lines, false, Viewport(rows: rows, limit: lines.count - rows))
    }
  }
}
