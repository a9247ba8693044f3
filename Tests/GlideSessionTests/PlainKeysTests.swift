import GlideCore
import Testing

@testable import GlideSession

/// Plain mode's keys: raw from a terminal, by lines from a pipe.
@Suite struct PlainKeysTests {
  @Test func aTerminalsBytesAreKeysAsTheFullScreenReadsThem() {
    var keys = PlainKeys(lines: false)
    let bytes: [UInt8] = [0x20, 0x71, 0x1B, 0x5B, 0x43, 13, 3, 26, 127] + Array("é".utf8)
    #expect(
      keys.keys(from: bytes) == [
        .character(" "), .character("q"), .right, .enter, .interrupt, .suspend, .backspace,
        .character("é"),
      ])
  }

  @Test func aCharacterSplitAcrossReadsWaitsForItsRest() {
    var keys = PlainKeys(lines: false)
    let bytes = Array("é".utf8)
    #expect(keys.keys(from: bytes.prefix(1)) == [])
    #expect(keys.keys(from: bytes.dropFirst()) == [.character("é")])
  }

  @Test func aPipesLinesAreTheirCharactersAndAnEmptyLineIsEnter() {
    var keys = PlainKeys(lines: true)
    #expect(keys.keys(from: Array(" \n".utf8)) == [.character(" ")])
    #expect(keys.keys(from: Array("\nq".utf8)) == [.enter], "a line not ended waits")
    #expect(keys.keys(from: Array("y\r\n".utf8)) == [.character("q"), .character("y")])
  }
}
