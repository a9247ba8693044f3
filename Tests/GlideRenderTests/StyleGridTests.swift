import Testing

@testable import GlideRender

@Suite struct StyleGridTests {
  private func grid(_ style: Style) -> String {
    var frame = Frame(width: 4, height: 1)
    frame.put("ab", row: 0, column: 1, style)
    var grid = StyleGrid()
    grid.add(frame, heading: "=== 4x1")
    return grid.text
  }

  @Test func aColourBoldOrReverseChangeChangesTheGrid() {
    let plain = grid(Style(.roll))
    #expect(plain == "a roll\n=== 4x1\n aa\n")
    #expect(grid(Style(.hold)) != plain)
    #expect(grid(Style(.roll, bold: true)) != plain)
    #expect(grid(Style(.roll, reverse: true)) != plain)
  }
}
