/// The theme files shipped with Glide, compiled into the binary.
public enum ThemeFiles {
  /// Each shipped theme's name and TOML bytes; the first is the default.
  public static let all: [(name: String, bytes: [UInt8])] = [
    ("default", PackageResources.default_toml),
    ("high-contrast", PackageResources.high_contrast_toml),
    ("solarized-dark", PackageResources.solarized_dark_toml),
    ("gruvbox", PackageResources.gruvbox_toml),
    ("mono", PackageResources.mono_toml),
  ]
}
