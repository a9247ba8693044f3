import GlideCore

/// A step's screen in the medium and full layouts: the widgets, each in the rectangle
/// `RunningLayout` gives it; and, at a later wake of the same step, only the widgets
/// whose part of the readout changed, each over its own rectangle.
enum RunningScreen {
  /// What a drawn screen's moving parts show, and where: a later wake compares its
  /// readout with this and redraws only what differs.
  struct Drawn {
    var layout: RunningLayout
    var readout: Readout
    var digits: BigText
    var sx: Int
  }

  /// Draws the whole screen; returns what a later wake may redraw from, nil when its
  /// moving parts overlap something else.
  static func draw(_ scene: SessionScene, _ item: PlanItem, into frame: inout Frame) -> Drawn? {
    let layout = RunningLayout(scene, item: item)
    HeaderWidget.draw(scene, item, in: layout.header, into: &frame)
    if scene.layout.tier == .full {
      HeaderWidget.drawCue(layout.cueLines, warns: layout.cueWarns, in: layout.cue, into: &frame)
    } else {
      if scene.isFlagged, scene.height > 12 {
        let rect = layout.notice
        frame.put(
          SessionScene.easeOff.truncated(rect.width), row: rect.row, column: rect.column,
          Style(.warning))
      }
      HeaderWidget.drawCue(layout.cueLines, warns: false, in: layout.cue, into: &frame)
    }
    let digits = scene.bigText
    let rows = layout.digitRows
    let sx = ClockWidget.horizontalScale(digits, rows: rows, width: layout.digits.width)
    let style = Style(scene.itemRole, bold: true)
    ClockWidget.draw(digits, sx: sx, rows: rows, in: layout.digits, style, into: &frame)
    if let rect = layout.phase {
      PhaseWidget.draw(scene, item, scale: layout.phaseScale, in: rect, into: &frame)
    }
    if let rect = layout.pacer {
      PacerWidget.draw(scene, item, thickness: layout.phaseScale, in: rect, into: &frame)
    }
    if let rect = layout.wordRow { PhaseWidget.drawRow(scene, item, in: rect, into: &frame) }
    ProgressWidget.draw(scene, in: layout.progress, into: &frame)
    FooterWidget.draw(
      scene, next: layout.next, notice: layout.notice, keys: layout.keys, into: &frame)
    guard layout.movesApart else { return nil }
    return Drawn(layout: layout, readout: scene.readout, digits: digits, sx: sx)
  }

  /// Whether a readout keeps the screen's shape: the same parts shown, so the layout
  /// drawn for `old` holds for `new`.
  static func sameShape(_ old: Readout, _ new: Readout) -> Bool {
    (old.breath == nil) == (new.breath == nil) && (old.beatCells == nil) == (new.beatCells == nil)
      && (old.countIn == nil) == (new.countIn == nil) && (old.reps == nil) == (new.reps == nil)
      && (old.remainingSeconds == nil) == (new.remainingSeconds == nil)
  }

  /// Redraws, over a frame drawn for `last` of the same step at the same size, the parts
  /// whose readout changed, exactly as `draw` would draw them now, and lists where in
  /// `regions`; nil, changing nothing, when the screen would not keep its shape.
  static func redraw(
    _ scene: SessionScene, _ item: PlanItem, last: Drawn, into frame: inout Frame,
    regions: inout [FrameRegion]
  ) -> Drawn? {
    let old = last.readout
    let new = scene.readout
    guard sameShape(old, new) else { return nil }
    let layout = last.layout
    regions.removeAll(keepingCapacity: true)
    var drawn = last
    drawn.readout = new
    let digits = scene.bigText
    if digits != last.digits {
      let style = Style(scene.itemRole, bold: true)
      let (region, sx) = ClockWidget.redraw(
        from: last.digits, lastScale: last.sx, to: digits, rows: layout.digitRows,
        in: layout.digits, style, into: &frame)
      if let region { regions.append(region) }
      drawn.digits = digits
      drawn.sx = sx
    }
    if old.breath?.phase != new.breath?.phase || old.countIn != new.countIn,
      let rect = layout.phase
    {
      frame.clear(rect)
      PhaseWidget.draw(scene, item, scale: layout.phaseScale, in: rect, into: &frame)
      regions.append(rect.region)
    }
    if old.breath != new.breath || old.beatCells != new.beatCells
      || old.beatPhase != new.beatPhase, let rect = layout.pacer
    {
      frame.clear(rect)
      PacerWidget.draw(scene, item, thickness: layout.phaseScale, in: rect, into: &frame)
      regions.append(rect.region)
    }
    if old.breath != new.breath || old.beatCells != new.beatCells || old.countIn != new.countIn,
      let rect = layout.wordRow
    {
      // A paced rep's beat alone moved: its field, not the movement's name.
      let beatOnly =
        new.breath == nil && old.breath == nil && new.countIn == nil && old.countIn == nil
        && !scene.isPaused && !item.isCountedReps
      let changed = beatOnly ? PhaseWidget.beatRect(in: rect) : rect
      frame.clear(changed)
      if beatOnly {
        PhaseWidget.drawBeat(scene, in: rect, into: &frame)
      } else {
        PhaseWidget.drawRow(scene, item, in: rect, into: &frame)
      }
      regions.append(changed.region)
    }
    if progressChanged(old, new), scene.layout.progressBarWidth > 0 {
      // Most ticks move the times and no bar: those columns alone.
      let barsMoved =
        old.stepCells != new.stepCells || old.sessionCells != new.sessionCells
        || old.pastHalfway != new.pastHalfway
      let rect =
        barsMoved
        ? ProgressWidget.moving(in: layout.progress)
        : ProgressWidget.times(in: layout.progress, barWidth: scene.layout.progressBarWidth)
      frame.clear(rect)
      if barsMoved {
        ProgressWidget.drawBars(scene, in: layout.progress, into: &frame)
      } else {
        ProgressWidget.drawTimes(scene, in: layout.progress, into: &frame)
      }
      regions.append(rect.region)
    }
    return drawn
  }

  /// Whether anything the progress rows show differs.
  static func progressChanged(_ old: Readout, _ new: Readout) -> Bool {
    old.stepCells != new.stepCells || old.sessionCells != new.sessionCells
      || old.remainingSeconds != new.remainingSeconds || old.sessionSeconds != new.sessionSeconds
      || old.reps != new.reps || old.pastHalfway != new.pastHalfway
  }
}
