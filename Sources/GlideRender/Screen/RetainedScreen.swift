import GlideCore

/// The session screen kept from one wake to the next, so a wake draws what changed rather
/// than the whole screen.
///
/// Most wakes of a session are a countdown's ticks: the digits and the bars move and
/// nothing else does. When the session, the size and the words around the clock are what
/// the frame was drawn from, and the screen keeps its shape, only the moving parts are
/// redrawn, in place, exactly as a whole render would draw them; `changed` says where, so
/// the terminal's output compares only those cells. Anything else draws the whole screen.
/// The session is compared without its clock readings (the latest instant and the last
/// journal write) and what has been cued aloud, which the screen never shows (a test
/// holds it to that).
public struct RetainedScreen {
  /// The screen as of the last `update`.
  public private(set) var frame = Frame(width: 0, height: 0)
  /// The regions of `frame` the last `update` may have changed; nil when it drew the
  /// whole screen.
  public private(set) var changed: [FrameRegion]?

  /// What `frame` was drawn from, apart from the readout.
  private struct Inputs: Equatable {
    var state: SessionState
    var width: Int
    var height: Int
    var notice: String?
    var week: WeekTally?
  }

  private var drawnFrom: Inputs?
  /// What the moving parts of `frame` show and where, when a wake may redraw them alone.
  private var drawn: RunningScreen.Drawn?

  /// A screen that has drawn nothing yet.
  public init() {}

  /// Brings `frame` to `state` as `readout` shows it, at this size (see
  /// `SessionScreen.render`): the moving parts alone when nothing else changed.
  public mutating func update(
    _ state: SessionState, readout: Readout, width: Int, height: Int, notice: String? = nil,
    week: WeekTally? = nil
  ) {
    var still = state
    still.now = .zero
    still.journaledAt = nil
    // What has been cued aloud is the reducer's, never drawn: a breath's cue must not
    // make its wake a whole render.
    still.remindersCued = 0
    still.breathCued = 0
    still.repPartCued = 0
    still.countdownCued = nil
    still.halfwayCued = false
    // Paced reps count on as time passes; the readout carries the count the screen shows.
    still.repsDone = 0
    // Compared field by field, the session last: no second copy of it at every wake.
    let unchanged =
      drawnFrom.map {
        $0.width == width && $0.height == height && $0.notice == notice
          && $0.week == week && $0.state == still
      } ?? false
    let scene = SessionScene(
      layout: Layout(width: width, height: height), state: state, readout: readout,
      notice: notice, week: week)
    if let drawn, let item = state.item, unchanged {
      // The only reference to the cells is taken, so they change in place; the regions'
      // storage is reused from wake to wake.
      var cells = frame
      frame = Frame(width: 0, height: 0)
      var regions = changed ?? []
      changed = nil
      let redrawn = RunningScreen.redraw(
        scene, item, last: drawn, into: &cells, regions: &regions)
      frame = cells
      if let redrawn {
        changed = regions
        self.drawn = redrawn
        return
      }
    }
    var whole = Frame(width: width, height: height)
    drawn = SessionScreen.draw(scene, into: &whole)
    frame = whole
    changed = nil
    drawnFrom = Inputs(
      state: still, width: width, height: height, notice: notice, week: week)
  }
}
