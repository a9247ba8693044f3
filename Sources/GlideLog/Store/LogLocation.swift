import GlideSystem

/// Where the session log lives: `--log`, else `$GLIDE_LOG`, else
/// `$XDG_DATA_HOME/glide/sessions.jsonl`, else `~/.local/share/glide/sessions.jsonl`.
public enum LogLocation {
  /// The log's path for these settings; nil when nothing says where home is.
  public static func path(flag: String?, environment: [String: String]) -> String? {
    if let flag, !flag.isEmpty { return flag }
    if let path = environment["GLIDE_LOG"], !path.isEmpty { return path }
    return BaseDirectories.data(environment).map { $0 + "/glide/sessions.jsonl" }
  }

  /// The folder holding `path`.
  public static func directory(of path: String) -> String {
    AtomicFile.folder(of: path)
  }
}
