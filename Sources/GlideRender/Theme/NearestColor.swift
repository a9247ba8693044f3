/// Maps theme colours to the colour numbers a terminal offers.
extension ThemeColor {
  /// The RGB values of the 16 ANSI colours as xterm shows them.
  static let ansiRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
    (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The colour number to use on a terminal with `available` colours, or -1 for the
  /// terminal's default foreground.
  public func index(forTerminalColors available: Int) -> Int {
    switch self {
    case .terminalDefault:
      return -1
    case .ansi(let n):
      return n < available ? n : (n >= 8 ? n - 8 : n)
    case .rgb(let r, let g, let b):
      let (r, g, b) = (Int(r), Int(g), Int(b))
      if available >= 256 { return Self.xterm256(r, g, b) }
      let palette = Self.ansiRGB.prefix(available >= 16 ? 16 : 8)
      return Self.nearest(r, g, b, in: Array(palette))
    }
  }

  static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    return 2 * dr * dr + 4 * dg * dg + 3 * db * db
  }

  static func nearest(_ r: Int, _ g: Int, _ b: Int, in palette: [(Int, Int, Int)]) -> Int {
    palette.indices.min { distance(palette[$0], (r, g, b)) < distance(palette[$1], (r, g, b)) }
      ?? 7
  }

  /// The nearest of xterm's 6x6x6 colour cube and 24-step grey ramp.
  static func xterm256(_ r: Int, _ g: Int, _ b: Int) -> Int {
    let levels = [0, 95, 135, 175, 215, 255]
    func level(_ v: Int) -> Int {
      levels.indices.min { abs(levels[$0] - v) < abs(levels[$1] - v) }!
    }
    let (cr, cg, cb) = (level(r), level(g), level(b))
    let cube = 16 + 36 * cr + 6 * cg + cb
    let cubeRGB = (levels[cr], levels[cg], levels[cb])
    let greyStep = max(0, min(23, ((r + g + b) / 3 - 8 + 5) / 10))
    let greyValue = 8 + 10 * greyStep
    let grey = 232 + greyStep
    return distance((greyValue, greyValue, greyValue), (r, g, b)) < distance(cubeRGB, (r, g, b))
      ? grey : cube
  }
}
