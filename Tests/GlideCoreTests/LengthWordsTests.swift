import GlideCore
import Testing

/// The one way lengths and counts are written in sentences and said by the voice.
@Suite struct LengthWordsTests {
  @Test(arguments: [
    (1.0, "1 second"), (45, "45 seconds"), (60, "1 minute"), (90, "90 seconds"),
    (120, "2 minutes"), (150, "2 minutes 30 seconds"), (3600, "1 hour"),
    (3725, "1 hour 2 minutes 5 seconds"), (7260, "2 hours 1 minute"), (0, "0 seconds"),
  ])
  func lengthsInWords(seconds: Double, words: String) {
    #expect(TimeSpan.seconds(seconds).words == words)
  }

  @Test func aTimeShownIsAClockFaceAndAFileLengthStaysInFiles() {
    #expect(TimeSpan.seconds(185).clockFace == "3:05")
    #expect(TimeSpan.seconds(36000).clockFace == "10:00:00")
    #expect(TimeSpan.seconds(185).fileText == "3m5s")
  }

  @Test func countsAgreeWithTheirNoun() {
    #expect(1.counted("minute") == "1 minute")
    #expect(2.counted("minute") == "2 minutes")
    #expect(0.counted("rep") == "0 reps")
  }
}
