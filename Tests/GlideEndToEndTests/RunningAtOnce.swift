import Foundation
import Synchronization
import Testing

/// How many end-to-end tests run at once. They spend most of their time waiting for a
/// screen or an exit, asleep without holding a thread, so more of them run than the
/// machine has cores; but each one's polls and its glide take some of a core, and too many
/// at once would slow each other's programs past the deadlines they wait with.
let endToEndTestsAtOnce = 8

/// Places for running tests, taken in turn: a test waits, asleep, for a free one.
final class Places: Sendable {
  private let state: Mutex<(free: Int, waiting: [CheckedContinuation<Void, Never>])>

  init(_ count: Int) { state = Mutex((count, [])) }

  /// Takes a place, waiting for one to be given back when none is free.
  func take() async {
    await withCheckedContinuation { (place: CheckedContinuation<Void, Never>) in
      let now = state.withLock { state in
        guard state.free > 0 else {
          state.waiting.append(place)
          return false
        }
        state.free -= 1
        return true
      }
      if now { place.resume() }
    }
  }

  /// Gives a place back, to the longest waiting test if any.
  func giveBack() {
    let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
      guard !state.waiting.isEmpty else {
        state.free += 1
        return nil
      }
      return state.waiting.removeFirst()
    }
    next?.resume()
  }
}

/// Threads of the end-to-end tests' own. The test runner's threads are as many as the
/// machine's cores, and a test that computes for seconds holds one; an end-to-end test
/// waiting there to look at a screen that shows for a second would miss it.
final class OwnThreads: TaskExecutor, @unchecked Sendable {
  private let ready = NSCondition()
  /// The jobs to run, guarded by `ready`.
  private var jobs: [UnownedJob] = []

  init(count: Int) {
    for _ in 0..<count {
      Thread { [self] in work() }.start()
    }
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    ready.lock()
    jobs.append(job)
    ready.signal()
    ready.unlock()
  }

  private func work() {
    while true {
      ready.lock()
      while jobs.isEmpty { ready.wait() }
      let job = jobs.removeFirst()
      ready.unlock()
      job.runSynchronously(on: asUnownedTaskExecutor())
    }
  }
}

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
