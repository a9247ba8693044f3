import GlideCore
import Testing

@testable import GlideRender

/// Text in cells as a terminal lays it out: wide characters, combining marks, controls.
@Suite struct WideTextTests {
  private func row(_ text: String, width: Int = 10, column: Int = 0) -> Frame {
    var frame = Frame(width: width, height: 1)
    frame.put(text, row: 0, column: column)
    return frame
  }

  @Test func wideCharactersTakeTwoCells() {
    let frame = row("日本語x")
    #expect(frame.cells.map(\.width) == [2, 0, 2, 0, 2, 0, 1, 1, 1, 1])
    #expect(frame.text == "日本語x")
  }

  @Test func textIsCutAtACellNeverMidCharacter() {
    let frame = row("日本語", width: 5)
    #expect(frame.text == "日本")
    #expect(frame.cells[4] == .blank)
  }

  @Test func wideTextCentresOnItsColumns() {
    var frame = Frame(width: 10, height: 1)
    frame.center("日本", row: 0)
    #expect(frame.text == "   日本")
  }

  @Test func combiningMarksJoinTheirBase() {
    let frame = row("Cafe\u{301} ok")
    #expect(frame.text == "Cafe\u{301} ok")
    #expect(frame.cells[3].marks == ["\u{301}"])
    #expect(frame.cells[4] == .blank)
  }

  @Test func thousandsOfMarksAreCappedNotQuestionMarks() {
    let text = "a" + String(repeating: "\u{301}", count: 3000) + "b"
    let frame = row(text)
    #expect(frame.cells[0].character == "a")
    #expect(frame.cells[0].marks.count == Cell.maximumMarks)
    #expect(frame.cells[1].character == "b")
    #expect(!frame.text.contains("?"))
    #expect(text.truncated(5) == text, "marks take no columns")
  }

  @Test func zeroWidthFormatCharactersAreDropped() {
    #expect(row("a\u{200B}b\u{200D}c").text == "abc")
  }

  @Test func controlCharactersNeverReachACell() {
    let frame = row("a\u{1B}[2J\u{9B}b", width: 30)
    #expect(frame.text == "a\\u001b[2J\\u009bb")
    #expect(frame.cells.allSatisfy { !DisplayText.isUnsafe($0.character) })
  }

  @Test func overwritingHalfAWideCharacterLeavesABlank() {
    var frame = row("日本")
    frame.put("x", row: 0, column: 1)
    #expect(frame.text == " x本")
    frame.put("y", row: 0, column: 2)
    #expect(frame.text == " xy")
  }

  @Test func truncationCountsColumns() {
    #expect("日本語テキスト".truncated(7) == "日本語…")
    #expect("日本語テキスト".truncated(8) == "日本語…")
    #expect("abc".truncated(3) == "abc")
    #expect("日本".rightPadded(6) == "日本  ")
  }

  @Test func theEncoderSendsAWideCharacterOnce() {
    var encoder = FrameEncoder()
    let bytes = encoder.encode(row("日x", width: 4), codes: .ansi(colors: [:]))
    #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}[H\u{1B}[2J\u{1B}[0m日x\u{1B}[0m")
  }

  @Test func aLongWideRoutineNameKeepsTheHeaderWhole() {
    let name = String(repeating: "筋膜", count: 95)
    var state = SessionState(
      plan: Plan(
        Routine(
          id: "cjk", name: name, summary: "", phase: .any,
          steps: [Step(.roll, target: "ふくらはぎ", duration: .seconds(60))])))
    _ = reduce(&state, .start(at: .zero))
    for (width, height) in [(80, 24), (40, 12), (20, 5)] {
      let frame = SessionScreen.render(state, at: .zero, width: width, height: height)
      for line in frame.text.split(separator: "\n") {
        #expect(String(line).columns <= width, "\(line) overflows \(width) columns")
      }
      if width == 80 {
        #expect(frame.text.split(separator: "\n")[0].hasSuffix("step 1 of 1"))
        #expect(frame.text.split(separator: "\n")[0].contains("…"))
      }
    }
  }

  @Test func randomTextKeepsTheCellInvariants() {
    let pieces = ["a", "日", "\u{301}", "\u{200D}", "\u{1B}", "é", "😀", " ", "ｗ", "\u{9B}"]
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<12 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(seed >> 33) % pieces.count]
      }
      seed = seed &* 6_364_136_223_846_793_005 &+ 1
      var frame = row("0123456789", width: 9)
      frame.put(text, row: 0, column: Int(seed >> 60) % 9 - 3)
      for (index, cell) in frame.cells.enumerated() {
        #expect(!DisplayText.isUnsafe(cell.character))
        if cell.width == 0 { #expect(index > 0 && frame.cells[index - 1].width == 2) }
        if cell.width == 2 { #expect(index + 1 < 9 && frame.cells[index + 1].width == 0) }
      }
    }
  }
}

@Suite struct DisplayWidthTests {
  @Test func widthsOfCommonScalars() {
    let cases: [(Unicode.Scalar, Int)] = [
      ("a", 1), ("é", 1), ("\u{301}", 0), ("█", 1), ("░", 1), ("…", 1), ("→", 1), ("⌚", 2),
      ("日", 2), ("한", 2), ("ｗ", 2), ("😀", 2), ("\u{200B}", 0), ("\u{FE0F}", 0), ("◽", 2),
    ]
    for (scalar, width) in cases {
      #expect(DisplayWidth.of(scalar) == width, "\(scalar.value)")
    }
  }
}
