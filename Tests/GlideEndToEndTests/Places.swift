import Synchronization

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
