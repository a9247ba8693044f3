import GlideCore
import Testing

/// The clock face a countdown shows, built without a `String`.
@Suite struct ClockFaceTests {
  @Test(
    arguments: [
      (0, "0:00"), (5, "0:05"), (59, "0:59"), (60, "1:00"), (599, "9:59"), (600, "10:00"),
      (3599, "59:59"), (3600, "1:00:00"), (3725, "1:02:05"), (360_000, "100:00:00"), (-3, "0:00"),
    ] as [(Int64, String)])
  func facesReadAsAClock(seconds: Int64, face: String) {
    let clock = ClockFace(seconds: seconds)
    #expect(clock.text == face)
    #expect(clock.count == face.utf8.count)
    #expect((0..<clock.count).map { clock[$0] } == Array(face.utf8))
  }

  @Test func theLongestSpanStillFits() {
    let face = ClockFace(seconds: .max)
    #expect(face.text == "2562047788015215:30:07")
  }

  @Test func timeDoneRoundsToTheNearestSecondWhereACountdownRoundsUp() {
    #expect(TimeSpan.seconds(30.11).durationFace == "0:30")
    #expect(TimeSpan.seconds(30.11).clockFace == "0:31")
    #expect(TimeSpan.seconds(57.5).durationFace == "0:58")
    // To the millisecond first, as the log keeps it: the summary and history agree.
    #expect(TimeSpan(nanoseconds: 117_499_600_000).durationFace == "1:58")
    #expect(TimeSpan(nanoseconds: 117_499_400_000).durationFace == "1:57")
    #expect(TimeSpan.seconds(59.6).durationFace == "1:00")
    #expect(TimeSpan.seconds(-2).durationFace == "0:00")
    #expect(TimeSpan(nanoseconds: .max).durationFace == "2562047:47:17")
  }

  @Test func facesAreEqualByTheirCharacters() {
    #expect(ClockFace(seconds: 61) == ClockFace(seconds: 61))
    #expect(ClockFace(seconds: 61) != ClockFace(seconds: 62))
    #expect(ClockFace(seconds: 600) != ClockFace(seconds: 60))
  }
}
