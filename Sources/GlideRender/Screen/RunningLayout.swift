import GlideCore

/// Where each part of a step's screen goes in the medium and full layouts, worked out
/// once for a step at a size: the header, the cue, the big digits, the word and the pacer
/// under them, the progress rows, "Next", the notice and the keys.
///
/// Stacked from the top like a column of constraints: the header's two rows, the cue's
/// wrapped lines, then the digits, word and pacer sharing what is left with the rows kept
/// at the bottom; every widget then draws inside its own rectangle.
struct RunningLayout: Equatable {
  /// The routine's name and the step's heading.
  var header: Rect
  /// The cue's lines, wrapped to their rectangle.
  var cue: Rect
  var cueLines: [String]
  /// Whether the cue is the warning to ease off.
  var cueWarns: Bool
  /// The big digits' rows, the whole width, and how tall their pixel rows are.
  var digits: Rect
  var digitRows: BigRows
  /// The big word or the lines under the digits (full layout).
  var phase: Rect?
  var phaseScale: Int
  /// The breath pacer or beat marker (full layout).
  var pacer: Rect?
  /// The one row under the digits (medium layout).
  var wordRow: Rect?
  /// The step and session bars.
  var progress: Rect
  /// "Next: ..."
  var next: Rect
  /// The notice, the side rating, or the warning to ease off.
  var notice: Rect
  /// The keys that work.
  var keys: Rect

  /// Whether the moving parts sit clear of the rows kept at the bottom, so each can be
  /// redrawn alone.
  var movesApart: Bool { progress.row + 1 < notice.row }

  /// The blank rows kept under the digits, the word and the pacer (1 or 0 each).
  struct Gaps {
    var digits: Int
    var phase: Int
    var pacer: Int
  }

  init(_ scene: SessionScene, item: PlanItem) {
    let width = scene.width
    let height = scene.height
    let full = scene.layout.tier == .full
    header = Rect(row: 0, column: 1, width: width - 2, height: 2)
    notice = Rect(row: height - 2, column: 1, width: width - 2, height: 1)
    keys = Rect(row: height - 1, column: 1, width: width - 2, height: 1)
    var gaps = Gaps(digits: 1, phase: 0, pacer: 0)
    var row: Int
    if full {
      cueWarns = scene.isFlagged
      let words = cueWarns ? SessionScene.easeOff : scene.cueLine(item)
      gaps = Self.closeGaps(scene, item, for: words)
      let room = Self.cueRoom(scene, item, gaps: gaps)
      let lines = Self.cueLines(words, width: width - 2, room: room)
      cueLines = lines ?? []
      row = lines.map { 2 + $0.count + ($0.count < room ? 1 : 0) } ?? 4
    } else {
      cueWarns = false
      // The rows the medium layout does not use hold the cue, above the digits: those
      // past its 13 (header 2, digits 5, the word row, the bars 2, "Next", the notice,
      // the keys), and the word row when it has nothing to say.
      let room = max(0, height - 13) + (scene.usesWordRow(item) ? 0 : 1)
      let lines = Self.cueLines(scene.cueLine(item), width: width - 2, room: room)
      cueLines = lines ?? []
      row = lines.map { 2 + $0.count + ($0.count < room ? 1 : 0) } ?? 2
    }
    cue = Rect(row: 2, column: 1, width: width - 2, height: cueLines.count)
    var scales = Self.mediumScales(scene, item, top: row)
    if full { (gaps, scales) = Self.fullScales(scene, item, top: row, gaps: gaps) }
    // The rows the scales leave over lengthen the digits' upright strokes, two at a time
    // so they stay even; one left over stays under "Next".
    let extra = scales.spare - scales.spare % 2
    digitRows = BigRows(sy: scales.digits, extra: extra)
    digits = Rect(row: row, column: 0, width: width, height: digitRows.total)
    row += digitRows.total + (full ? gaps.digits : 0)
    phaseScale = scales.phase
    if full, scene.hasPhase(item) {
      let rows = Self.phaseRows(scene, item, scale: scales.phase)
      phase = Rect(row: row, column: 0, width: width, height: rows)
      row += rows + gaps.phase
    }
    if full, scene.hasPacer {
      pacer = Rect(row: row, column: 0, width: width, height: scales.phase)
      row += scales.phase + gaps.pacer
    }
    if !full, scene.usesWordRow(item) {
      wordRow = Rect(row: row, column: 0, width: width, height: 1)
      row += 1
    }
    progress = Rect(row: row, column: 0, width: width, height: 2)
    next = Rect(row: row + 2, column: 1, width: width - 2, height: 1)
  }

  /// The digits' scale in the medium layout, where nothing else grows: the rows between
  /// the cue and the word row, the bars, "Next", the notice and the keys.
  static func mediumScales(_ scene: SessionScene, _ item: PlanItem, top: Int) -> (
    digits: Int, phase: Int, spare: Int
  ) {
    let free = scene.height - top - (scene.usesWordRow(item) ? 1 : 0) - 3 - 2
    let digits = max(1, free / BigFont.rows)
    return (digits, 1, max(0, free - digits * BigFont.rows))
  }

  /// `words` wrapped onto at most `room` lines; none without words or room.
  static func cueLines(_ words: String?, width: Int, room: Int) -> [String]? {
    guard let words, room > 0 else { return nil }
    let request = WrapRequest(text: words, width: width, maxLines: room)
    return wrapped.value(for: request) { $0.text.wrapped($0.width, maxLines: $0.maxLines) }
  }

  /// The cue wrapped, and how many rows it needs: the same words at every wake of a step.
  private static let wrapped = LastResult<WrapRequest, [String]>()
  private static let lineCounts = LastResult<WrapRequest, Int>()

  /// Rows the cue may take in the full layout: those the screen holds besides the
  /// digits at their smallest, everything else and `gaps`; the gap above the digits
  /// included. Header 2, digits 5, the bars 2, "Next", the notice and the keys: 12.
  static func cueRoom(_ scene: SessionScene, _ item: PlanItem, gaps: Gaps) -> Int {
    max(1, scene.height - 12 - gaps.digits - reservedBelowDigits(scene, item, gaps: gaps))
  }

  /// The gaps under the digits, closed from the bottom up (under the pacer, under the
  /// word, under the digits) while `words` need more rows than they leave: a cue is read
  /// before the screen is admired.
  static func closeGaps(_ scene: SessionScene, _ item: PlanItem, for words: String?) -> Gaps {
    var gaps = Gaps(
      digits: 1, phase: scene.hasPhase(item) ? 1 : 0, pacer: scene.hasPacer ? 1 : 0)
    guard let words else { return gaps }
    let request = WrapRequest(text: words, width: scene.width - 2)
    let needed = lineCounts.value(for: request) { $0.text.wrapped($0.width).count }
    for gap in [\Gaps.pacer, \Gaps.phase, \Gaps.digits] {
      guard needed > cueRoom(scene, item, gaps: gaps) else { break }
      gaps[keyPath: gap] = 0
    }
    return gaps
  }

  /// Rows the word and pacer under the digits take at their smallest, with `gaps`.
  static func reservedBelowDigits(_ scene: SessionScene, _ item: PlanItem, gaps: Gaps) -> Int {
    (scene.hasPhase(item) ? phaseRows(scene, item, scale: 1) + gaps.phase : 0)
      + (scene.hasPacer ? 1 + gaps.pacer : 0)
  }

  /// Rows the block under the digits takes: the big word grows, text lines do not.
  static func phaseRows(_ scene: SessionScene, _ item: PlanItem, scale: Int) -> Int {
    scene.hasBigWord ? BigFont.rows * scale : textRows(scene, item)
  }

  /// Rows the lines under the digits take when there is no big word: a movement and how
  /// it is paced, the first step and its cue, the side to switch to.
  static func textRows(_ scene: SessionScene, _ item: PlanItem) -> Int {
    if item.technique == .reps { return 3 }
    if item.kind == .leadIn {
      let cue = scene.leadInCue(item)
      return cue.isEmpty ? 1 : 2 + cue.count
    }
    if item.kind == .switchSides { return 1 }
    return 0
  }

  /// The scales and gaps of the full layout from row `top` down: the scales fill the rows
  /// between the cue and the progress rows, and the blank rows under the digits, the word
  /// and the pacer give way, from the bottom up, where that makes the digits a size
  /// bigger: they are read from the floor.
  static func fullScales(_ scene: SessionScene, _ item: PlanItem, top: Int, gaps: Gaps) -> (
    Gaps, (digits: Int, phase: Int, spare: Int)
  ) {
    let scales = fill(scene, item, top: top, gaps: gaps)
    guard scales.spare + gaps.digits + gaps.phase + gaps.pacer >= BigFont.rows else {
      return (gaps, scales)
    }
    var closed = gaps
    for gap in [\Gaps.pacer, \Gaps.phase, \Gaps.digits] where closed[keyPath: gap] > 0 {
      closed[keyPath: gap] = 0
      let closer = fill(scene, item, top: top, gaps: closed)
      if closer.digits > scales.digits { return (closed, closer) }
    }
    return (gaps, scales)
  }

  /// The digits' and the big word's vertical scales in the full tier, so that together
  /// with the pacer they fill the rows between the header and the progress rows: the big
  /// word and the pacer grow as one, the digits take whatever is left; and the rows left
  /// over, fewer than a scale step of the digits.
  static func fill(_ scene: SessionScene, _ item: PlanItem, top: Int, gaps: Gaps) -> (
    digits: Int, phase: Int, spare: Int
  ) {
    // Below the digits: a gap, the step and session bars, "Next", the notice, the keys.
    let free = scene.height - top - gaps.digits - 3 - 2
    let pacer = scene.hasPacer ? 1 : 0
    let word = scene.hasBigWord ? 1 : 0
    let hasPhase = scene.hasPhase(item)
    var phase = 1
    if word + pacer > 0 {
      let fixed =
        (hasPhase ? gaps.phase : 0) + (scene.hasPacer ? gaps.pacer : 0)
        + (hasPhase && word == 0 ? textRows(scene, item) : 0)
      let perScale = BigFont.rows + word * BigFont.rows + pacer
      phase = max(1, (free - fixed) / perScale)
    }
    var used = 0
    if hasPhase { used += phaseRows(scene, item, scale: phase) + gaps.phase }
    if scene.hasPacer { used += phase + gaps.pacer }
    let digits = max(phase, (free - used) / BigFont.rows)
    return (digits, phase, max(0, free - used - digits * BigFont.rows))
  }
}

/// Words to wrap at a width onto at most some lines.
struct WrapRequest: Equatable, Sendable {
  var text: String
  var width: Int
  var maxLines: Int = .max
}
