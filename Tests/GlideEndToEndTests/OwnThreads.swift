import Foundation

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
