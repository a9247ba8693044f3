import Foundation
import Testing

/// Every unknown value on the command line is said one way: what, where, the nearest
/// known value when one is near, and what is allowed.
@Suite(.endToEnd) struct UnknownValueEndToEndTests {
  let home = FileManager.default.temporaryDirectory.appendingPathComponent(
    "glide-unknown-\(UUID())"
  ).path

  func glide(_ arguments: String...) -> (status: Int32, out: String, err: String) {
    runProcess(glideBinary, arguments, environment: ["HOME": home, "PATH": "/usr/bin:/bin"])
  }

  /// The first line of what a command said on stderr.
  /// The status and the one line a refused command line gets (nil when it got more).
  func firstLine(_ arguments: String...) -> (status: Int32, line: String) {
    let result = runProcess(
      glideBinary, arguments, environment: ["HOME": home, "PATH": "/usr/bin:/bin"])
    let lines = result.err.split(separator: "\n")
    return (result.status, lines.count == 1 ? String(lines[0]) : "more than one line: \(lines)")
  }

  @Test func checkNamesTheNearestRoutineOrProgram() {
    let result = glide("check", "runners-leg")
    #expect(result.status != 0)
    #expect(
      result.err.hasPrefix(
        "glide: unknown routine or program 'runners-leg'; did you mean 'runners-legs'? "
          + "known routines and programs: desk-reset, pre-run,"))
    #expect(result.err.hasSuffix(", runners-legs, desk-back, plantar-ankle\n"))
  }

  @Test func flagValuesNameTheNearestOne() {
    let phases = "known phases: warm-up, recovery, break, any"
    #expect(
      firstLine("routines", "--phase", "warmup")
        == (
          2,
          "glide: --phase: unknown phase 'warmup'; did you mean 'warm-up'? \(phases) "
            + "(see 'glide routines --help')"
        ))
    #expect(
      firstLine("build", "calves", "--for", "warmup")
        == (
          2,
          "glide: --for: unknown purpose 'warmup'; did you mean 'warm-up'? "
            + "known purposes: warm-up, recovery, break, any (see 'glide build --help')"
        ))
    #expect(
      firstLine("run", "--sound", "beep")
        == (
          2,
          "glide: --sound: unknown value 'beep'; did you mean 'bell'? known values: tones, "
            + "bell, off (see 'glide run --help')"
        ))
  }

  @Test func newSaysTheIdRuleItsHelpSays() {
    let refused = firstLine("new", "Bad Name")
    #expect(refused.status == 2)
    let rule = "letters, digits, - and _ only, at most 64 characters"
    #expect(
      refused.line
        == "glide: the name may hold \(rule) (it becomes the file name) (see 'glide new --help')")
    let help = glide("help", "new").out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("The new routine's id: \(rule)."), "\(help)")
  }

  @Test func remindSaysItsDefaultTimeOnce() {
    let help = glide("help", "remind").out.split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    #expect(help.contains("the time of day, HH:MM. (default: 18:00)"), "\(help)")
    #expect(help.components(separatedBy: "18:00").count == 2, "\(help)")
  }
}
