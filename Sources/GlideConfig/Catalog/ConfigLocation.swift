import GlideSystem

/// Where the person's own routines and themes live: `$XDG_CONFIG_HOME/glide`, else
/// `~/.config/glide`.
public enum ConfigLocation {
  /// The config folder for these settings; nil when nothing says where home is.
  public static func directory(environment: [String: String]) -> String? {
    BaseDirectories.config(environment).map { $0 + "/glide" }
  }
}
