import Testing

@testable import GlideCore

/// "Did you mean": the nearest known word within a few edits, a swap of two neighbouring
/// letters counted as the one slip it is.
@Suite struct NearestKeyTests {
  @Test func aSwapOfNeighboursIsOneEdit() {
    #expect(NearestKey.distance("hodl", "hold") == 1)
    #expect(NearestKey.distance("hodl", "roll") == 2)
    #expect(NearestKey.suggestion(for: "hodl", among: ["roll", "hold", "reps"]) == "hold")
    #expect(NearestKey.suggestion(for: "tehme", among: ["theme", "them"]) == "theme")
  }

  @Test func addedRemovedAndChangedLettersCountAsBefore() {
    #expect(NearestKey.distance("", "abc") == 3)
    #expect(NearestKey.distance("kitten", "sitting") == 3)
    #expect(NearestKey.distance("desk-rest", "desk-reset") == 1)
    #expect(NearestKey.distance("ca", "abc") == 3, "no letter is edited twice")
    #expect(NearestKey.suggestion(for: "zzzzzz", among: ["hold", "roll"]) == nil)
  }

  @Test func theOneWordThatStartsWithItIsNearWhenNoneIsWithinAFewEdits() {
    let programs = ["runners-legs", "desk-back", "plantar-ankle"]
    #expect(NearestKey.suggestion(for: "desk", among: programs) == "desk-back")
    #expect(NearestKey.suggestion(for: "desk", among: ["desk-reset", "desk-back"]) == nil)
    #expect(NearestKey.suggestion(for: "", among: programs) == nil)
  }
}
