import Testing

@testable import GlideSystem

/// Runs `body` with a fresh folder of its own under /tmp, removed after.
func withFolder(_ body: (String) throws -> Void) throws {
  let folder = try #require(Folders.makeTemporary(under: "/tmp", prefix: "glide-system-test"))
  defer { Folders.removeTree(folder) }
  try body(folder)
}
