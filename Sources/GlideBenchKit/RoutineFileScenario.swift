import GlideSystem

extension Bench {
  /// 7. Routine files: `glide check` on a routine file of the largest size read (1 MiB),
  /// wall time in ms from spawn to exit, so start-up is included. `valid` is 200 steps
  /// (the most allowed) padded with comments; `dense` is 1 MiB of nothing but steps, the
  /// most keys and values a file that size can hold in Glide's own shape.
  public func routineFiles() throws -> (valid: [Double], dense: [Double]) {
    let limit = 1 << 20
    var valid = "name = \"Big\"\n"
    for index in 0..<200 {
      valid += "[[steps]]\ntechnique = \"hold\"\ntarget = \"calves \(index)\"\n"
      valid += "duration = \"3m\"\nbreath = \"4-6\"\n"
      valid += "cue = \"" + String(repeating: "Slow, building pressure. ", count: 7) + "\"\n"
    }
    let padding = "# " + String(repeating: "comment ", count: 12) + "\n"
    while valid.utf8.count + padding.utf8.count <= limit { valid += padding }
    var dense = "name = \"Dense\"\n"
    let step = "[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\nduration = 90\n"
    while dense.utf8.count + step.utf8.count <= limit { dense += step }
    let validPath = write("routine-1mib", valid)
    let densePath = write("routine-dense", dense)
    func check(_ path: String, expecting status: Int32) throws -> [Double] {
      try (0..<max(runs, 5)).map { _ in
        let start = monotonicNanoseconds()
        let got = runQuietly(glide, ["check", path], environment: environment)
        guard got == status else { throw BenchError("glide check \(path) exited \(got)") }
        return Double(monotonicNanoseconds() - start) / 1e6
      }
    }
    // The valid file passes (with evidence warnings); the dense one has too many steps.
    return (try check(validPath, expecting: 0), try check(densePath, expecting: 2))
  }

  private func write(_ name: String, _ text: String) -> String {
    let path = "\(folder)/\(name).toml"
    try? Files.write(path, Array(text.utf8))
    return path
  }
}
