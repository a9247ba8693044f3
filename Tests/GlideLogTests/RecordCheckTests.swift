import GlideCore
import Testing

@testable import GlideLog

/// `history --json` checks lines without building them: the check says what building
/// them would say, on whole lines and on every kind of damage.
@Suite struct RecordCheckTests {
  /// Lines to damage: a record, one with every optional key, and a ten-step one.
  private var lines: [[UInt8]] {
    var full = sampleRecord(id: "full")
    full.steps[0].pressureFlagged = true
    full.steps[0].freedom = 4
    full.steps[1].breathsTarget = 6
    full.steps[1].breathsDone = 5
    full.steps[1].repsPaced = true
    full.checkIn = CheckIn(areas: ["calves"], before: ["calves": 3], after: ["calves": 2])
    var foreign = sampleRecord(id: "foreign")
    foreign.routineName = "Hüfte → Waden"
    foreign.steps[0].target = "Wade links"
    var long = sampleRecord(id: "long")
    long.steps = Array(repeating: long.steps[0], count: 10)
    return [sampleRecord(), full, long, foreign].map { Array($0.jsonLine.utf8) } + [
      Array(
        #"{"v":2,"id":"f","routine":"x","started_at":"2026-11-17T07:00:00Z","ended_at":"2026-11-17T07:10:00Z","outcome":"completed","active_seconds":1,"steps":[],"new":{"nested":[1,2.5e3,true,null]}}"#
          .utf8),
      Array(
        #"{"v":1,"id":"x","v":"1","routine":"x","started_at":"2026-11-17T07:00:00Z","ended_at":"2026-11-17T07:00:00Z","outcome":"completed","active_seconds":1,"steps":[]}"#
          .utf8),
    ]
  }

  /// Bytes that change a line's meaning most often.
  private let significant = Array(#"{}[],:"0123456789.-e tnfx"#.utf8) + [0x5C, 0xC3, 0x09]

  private func agree(_ line: [UInt8]) -> Bool? {
    let built = SessionRecord(jsonLine: line) != nil
    guard let checked = line.withUnsafeBufferPointer(RecordCheck.isReadable) else { return nil }
    #expect(checked == built, "\(String(decoding: line, as: UTF8.self))")
    return checked == built
  }

  @Test func wholeLinesAreReadable() {
    for line in lines { #expect(agree(line) == true) }
    #expect(agree(lines[5]) == true, "a repeated key: the last counts")
  }

  @Test func theCheckAgreesWithTheParserOnDamagedLines() {
    var generator = SystemRandomNumberGenerator()
    var answered = 0
    var tried = 0
    for line in lines {
      for _ in 0..<3000 {
        var damaged = line
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
          let at = Int.random(in: 0..<damaged.count, using: &generator)
          switch Int.random(in: 0..<4, using: &generator) {
          case 0: damaged.remove(at: at)
          case 1: damaged[at] = significant.randomElement(using: &generator)!
          case 2: damaged.insert(significant.randomElement(using: &generator)!, at: at)
          default:
            // A value swapped for another line's piece: keys of the wrong type.
            let end = min(damaged.count, at + Int.random(in: 1...12, using: &generator))
            damaged.replaceSubrange(at..<end, with: Array(#""x""#.utf8))
          }
        }
        tried += 1
        if agree(damaged) != nil { answered += 1 }
      }
    }
    #expect(answered > tried * 3 / 4, "the check answers most lines itself: \(answered)/\(tried)")
  }
}
