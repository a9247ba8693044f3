import Foundation
import Testing

/// How many end-to-end tests run at once. They spend most of their time waiting for a
/// screen or an exit, asleep without holding a thread, so more of them run than the
/// machine has cores; but each one's polls and its glide take some of a core, and too many
/// at once would slow each other's programs past the deadlines they wait with.
let endToEndTestsAtOnce = min(16, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))

/// The places every end-to-end test shares, and the threads they run on: twice as many
/// as places, since a test blocks its thread while a command it started runs.
let endToEndPlaces = Places(endToEndTestsAtOnce)
let endToEndThreads = OwnThreads(count: 2 * endToEndTestsAtOnce)

/// A suite trait: each of the suite's tests runs on the end-to-end tests' own threads, in
/// one of the shared places, so no more than `endToEndTestsAtOnce` run at once.
struct OnePlaceEach: SuiteTrait, TestTrait, TestScoping {
  var isRecursive: Bool { true }

  func scopeProvider(for test: Test, testCase: Test.Case?) -> OnePlaceEach? {
    // A suite takes no place of its own: its tests would wait for the one it held.
    test.isSuite || testCase == nil ? nil : self
  }

  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    try await withTaskExecutorPreference(endToEndThreads) {
      await endToEndPlaces.take()
      defer { endToEndPlaces.giveBack() }
      try await function()
    }
  }
}

extension Trait where Self == OnePlaceEach {
  /// Runs each test of the suite in one of the places end-to-end tests share.
  static var endToEnd: Self { OnePlaceEach() }
}
