import GlideSystem
import Testing

/// The environment is built once and built again after each change Glide makes to it.
@Suite struct HostEnvironmentTests {
  @Test func aVariableSetOrRemovedIsSeenAtOnce() {
    let name = "GLIDE_HOST_ENVIRONMENT_TEST"
    _ = Host.environment
    Host.setVariable(name, "1")
    #expect(Host.environment[name] == "1")
    Host.setVariable(name, "2")
    #expect(Host.environment[name] == "2")
    Host.setVariable(name, nil)
    #expect(Host.environment[name] == nil)
    #expect(Host.variable(name) == nil)
  }
}
