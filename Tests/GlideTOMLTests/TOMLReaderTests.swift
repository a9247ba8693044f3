import GlideTOML
import Testing

@Suite struct TOMLReaderTests {
  @Test func keysAndValuesCarryTheirLineAndColumn() throws {
    let table = try TOMLTable.parse(
      """
      name = "Calves"
      [[steps]]
        technique = 'roll' # comment
      "quoted key".inner = 1979-05-27 07:32:00Z
      [[steps]]
      "é" = [1, { a = 2 }]
      """)
    #expect(table.keys == ["name", "steps"])
    #expect(table.keyPosition("name") == TOMLPosition(line: 1, column: 1))
    #expect(table["name"]?.position == TOMLPosition(line: 1, column: 8))
    let steps = try #require(table["steps"]?.array)
    #expect(steps.count == 2)
    #expect(table.keyPosition("steps") == TOMLPosition(line: 2, column: 3))
    let first = try #require(steps[0].table)
    #expect(first.position == TOMLPosition(line: 2, column: 1))
    #expect(first.keyPosition("technique") == TOMLPosition(line: 3, column: 3))
    #expect(first["technique"]?.position == TOMLPosition(line: 3, column: 15))
    #expect(first["technique"]?.string == "roll")
    let quoted = try #require(first["quoted key"]?.table)
    #expect(quoted.keyPosition("inner") == TOMLPosition(line: 4, column: 14))
    #expect(quoted["inner"]?.dateTime?.description == "1979-05-27T07:32:00Z")
    let second = try #require(steps[1].table)
    let list = try #require(second["é"]?.array)
    #expect(second["é"]?.position == TOMLPosition(line: 6, column: 7), "é is one column")
    #expect(list[1].position == TOMLPosition(line: 6, column: 11))
    #expect(list[1].table?["a"]?.int == 2)
  }

  @Test func valuesOfEveryKind() throws {
    let table = try TOMLTable.parse(
      #"""
      a = 0xDEAD_beef
      b = 0o17
      c = 0b101
      d = -9_223_372_036_854_775_808
      e = 6.02e+23
      f = -inf
      g = nan
      h = """
      one \
        two"""
      i = '''x''y'''''
      j = "\u00e9\U0001F600\t"
      k = 07:32:00.999999999999
      l = 2024-02-29
      m = 1979-05-27T00:32:00.5-07:00
      """#)
    #expect(table["a"]?.int == 0xDEAD_BEEF)
    #expect(table["b"]?.int == 15)
    #expect(table["c"]?.int == 5)
    #expect(table["d"]?.int == .min)
    #expect(table["e"]?.double == 6.02e23)
    #expect(table["f"]?.double == -.infinity)
    #expect(table["g"]?.double?.isNaN == true)
    #expect(table["h"]?.string == "one two")
    #expect(table["i"]?.string == "x''y''")
    #expect(table["j"]?.string == "é😀\t")
    #expect(table["k"]?.dateTime?.time?.nanosecond == 999_999_999)
    #expect(table["k"]?.typeName == "time-local")
    #expect(table["l"]?.typeName == "date-local")
    #expect(table["m"]?.dateTime?.offsetMinutes == -420)
  }

  /// Each bad document with the exact place and message it gets.
  @Test(arguments: [
    ("a = 1\na = 2", "2:1: duplicate key 'a' (first at 1:1)"),
    ("[t]\n[t]", "2:2: table [t] is defined twice (first at 1:1)"),
    ("[[]]", "1:3: a table header needs a key, found ']'"),
    ("[#", "1:2: a table header needs a key, found '#'"),
    ("[[steps]\nx=1", "1:9: expected ']]' to close the table header, found a new line"),
    ("a = \"x\u{0}y\"", "1:7: a NUL byte (U+0000); TOML text may not hold one anywhere"),
    ("# é\u{0}", "1:4: a NUL byte (U+0000); TOML text may not hold one anywhere"),
    ("a = 1\r", "1:6: a carriage return (U+000D) not followed by a line feed"),
    ("a = \"abc\nb = 1", "1:5: the string opened here is not closed before the end of its line"),
    ("a = \"\u{7}\"", "1:6: the control character U+0007 is not allowed in a string; escape it"),
    (
      "a = 99999999999999999999",
      "1:5: '99999999999999999999' is not a number: it does not fit in 64 bits"
    ),
    ("a = 012", "1:5: '012' is not a number: leading zeros are not allowed"),
    ("a = 2023-02-29", "1:5: '2023-02-29' is not a valid date or time (RFC 3339)"),
    (
      "a = {b = 1}\na.c = 2",
      "2:1: 'a' is already an inline table (1:5); a dotted key cannot add to it"
    ),
    ("a = [1 2]", "1:8: expected ',' or ']' in the array, found '2'"),
    (
      "a = \"\\e\"",
      "1:6: a backslash followed by 'e' is not an escape; use \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX or \\UXXXXXXXX"
    ),
    ("a = 1 b = 2", "1:7: expected the end of the line after a value, found 'b'"),
    ("a = True", "1:5: expected a value, found 'T' (text goes in quotes: \"...\")"),
  ])
  func badDocumentsGetOneMessageWithLineAndColumn(_ text: String, _ expected: String) {
    #expect(throws: TOMLError.self) { try TOMLTable.parse(text) }
    do {
      _ = try TOMLTable.parse(text)
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test func invalidUTF8IsAnEncodingErrorAtItsByte() {
    do {
      _ = try TOMLTable.parse([0x61, 0x3D, 0x22, 0xC3, 0x22, 0x0A] as [UInt8])
      Issue.record("accepted invalid UTF-8")
    } catch {
      #expect(error.kind == .encoding)
      #expect(error.description == "1:4: the text is not valid UTF-8 (byte 0xC3)")
    }
  }

  @Test func nestingIsBoundedWithoutRecursingDeeper() {
    let deep = "a = " + String(repeating: "[", count: 100_000)
    #expect(throws: TOMLError.self) { try TOMLTable.parse(deep) }
    let inline = "a = " + String(repeating: "{b=", count: 100_000)
    #expect(throws: TOMLError.self) { try TOMLTable.parse(inline) }
    let dotted = String(repeating: "a.", count: 100_000) + "b = 1"
    #expect(throws: TOMLError.self) { try TOMLTable.parse(dotted) }
    let header = "[" + String(repeating: "a.", count: 100_000) + "b]"
    #expect(throws: TOMLError.self) { try TOMLTable.parse(header) }
    let fine = "a = " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect((try? TOMLTable.parse(fine)) != nil)
  }

  @Test func aByteOrderMarkIsSkippedAndNotCounted() throws {
    let table = try TOMLTable.parse([0xEF, 0xBB, 0xBF] + Array("a = 1".utf8))
    #expect(table.keyPosition("a") == TOMLPosition(line: 1, column: 1))
  }

  @Test func taggedJSONWritesToml_testsForm() throws {
    let table = try TOMLTable.parse("a = [1, 1.5, \"q\\\"\", true]\n[b]\nc = 2024-01-02")
    #expect(
      TaggedJSON.encode(table)
        == #"{"a":[{"type":"integer","value":"1"},{"type":"float","value":"1.5"},"#
        + #"{"type":"string","value":"q\""},{"type":"bool","value":"true"}],"#
        + #""b":{"c":{"type":"date-local","value":"2024-01-02"}}}"#)
  }
}
