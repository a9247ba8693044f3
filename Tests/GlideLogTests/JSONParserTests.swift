import Testing

@testable import GlideLog

/// The parser's fast paths give what the slow ones gave: numbers as `Double(String)` reads
/// them, strings with and without escapes or non-ASCII bytes.
@Suite struct JSONParserTests {
  /// Every plain decimal of up to 15 digits reads as `Double(String)` reads it, exactly.
  @Test func plainDecimalsReadAsTheStandardLibraryReadsThem() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let digits = Int.random(in: 1...15, using: &generator)
      let point = Int.random(in: 0...digits, using: &generator)
      var text = Bool.random(using: &generator) ? "-" : ""
      for index in 0..<digits {
        if index == point, index > 0 { text += "." }
        text += String(Int.random(in: 0...9, using: &generator))
      }
      let parsed = JSONParser.parse(Array(text.utf8))?.number
      #expect(parsed?.bitPattern == Double(text)?.bitPattern, "\(text)")
    }
  }

  /// Forms the fast path leaves to `Double(String)` still read, or are still refused.
  @Test func otherNumberForms() {
    #expect(JSONParser.parse(Array("1e3".utf8)) == .number(1000))
    #expect(JSONParser.parse(Array("0.1234567890123456789".utf8)) == .number(0.1234567890123456789))
    #expect(
      JSONParser.parse(Array("12345678901234567".utf8)) == .number(Double("12345678901234567")!))
    #expect(JSONParser.parse(Array("-".utf8)) == nil)
    #expect(JSONParser.parse(Array("1.".utf8)) == JSONValue.number(1))
    #expect(JSONParser.parse(Array("1e999".utf8)) == nil)
  }

  /// Strings: plain, escaped, non-ASCII, and invalid UTF-8 or raw controls refused.
  @Test func strings() {
    #expect(JSONParser.parse(Array(#""upper back""#.utf8)) == .string("upper back"))
    #expect(JSONParser.parse(Array(#""Hüfte →""#.utf8)) == .string("Hüfte →"))
    #expect(JSONParser.parse(Array(#""a\"b\u00e9\ud83d\ude00""#.utf8)) == .string("a\"bé😀"))
    #expect(JSONParser.parse([0x22, 0xFF, 0x22]) == nil)
    #expect(JSONParser.parse([0x22, 0x09, 0x22]) == nil)
    #expect(
      JSONParser.parse(Array(#"{"a":[true,false,null],"b":"x"}"#.utf8))
        == .object(["a": .array([.bool(true), .bool(false), .null]), "b": .string("x")]))
    #expect(JSONParser.parse(Array("tru".utf8)) == nil)
  }
}
