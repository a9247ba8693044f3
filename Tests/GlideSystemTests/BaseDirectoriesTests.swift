import Glibc
import Testing

@testable import GlideSystem

@Suite struct BaseDirectoriesTests {
  @Test func anAbsoluteVariableWins() {
    let environment = [
      "HOME": "/home/a", "XDG_CONFIG_HOME": "/c", "XDG_DATA_HOME": "/d",
      "XDG_STATE_HOME": "/s", "XDG_RUNTIME_DIR": "/run/user/1", "TMPDIR": "/t",
    ]
    #expect(BaseDirectories.config(environment) == "/c")
    #expect(BaseDirectories.data(environment) == "/d")
    #expect(BaseDirectories.state(environment) == "/s")
    #expect(BaseDirectories.runtime(environment) == "/run/user/1")
    #expect(BaseDirectories.temporary(environment) == "/t")
  }

  /// A relative or empty variable is ignored, as the XDG specification says.
  @Test func elseTheFolderUnderHome() {
    let environment = [
      "HOME": "/home/a", "XDG_CONFIG_HOME": "relative", "XDG_DATA_HOME": "",
      "XDG_RUNTIME_DIR": "run", "TMPDIR": "",
    ]
    #expect(BaseDirectories.config(environment) == "/home/a/.config")
    #expect(BaseDirectories.data(environment) == "/home/a/.local/share")
    #expect(BaseDirectories.state(environment) == "/home/a/.local/state")
    #expect(BaseDirectories.runtime(environment) == nil)
    #expect(BaseDirectories.temporary(environment) == "/tmp")
  }

  @Test func noHomeNoFolder() {
    for environment in [[:], ["HOME": ""]] {
      #expect(BaseDirectories.config(environment) == nil)
      #expect(BaseDirectories.data(environment) == nil)
      #expect(BaseDirectories.state(environment) == nil)
    }
  }

  @Test func theProcessEnvironmentIsRead() {
    #expect(Host.environment["PATH"] == Host.variable("PATH"))
    #expect(Host.variable("GLIDE_SURELY_UNSET_VARIABLE") == nil)
  }
}

@Suite struct SearchPathTests {
  @Test func findsTheFirstExecutableInOrder() throws {
    let folder = try #require(Folders.makeTemporary(under: "/tmp", prefix: "glide-system-test"))
    defer { Folders.removeTree(folder) }
    try Folders.make(folder + "/a")
    try Folders.make(folder + "/b")
    try AtomicFile.replace(folder + "/a/tool", with: [], mode: 0o644, synced: false)
    try AtomicFile.replace(folder + "/b/tool", with: [], mode: 0o755, synced: false)
    try AtomicFile.replace(folder + "/a/other", with: [], mode: 0o755, synced: false)
    let path = "\(folder)/missing::\(folder)/a:\(folder)/b"
    #expect(SearchPath.find("tool", in: path) == folder + "/b/tool")  // a/tool cannot run
    #expect(SearchPath.find("other", in: path) == folder + "/a/other")
    #expect(SearchPath.find("none", in: path) == nil)
    #expect(SearchPath.find("sh") != nil)
  }

  @Test func theMonotonicClockNeverGoesBack() {
    let first = SystemClock.monotonicNanoseconds()
    let second = SystemClock.monotonicNanoseconds()
    #expect(second >= first)
    #expect(SystemClock.realtimeNanoseconds() > 1_700_000_000 * 1_000_000_000)
  }
}
