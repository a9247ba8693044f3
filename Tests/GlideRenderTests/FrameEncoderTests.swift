import Testing

@testable import GlideRender

private let codes = TerminalCodes.ansi(colors: [.accent: 6, .dim: 244])
private let esc = "\u{1B}"

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

@Suite struct FrameEncoderTests {
  @Test func firstFrameClearsAndSkipsBlanks() {
    var frame = Frame(width: 10, height: 3)
    frame.put("ab", row: 1, column: 2, Style(.accent, bold: true))
    var encoder = FrameEncoder()
    #expect(
      text(encoder.encode(frame, codes: codes))
        == "\(esc)[H\(esc)[2J\(esc)[2;3H\(esc)[0;1;36mab\(esc)[0m")
  }

  @Test func unchangedFrameSendsNothing() {
    var frame = Frame(width: 10, height: 3)
    frame.put("ab", row: 1, column: 2)
    var encoder = FrameEncoder()
    _ = encoder.encode(frame, codes: codes)
    #expect(encoder.encode(frame, codes: codes).isEmpty)
  }

  @Test func onlyChangedCellsAreSent() {
    var frame = Frame(width: 10, height: 3)
    frame.put("0:45", row: 0, column: 0)
    frame.put("left", row: 2, column: 0, Style(.dim))
    var encoder = FrameEncoder()
    _ = encoder.encode(frame, codes: codes)
    frame.put("0:44", row: 0, column: 0)
    #expect(text(encoder.encode(frame, codes: codes)) == "\(esc)[1;4H\(esc)[0m4\(esc)[0m")
    // Two runs on one row: one move each, the style once.
    frame.put("1:34", row: 0, column: 0)
    #expect(
      text(encoder.encode(frame, codes: codes))
        == "\(esc)[1;1H\(esc)[0m1\(esc)[1;3H3\(esc)[0m")
  }

  @Test func aResizeOrInvalidateRepaintsWhole() {
    var frame = Frame(width: 4, height: 2)
    frame.put("ab", row: 0, column: 0)
    var encoder = FrameEncoder()
    _ = encoder.encode(frame, codes: codes)
    encoder.invalidate()
    #expect(text(encoder.encode(frame, codes: codes)) == "\(esc)[H\(esc)[2J\(esc)[0mab\(esc)[0m")
    var wider = Frame(width: 5, height: 2)
    wider.put("ab", row: 0, column: 0)
    #expect(text(encoder.encode(wider, codes: codes)).hasPrefix("\(esc)[H\(esc)[2J"))
  }

  @Test func monochromeDrawsDimAsDimAndNoColours() {
    var frame = Frame(width: 3, height: 1)
    frame.put("x", row: 0, column: 0, Style(.dim))
    frame.put("y", row: 0, column: 1, Style(.accent, reverse: true))
    var encoder = FrameEncoder()
    #expect(
      text(encoder.encode(frame, codes: .ansi(colors: [:])))
        == "\(esc)[H\(esc)[2J\(esc)[0;2mx\(esc)[0;7my\(esc)[0m")
  }

  @Test func asciiTerminalsGetStandIns() {
    var frame = Frame(width: 3, height: 1)
    frame.put("█░", row: 0, column: 0)
    var encoder = FrameEncoder()
    #expect(
      text(encoder.encode(frame, codes: .ansi(colors: [:], unicode: false)))
        == "\(esc)[H\(esc)[2J\(esc)[0m#.\(esc)[0m")
  }

  @Test func theLastCellIsLeftAloneWhereItWouldScroll() {
    var frame = Frame(width: 2, height: 1)
    frame.put("ab", row: 0, column: 0)
    var scrolling = codes
    scrolling.scrollsAtLastCell = true
    var encoder = FrameEncoder()
    #expect(!text(encoder.encode(frame, codes: scrolling)).contains("b"))
  }

  @Test func customCursorMovesAreUsed() {
    var frame = Frame(width: 3, height: 2)
    frame.put("z", row: 1, column: 2)
    var custom = codes
    custom.move = .custom { row, column in Array("<\(row),\(column)>".utf8) }
    var encoder = FrameEncoder()
    #expect(text(encoder.encode(frame, codes: custom)).contains("<1,2>\(esc)[0mz"))
  }
}

@Suite struct FrameEncoderGapTests {
  @Test func shortGapsOfSpacesAreWrittenNotJumped() {
    var frame = Frame(width: 20, height: 1)
    frame.put("0:09 left", row: 0, column: 0)
    frame.put("x", row: 0, column: 15)
    var encoder = FrameEncoder()
    #expect(
      text(encoder.encode(frame, codes: codes))
        == "\(esc)[H\(esc)[2J\(esc)[0m0:09 left\(esc)[1;16Hx\(esc)[0m")
  }

  @Test func reverseSpacesAreNeverStandIns() {
    var frame = Frame(width: 6, height: 1)
    frame.put("a", row: 0, column: 0, Style(.text, reverse: true))
    frame.put("b", row: 0, column: 2, Style(.text, reverse: true))
    var encoder = FrameEncoder()
    #expect(text(encoder.encode(frame, codes: codes)).contains("a\(esc)[1;3Hb"))
  }
}
