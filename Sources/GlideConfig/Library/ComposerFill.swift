import GlideCore

/// What the composer does with time left once each area has its techniques: more rounds
/// for the areas asked, then longer passive steps within their evidence ranges, then at
/// most one short breathing step, so the routine takes about the time asked and the
/// time goes to the areas, not to minutes of breathing.
extension ComposerDraft {
  /// The longest a breathing step made from spare time may be.
  static let breathingLimit = 120.0

  /// Spends the time left on the areas: more rounds, then longer steps. When that leaves
  /// more than a tenth of the time unused, the steps are tried at their shortest first, so
  /// one more round fits, and the fuller of the two is kept.
  mutating func fill(_ areas: [String]) {
    var shortest = self
    addRounds(areas)
    useEveryPieceNamed()
    lengthen()
    addMovements(areas)
    guard (budget - total).seconds > budget.seconds / 10 else { return }
    shortest.shorten()
    shortest.addRounds(areas)
    shortest.useEveryPieceNamed()
    shortest.lengthen()
    shortest.addMovements(areas)
    if shortest.total > total { self = shortest }
  }

  /// When every passive step is as long as its range allows and no round fits, the time
  /// left goes to another of the area's movements right after its last reps (a short
  /// routine of one area with long passive steps would otherwise end well short).
  mutating func addMovements(_ areas: [String]) {
    var added = true
    while added {
      added = false
      for area in areas {
        let movements = library.entries(for: area).filter(\.isMovement)
        guard !movements.isEmpty,
          let last = steps.lastIndex(where: { $0.technique == .reps && $0.target == area })
        else { continue }
        let next = used[area]?.movements ?? 0
        // The next movement in turn, else any of the area's that fits.
        for offset in movements.indices {
          var movement = movements[(next + offset) % movements.count].step
          movement.target = area
          guard let candidate = fitted(movement, after: last) else { continue }
          steps = candidate
          used[area, default: ([:], 0)].movements += 1
          added = true
          break
        }
      }
    }
  }

  /// The steps with `movement` after step `last`, at its own count of reps or, when that
  /// does not fit, at fewer down to the evidence's least; nil when even that does not fit.
  func fitted(_ movement: Step, after last: Int) -> [Step]? {
    let most = movement.reps ?? 0
    let counts =
      most > Evidence.reps.lowerBound ? Array((Evidence.reps.lowerBound...most).reversed()) : [most]
    for count in counts {
      var step = movement
      if step.reps != nil { step.reps = count }
      var candidate = steps
      candidate.insert(step, at: last + 1)
      if total(candidate) <= budget { return candidate }
    }
    return nil
  }

  /// Sets each passive step to the shortest its evidence range allows.
  mutating func shorten() {
    for index in steps.indices where steps[index].technique.isPassive {
      switch steps[index].technique {
      case .roll, .stretch: steps[index].duration = .seconds(Evidence.rollSeconds.lowerBound)
      case .hold: steps[index].duration = .seconds(Evidence.holdSeconds.lowerBound)
      default: break
      }
    }
  }

  /// Adds rounds (a passive step and its reps again, the technique the area has had
  /// least first) area by area while any fits.
  mutating func addRounds(_ areas: [String]) {
    var added = true
    while added {
      added = false
      for area in areas {
        let before = steps.count
        _ = addPair(for: area, fresh: false)
        if steps.count > before { added = true }
      }
    }
  }

  /// The most a passive step of `technique` may be lengthened to.
  func longest(_ technique: Technique) -> Double? {
    switch technique {
    case .roll: Evidence.rollSeconds.upperBound
    case .hold: Evidence.holdSeconds.upperBound
    case .stretch: 180
    case .percussion, .floss: 120
    case .breathe, .reps, .rest: nil
    }
  }

  /// Lengthens passive steps ten seconds at a time, in turn, while the routine fits. What
  /// ten seconds more of each step costs (twice that for two sides) is measured once, so
  /// a long routine is not re-planned for every ten seconds.
  mutating func lengthen() {
    let now = total
    var spare = (budget - now).seconds
    var cost: [Int: Double] = [:]
    for index in steps.indices where steps[index].technique.isPassive {
      guard longest(steps[index].technique) != nil, let seconds = steps[index].duration?.seconds
      else { continue }
      var candidate = steps
      candidate[index].duration = .seconds(seconds + 10)
      cost[index] = (total(candidate) - now).seconds
    }
    var grew = true
    while grew {
      grew = false
      for index in cost.keys.sorted() {
        guard let limit = longest(steps[index].technique), let price = cost[index],
          let seconds = steps[index].duration?.seconds, seconds + 10 <= limit, price <= spare
        else { continue }
        steps[index].duration = .seconds(seconds + 10)
        spare -= price
        grew = true
      }
    }
  }

  /// One breathing step of one to two minutes from what is left, except before training.
  mutating func addBreathing() {
    guard !steps.isEmpty, request.purpose != .warmUp else { return }
    var seconds = min(Self.breathingLimit, ((budget - total).seconds / 10).rounded(.down) * 10)
    while seconds >= 60 {
      let step = Step(
        .breathe, target: "breath", duration: .seconds(seconds), breath: BreathPattern("5.5-5.5"),
        cue: "Slow breaths, longer out than in; let everything you worked settle")
      if total(steps + [step]) <= budget {
        steps.append(step)
        return
      }
      seconds -= 10
    }
  }
}
