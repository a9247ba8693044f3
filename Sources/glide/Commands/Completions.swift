import ArgumentParser
import GlideConfig
import GlideCore
import GlideSession
import GlideSound
import GlideSystem

extension CompletionKind {
  /// Routine ids (built-in and the person's), then `.toml` files and folders matching what
  /// has been typed.
  static var routines: CompletionKind {
    .custom { _, _, typed in
      let ids = RoutineCatalog.ids(configDirectory: configDirectory())
      return ids.filter { $0.hasPrefix(typed) && $0.isTypable } + tomlPaths(matching: typed)
    }
  }

  /// Theme names (shipped and the person's), then `.toml` files and folders matching what
  /// has been typed.
  static var themes: CompletionKind {
    .custom { _, _, typed in
      let users = ThemeCatalog.userThemes(configDirectory: configDirectory()).map(\.name)
      let names = ThemeCatalog.builtins.map(\.name) + users
      return Array(Set(names)).sorted().filter { $0.hasPrefix(typed) && $0.isTypable }
        + tomlPaths(matching: typed)
    }
  }

  /// Program ids, built-in and the person's.
  static var programs: CompletionKind {
    .custom { _, _, typed in
      ProgramCatalog.ids(configDirectory: configDirectory())
        .filter { $0.hasPrefix(typed) && $0.isTypable }
    }
  }
}

extension CompletionKind {
  /// `--sound`: the sound modes.
  static var soundModes: CompletionKind { .list(SoundMode.allCases.map(\.rawValue)) }

  /// `--summary`: what the end of a session does.
  static var summaryModes: CompletionKind { .list(SummaryMode.allCases.map(\.rawValue)) }

  /// `--notify-via`: the notification channels.
  static var notificationChannels: CompletionKind {
    .list(DesktopNotification.Channel.allCases.map(\.rawValue))
  }

  /// `--phase` and `--for`: what a routine is for.
  static var phases: CompletionKind { .list(RoutinePhase.allCases.map(\.rawValue)) }

  /// `--with`: the equipment, comma-separated: after a comma, the list so far with each
  /// piece not yet named.
  static var equipment: CompletionKind {
    .custom { _, _, typed in
      let named = typed.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let head = named.dropLast().map { $0 + "," }.joined()
      let stem = named.last ?? ""
      return Equipment.allCases.map(\.rawValue)
        .filter { $0.hasPrefix(stem) && !named.dropLast().contains($0) }
        .map { head + $0 }
    }
  }

  /// Body areas, as `glide library` and `glide build` take them (built-in and the
  /// person's library).
  static var areas: CompletionKind {
    .custom { _, _, typed in
      Library.load(configDirectory: configDirectory()).library.areas.map(Library.slug)
        .filter { $0.hasPrefix(typed) }
    }
  }
}

extension String {
  /// Whether a name can be offered as it is: one with a character shown escaped (`\u001b`)
  /// would be offered as the escape, which names nothing.
  fileprivate var isTypable: Bool { DisplayText.escaped(self) == self }
}

/// The `.toml` files and the folders (ending in `/`) whose path starts with `typed`, so a
/// file can be completed a folder at a time. Hidden entries only when a dot was typed.
/// Bash marks a folder with `/` itself (the script completes file names), so it is offered
/// without one there.
func tomlPaths(matching typed: String) -> [String] {
  let mark = CompletionShell.requesting == .bash ? "" : "/"
  let slash = typed.lastIndex(of: "/")
  let folder = slash.map { String(typed[...$0]) } ?? ""
  let stem = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
  let names = Folders.list(folder.isEmpty ? "." : folder) ?? []
  return names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }
    .sorted()
    .compactMap { name in
      guard Files.exists(folder + name) else { return nil }
      if Folders.isFolder(folder + name) { return folder + name + mark }
      return name.hasSuffix(".toml") ? folder + name : nil
    }
}
