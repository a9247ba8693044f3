/// Glide's version, which `glide --version` prints. CHANGELOG.md's newest release
/// heading names the same version; a test holds the two together.
let glideVersion = "1.0.0"
