import GlideSession
import GlideSystem
import GlideTerminal

/// The screen a session runs on: the full screen, or plain lines.
enum SessionScreenKind {
  case full(Terminal)
  case plain(PlainScreen)

  var screen: any Screen {
    switch self {
    case .full(let terminal): terminal
    case .plain(let plain): plain
    }
  }

  /// The full-screen terminal, when that is the screen.
  var terminal: Terminal? {
    if case .full(let terminal) = self { return terminal }
    return nil
  }

  /// Gives the terminal back.
  func restore() {
    switch self {
    case .full(let terminal): terminal.restore()
    case .plain(let plain): plain.restore()
    }
  }
}

extension SessionSetup {
  /// Whether the session runs in plain lines: asked for, or a terminal that cannot
  /// place the cursor (`TERM=dumb`).
  var plainMode: Bool {
    settings.plain.value || Host.variable("TERM") == "dumb"
  }
}
