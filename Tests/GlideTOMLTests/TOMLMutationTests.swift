import GlideTOML
import PropertyBased
import Testing

/// Documents using every part of the language, for mutation.
private let seeds: [[UInt8]] = [
  #"""
  # A document with every kind of value.
  title = "TOML \"example\" \u00e9"
  literal = 'C:\path'
  multi = """
  Roses are red\
    Violets are blue"""
  raw = '''
  first line
  '''
  hex = 0xdead_BEEF
  oct = 0o755
  bin = 0b1101
  float = -3.14e-2
  specials = [inf, -inf, nan, +nan]
  odt = 1979-05-27T07:32:00.999-07:00
  ldt = 1979-05-27 07:32:00
  ld = 1979-05-27
  lt = 07:32:00
  "quoted key" = true
  dotted.key.here = false
  inline = { x = 1, y.z = [1, 2, { w = "v" }] }
  nested = [[1, 2], ["a", 'b'], [ [ ] ]]

  [table.sub]
  key = 1

  [[array]]
  name = "one"
  [array.child]
  value = 2
  [[array]]
  name = "two"
  """#,
  "name = \"Desk\"\n[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\nduration = \"90s\"\n",
].map { Array($0.utf8) }

@Suite struct TOMLMutationTests {
  /// Random byte edits never crash the reader; a rejection always names a place inside
  /// the document.
  @Test func mutatedDocumentsNeverCrash() async {
    let pieces: [[UInt8]] =
      [
        "\"", "'", "\"\"\"", "=", "[", "]", "[[", "]]", "{", "}", ",", ".", "\n", "\r", "#", "\\",
        "\\u", "0x", "e", "-", "+", ":", "T", "Z", " ", "\u{0}", "\u{7f}", "é",
      ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80]]
    let edits = Gen.int(in: 0...1_000_000).array(of: 1...10)
    await propertyCheck(count: 2000, input: Gen.int(in: 0...(seeds.count - 1)), edits) {
      which, edits in
      var bytes = seeds[which]
      for edit in edits {
        guard !bytes.isEmpty else { break }
        let position = edit % bytes.count
        switch edit % 5 {
        case 0: bytes.remove(at: position)
        case 1: bytes.insert(contentsOf: pieces[edit / 7 % pieces.count], at: position)
        case 2: bytes[position] = UInt8(truncatingIfNeeded: edit / 5)
        case 3:
          let end = min(bytes.count, position + edit / 13 % 40)
          bytes.removeSubrange(position..<end)
        default:
          let end = min(bytes.count, position + edit / 11 % 30)
          bytes.insert(contentsOf: bytes[position..<end], at: position)
        }
      }
      do {
        _ = try TOMLTable.parse(bytes)
      } catch let error as TOMLError {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        #expect(error.position.line >= 1 && error.position.line <= lines)
        #expect(error.position.column >= 1)
        #expect(!error.message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
      } catch {
        Issue.record("not a TOMLError: \(error)")
      }
    }
  }
}
