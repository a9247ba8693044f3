import GlideCore

/// A desktop notification sent through the terminal: OSC 777 (`notify;TITLE;BODY`: foot,
/// Ghostty, WezTerm, urxvt, VTE) and OSC 9 (iTerm2, kitty, WezTerm, Ghostty). Being bytes
/// on the terminal, they reach the desktop the terminal runs on, also over SSH.
public struct DesktopNotification: Hashable, Sendable {
  /// The escape sequences that carry a notification.
  public enum Channel: String, CaseIterable, Hashable, Sendable {
    /// `ESC ] 777 ; notify ; TITLE ; BODY BEL`.
    case osc777 = "777"
    /// `ESC ] 9 ; TEXT BEL`, which has no title: it is put before the body.
    case osc9 = "9"
  }

  /// The notification's title.
  public var title: String
  /// Its text.
  public var body: String

  /// A notification.
  public init(title: String = "Glide", body: String) {
    self.title = title
    self.body = body
  }

  /// The bytes that send it through each of `channels`, text made safe.
  public func bytes(via channels: [Channel]) -> [UInt8] {
    let title = OperatingSystemCommand.safe(self.title, allowSemicolon: false)
    let body = OperatingSystemCommand.safe(self.body)
    return channels.flatMap { channel -> [UInt8] in
      switch channel {
      case .osc777: OperatingSystemCommand.bytes(["777", "notify", title, body])
      // "Glide: " first also keeps the text from reading as an OSC 9 subcommand ("4;...").
      case .osc9: OperatingSystemCommand.bytes(["9", "\(title): \(body)"])
      }
    }
  }

  /// The notifications for what one event did: each item that started (said to wait when
  /// it began during a pause), and the end.
  public static func notifications(for effects: [Effect], in plan: Plan) -> [DesktopNotification] {
    effects.compactMap { effect in
      switch effect {
      case .stepStarted(let index, _):
        guard plan.items.indices.contains(index) else { return nil }
        let waits = effects.contains(.stillPaused(index: index))
        let body = body(starting: plan.items[index], in: plan)
        return DesktopNotification(body: waits ? body + " (paused)" : body)
      case .appendLog(let summary):
        let active = summary.active.durationFace
        return DesktopNotification(
          body: summary.outcome == .completed
            ? "Session complete · \(active) active" : "Session ended early · \(active) active")
      default:
        return nil
      }
    }
  }

  /// What an item that starts asks of the person.
  static func body(starting item: PlanItem, in plan: Plan) -> String {
    switch item.kind {
    case .leadIn:
      guard let first = plan.items.first(where: { $0.kind == .step }) else { return "Get ready" }
      return "Get ready: \(first.technique.label.lowercased()) · \(first.targetWithSide)"
    case .switchSides:
      return "Switch sides"
    case .transition:
      return "Get into position: \(item.technique.label.lowercased()) · \(item.targetWithSide)"
    case .step:
      if item.technique == .reps {
        return "\(item.step.reps ?? 0) \(item.step.movement ?? "reps") · \(item.targetWithSide)"
      }
      return "\(item.technique.label) · \(item.targetWithSide) · \(item.planned.clockFace)"
    }
  }
}
