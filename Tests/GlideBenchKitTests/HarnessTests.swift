import Testing

@testable import GlideBenchKit

/// The harness measures what it should: a sleeping process costs nothing, a busy one
/// costs a whole core, and bytes are counted.
@Suite struct HarnessTests {
  @Test func aSleepingProcessCostsAlmostNothing() throws {
    let process = try PtyProcess(path: "/bin/sleep", arguments: ["5"], environment: [:])
    defer { process.stop() }
    process.pump(until: monotonicNanoseconds() + 200_000_000)
    let steady = try Bench.steady(process, seconds: 1.5)
    #expect(steady.cpuPerMinute < 0.1)
    #expect(steady.wakeupsPerSecond < 2)
    #expect(steady.bytesPerSecond == 0)
    #expect(steady.peakRSSMegabytes > 0)
  }

  @Test func aBusyLoopCostsAWholeCore() throws {
    let process = try PtyProcess(
      path: "/bin/sh", arguments: ["-c", "while :; do :; done"], environment: [:])
    defer { process.stop() }
    process.pump(until: monotonicNanoseconds() + 200_000_000)
    let steady = try Bench.steady(process, seconds: 1.5)
    // Near 60 CPU seconds a minute on an idle machine, but a loaded CI machine gave it 7.8
    // while the other suites shared its two cores. So only "ten times what a sleeping
    // process measures" is asserted: a harness that missed the CPU would read about 0.
    #expect(steady.cpuPerMinute > 1, "near 60 CPU seconds per minute when the cores are free")
    #expect(steady.cpuPerMinute < 62)
  }

  @Test func bytesWrittenAreCountedExactly() throws {
    let process = try PtyProcess(
      path: "/bin/sh", arguments: ["-c", "sleep 0.3; printf 'abcdefghij'; sleep 3"],
      environment: [:])
    defer { process.stop() }
    #expect(process.wait(for: "abcdefghij", seconds: 3))
    #expect(process.output.count == 10)
  }

  @Test func burstsOfOutputCountAsOneVisibleChange() throws {
    // Three bursts of two writes each, 300 ms apart.
    let process = try PtyProcess(
      path: "/bin/sh",
      arguments: ["-c", "for i in 1 2 3; do printf a; printf b; sleep 0.3; done; sleep 3"],
      environment: ["PATH": "/usr/bin:/bin"])
    defer { process.stop() }
    let start = monotonicNanoseconds()
    process.pump(until: start + 1_500_000_000)
    #expect(process.output.count == 6)
    #expect(process.changes(from: process.startedAt, to: monotonicNanoseconds()) == 3)
  }

  @Test func aFigureWithATargetValueFailsOnEitherSide() {
    #expect(Figure("x", equals: 60, tolerance: 1, values: [60]).met == true)
    #expect(Figure("x", equals: 60, tolerance: 1, values: [74]).met == false)
    #expect(Figure("x", equals: 60, tolerance: 1, values: [30]).met == false)
    #expect(Figure("x", equals: 60, tolerance: 1).target == "= 60 ± 1")
  }

  @Test func fittedDriftSeesATrendButNotJitter() {
    #expect(abs(fittedDrift([1, 0, 1, 0, 1, 0, 1, 0])) < 0.6)
    #expect(abs(fittedDrift([0, 1, 2, 3, 4]) - 4) < 1e-9)
  }

  @Test func percentilesAndTable() {
    #expect(percentile([3, 1, 2], 50) == 2)
    #expect(percentile([4, 1, 2, 3], 50) == 2.5)
    #expect(percentile(Array(1...100).map(Double.init), 99) == 99)
    let figure = Figure("x", target: 1.5, values: [1, 2, 3])
    #expect(figure.met == false)
    #expect(table([figure]).contains("| x | ≤ 1.50 | 1.00 | 2.00 | 3.00 | NO |"))
  }
}
