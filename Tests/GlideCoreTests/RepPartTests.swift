import GlideCore
import Testing

/// A paced rep's parts are named one way, and never with the word a stopped session shows.
@Suite struct RepPartTests {
  @Test func partsAreOutHoldBackOrOutBack() {
    #expect(RepPart.names(of: 3) == "out, hold, back")
    #expect(RepPart.names(of: 2) == "out, back")
    #expect("\(RepPart.name(nil, of: 1))" == "beat")
  }

  @Test(arguments: [1, 2, 3])
  func noPartIsCalledPause(count: Int) {
    for part in [nil] + (0..<count).map(Optional.some) {
      #expect("\(RepPart.name(part, of: count))" != "pause")
    }
  }
}
