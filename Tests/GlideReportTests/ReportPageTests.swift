import Foundation
import GlideCore
import GlideLog
import Testing

@testable import GlideReport

/// A page over a few weeks of sessions with check-ins, a program and notes.
func samplePage(area: String = "calves") throws -> String {
  var records: [SessionRecord] = []
  for week in 0..<30 {
    for day in [0, 2, 4].prefix(week % 4 == 3 ? 1 : 3) {
      let offset = Int64(week * 7 + day)
      records.append(
        session(
          day: monday - 210 + offset, area: week % 2 == 0 ? area : "hamstrings",
          before: 3 + week / 10, after: 5 + week / 8, reach: (8 + Double(week) / 10, 9.5)))
    }
  }
  let result = try figures(records, first: monday - 364, last: monday)
  let program = ProgramAdherence(
    id: "legs", name: "Runner's legs", week: 3, weeks: 6,
    perWeek: [.init(number: 1, done: 3, planned: 3), .init(number: 2, done: 2, planned: 3)],
    isBehind: true)
  return ReportPage(
    figures: result, streak: 4, notes: ["calves rolled 3 days running: add reps"],
    program: program, areas: [], made: CivilDate(daysSinceEpoch: monday)
  ).html
}

/// Runs `tool` with `arguments` and the page on its standard input; the status and what
/// it wrote.
func check(_ tool: String, _ arguments: [String], page: String) throws -> (Int32, String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: tool)
  process.arguments = arguments
  let input = Pipe()
  let output = Pipe()
  process.standardInput = input
  process.standardOutput = output
  process.standardError = output
  try process.run()
  input.fileHandleForWriting.write(Data(page.utf8))
  try input.fileHandleForWriting.close()
  let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  return (process.terminationStatus, text)
}

/// Python's own HTML parser, strict about nesting: every element closed in order, no
/// script, nothing fetched, each chart titled and described, each table captioned.
let htmlCheck = #"""
  import sys
  from html.parser import HTMLParser
  VOID = {"meta", "br", "img", "link", "hr", "input"}
  class Check(HTMLParser):
      def __init__(self):
          super().__init__(convert_charrefs=True)
          self.stack, self.errors, self.svgs, self.tables, self.ids = [], [], 0, 0, set()
          self.first_in_svg = None
      def handle_starttag(self, tag, attrs):
          attrs = dict(attrs)
          if "id" in attrs:
              if attrs["id"] in self.ids: self.errors.append("duplicate id " + attrs["id"])
              self.ids.add(attrs["id"])
          for name, value in attrs.items():
              if name.startswith("on") or (value or "").startswith(("http:", "https:", "//")) and name != "xmlns":
                  self.errors.append(f"{tag} {name}={value}")
          if tag in ("script", "iframe", "object", "embed", "link", "img"):
              self.errors.append("external or active element " + tag)
          if tag == "svg":
              self.svgs += 1
              self.first_in_svg = []
          elif self.first_in_svg is not None and len(self.first_in_svg) < 2:
              self.first_in_svg.append(tag)
              if len(self.first_in_svg) == 2 and self.first_in_svg != ["title", "desc"]:
                  self.errors.append("svg starts with " + str(self.first_in_svg))
          if tag == "table": self.tables += 1
          if tag == "caption" and self.stack[-1:] != ["table"]: self.errors.append("stray caption")
          if tag not in VOID: self.stack.append(tag)
      def handle_startendtag(self, tag, attrs):
          if tag not in VOID and "svg" not in self.stack: self.errors.append("self-closed " + tag)
      def handle_endtag(self, tag):
          if not self.stack or self.stack[-1] != tag:
              self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
          else:
              self.stack.pop()
              if tag == "svg": self.first_in_svg = None
  page = sys.stdin.read()
  check = Check()
  check.feed(page)
  check.close()
  if check.stack: check.errors.append("unclosed " + str(check.stack))
  if not page.startswith("<!DOCTYPE html>"): check.errors.append("no doctype")
  print(f"{check.svgs} svg, {check.tables} tables")
  for error in check.errors: print(error)
  sys.exit(1 if check.errors else 0)
  """#

@Suite struct ReportPageTests {
  @Test func thePageParsesStrictlyWithEveryChartTitledAndTabled() throws {
    let page = try samplePage()
    let (status, said) = try check("/usr/bin/python3", ["-c", htmlCheck], page: page)
    #expect(status == 0, "\(said)")
    // Calendar, areas, two check-ins (calves and hamstrings), the range test, program.
    #expect(said.hasPrefix("6 svg, 6 tables"), "\(said)")
    for id in ["calendar", "areas", "checkin1", "checkin2", "checkin3", "program"] {
      #expect(page.contains("aria-labelledby=\"\(id)-title \(id)-desc\""), "\(id)")
      #expect(page.contains("<table id=\"\(id)-table\">"), "\(id)")
      #expect(page.contains("href=\"#\(id)-table\""), "\(id)")
    }
    // The areas' table says time on the clock face every command uses, not decimals.
    let areas = try #require(
      page.range(of: "<table id=\"areas-table\">").flatMap { start in
        page[start.lowerBound...].range(of: "</table>").map {
          page[start.lowerBound..<$0.upperBound]
        }
      })
    #expect(areas.contains("Time per area per month"))
    #expect(areas.firstMatch(of: /<td>\d+\.\d+<\/td>/) == nil, "\(areas)")
    #expect(areas.firstMatch(of: /<td>\d+:\d\d<\/td>/) != nil, "\(areas)")
  }

  @Test(
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"),
      "xmllint is not installed here (apt-get install libxml2-utils); CI installs it"))
  func thePageIsWellFormedForAnXMLParserToo() throws {
    let (status, said) = try check("/usr/bin/xmllint", ["--noout", "-"], page: try samplePage())
    #expect(status == 0, "\(said)")
  }

  @Test func namesFromTheLogAreShownAsTextNeverAsMarkup() throws {
    let page = try samplePage(area: "<script>alert('x')</script>\u{1B}[2J & co")
    #expect(!page.contains("<script"))
    #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\\u001b[2J &amp; co"))
    let (status, said) = try check("/usr/bin/python3", ["-c", htmlCheck], page: page)
    #expect(status == 0, "\(said)")
  }

  @Test func thePageIsPrintableAndSelfContained() throws {
    let page = try samplePage()
    #expect(page.contains("@media print"))
    #expect(page.contains("@page"))
    #expect(page.contains(".numbers{break-before:page}"))
    #expect(!page.contains("<script"))
    #expect(!page.contains("url("))
    let fetched = page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
    #expect(!fetched.contains("http"), "nothing is fetched from the network")
  }

  @Test func theStreakNotesProgramAndUnitsAreSaid() throws {
    let page = try samplePage()
    #expect(page.contains("4 weeks in a row with 2 or more sessions"))
    #expect(page.contains("<li>calves rolled 3 days running: add reps</li>"))
    #expect(page.contains("Runner&#39;s legs: 1 of 2 weeks so far had every planned session done."))
    #expect(page.contains("knee to wall (cm), in cm, per month"))
    #expect(page.contains("calves, rated 0 (stiff) to 10 (free), per month"))
    #expect(page.contains("<title>Week 2: 2 of 3 sessions done</title>"))
  }
}

/// A check-in chart's words: a side never rated is said to be missing, never averaged as 0.
@Suite struct CheckInChartWordsTests {
  @Test func aSideNeverRatedIsNotAveragedAsZero() {
    #expect(CheckInChart.averages(3, 7) == "before averaged 3 and after 7")
    #expect(CheckInChart.averages(nil, 9) == "after only, averaged 9")
    #expect(CheckInChart.averages(4, nil) == "before only, averaged 4")
    #expect(CheckInChart.mean([nil, nil]) == nil)
    #expect(CheckInChart.mean([nil, 4, 6]) == 5)
  }
}
