import ArgumentParser
import GlideConfig
import GlideSystem

extension CompletionKind {
  /// Routine ids (built-in and the person's), then `.toml` files and folders matching what
  /// has been typed.
  static var routines: CompletionKind {
    .custom { _, _, typed in
      let ids = RoutineCatalog(configDirectory: configDirectory()).entries.map(\.id)
      return ids.filter { $0.hasPrefix(typed) } + tomlPaths(matching: typed)
    }
  }

  /// Theme names (shipped and the person's), then `.toml` files and folders matching what
  /// has been typed.
  static var themes: CompletionKind {
    .custom { _, _, typed in
      let users = ThemeCatalog.userThemes(configDirectory: configDirectory()).map(\.name)
      let names = ThemeCatalog.builtins.map(\.name) + users
      return Array(Set(names)).sorted().filter { $0.hasPrefix(typed) }
        + tomlPaths(matching: typed)
    }
  }

  /// Program ids, built-in and the person's.
  static var programs: CompletionKind {
    .custom { _, _, typed in
      ProgramCatalog(configDirectory: configDirectory()).entries.map(\.id)
        .filter { $0.hasPrefix(typed) }
    }
  }
}

/// The `.toml` files and the folders (ending in `/`) whose path starts with `typed`, so a
/// file can be completed a folder at a time. Hidden entries only when a dot was typed.
func tomlPaths(matching typed: String) -> [String] {
  let slash = typed.lastIndex(of: "/")
  let folder = slash.map { String(typed[...$0]) } ?? ""
  let stem = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
  let names = Folders.list(folder.isEmpty ? "." : folder) ?? []
  return names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }
    .sorted()
    .compactMap { name in
      guard Files.exists(folder + name) else { return nil }
      if Folders.isFolder(folder + name) { return folder + name + "/" }
      return name.hasSuffix(".toml") ? folder + name : nil
    }
}
