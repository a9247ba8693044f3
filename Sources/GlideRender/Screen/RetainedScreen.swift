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
/// journal write), which the screen never shows (a test holds it to that).
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
    var weekCount: Int?
  }

  private var drawnFrom: Inputs?
  /// Where the moving parts of `frame` are, when a tick may redraw them alone.
  private var ticking: Painter.Ticking?

  /// A screen that has drawn nothing yet.
  public init() {}

  /// Brings `frame` to `state` as `readout` shows it, at this size (see
  /// `SessionScreen.render`): the moving parts alone when nothing else changed.
  public mutating func update(
    _ state: SessionState, readout: Readout, width: Int, height: Int, notice: String? = nil,
    weekCount: Int? = nil
  ) {
    var still = state
    still.now = .zero
    still.journaledAt = nil
    let inputs = Inputs(
      state: still, width: width, height: height, notice: notice, weekCount: weekCount)
    if let ticking, inputs == drawnFrom {
      // The painter takes the only reference to the cells, so they change in place.
      var painter = Painter(
        frame: frame, layout: Layout(width: width, height: height), state: state,
        readout: readout, notice: notice, weekCount: weekCount)
      frame = Frame(width: 0, height: 0)
      // The regions' storage is reused from tick to tick.
      var regions = changed ?? []
      changed = nil
      let ticked = painter.tick(ticking, into: &regions)
      frame = painter.frame
      if ticked {
        changed = regions
        self.ticking = painter.ticking
        return
      }
    }
    let layout = Layout(width: width, height: height)
    var painter = Painter(
      frame: Frame(width: width, height: height), layout: layout, state: state,
      readout: readout, notice: notice, weekCount: weekCount)
    painter.paint()
    frame = painter.frame
    changed = nil
    ticking = painter.ticking
    drawnFrom = inputs
  }
}
