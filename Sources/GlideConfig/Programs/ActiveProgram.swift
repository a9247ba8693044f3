import GlideSystem

/// The program a person is following and the day they started it, kept in
/// `STATE/active-program` (`$XDG_STATE_HOME/glide`, else `~/.local/state/glide`).
public struct ActiveProgram: Hashable, Sendable {
  /// The program's id.
  public var program: String
  /// The local date it started, as year, month and day.
  public var year: Int
  /// The month, 1-12.
  public var month: Int
  /// The day of the month.
  public var day: Int

  /// An active program started on a date.
  public init(program: String, year: Int, month: Int, day: Int) {
    self.program = program
    self.year = year
    self.month = month
    self.day = day
  }

  /// The state folder for these settings; nil when nothing says where home is.
  public static func directory(environment: [String: String]) -> String? {
    BaseDirectories.state(environment).map { $0 + "/glide" }
  }

  /// The file's name in the state folder.
  public static let fileName = "active-program"

  /// The file's text: two lines a person can read.
  public var text: String {
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "program = \"\(program)\"\nstarted = \"\(year)-\(two(month))-\(two(day))\"\n"
  }

  /// The active program a file's text names, or nil when the text is not one.
  public init?(text: String) {
    var values: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      let key = String(trimmed(line[..<equals]))
      let value = trimmed(line[line.index(after: equals)...])
      guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return nil }
      values[key] = String(value.dropFirst().dropLast())
    }
    let parts = (values["started"] ?? "").split(separator: "-").compactMap { Int($0) }
    guard let program = values["program"], !program.isEmpty,
      program.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
      parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2])
    else { return nil }
    self.init(program: program, year: parts[0], month: parts[1], day: parts[2])
  }

  /// The active program in `directory`: nil when none is, or a failure when the file
  /// cannot be read or is not one.
  public static func load(directory: String) -> Swift.Result<ActiveProgram?, LookupFailure> {
    let path = directory + "/" + fileName
    guard SourceFile.exists(path) else { return .success(nil) }
    guard case .success(let bytes) = SourceFile.read(path),
      let active = ActiveProgram(text: String(decoding: bytes, as: UTF8.self))
    else {
      return .failure(
        LookupFailure(
          "\(path): not an active program file; 'glide program stop' removes it"))
    }
    return .success(active)
  }

  /// Writes the file whole through a temporary file and a rename, so a crash leaves the
  /// old file or the new one, never half of one; the failure says why it could not.
  public func save(directory: String) throws(LookupFailure) {
    do {
      try Folders.make(directory)
      try AtomicFile.replace(directory + "/" + Self.fileName, with: Array(text.utf8))
    } catch {
      throw LookupFailure(error.reason)
    }
  }

  /// Removes the file; true when there was one.
  public static func remove(directory: String) throws(LookupFailure) -> Bool {
    let path = directory + "/" + fileName
    guard Files.exists(path) else { return false }
    do {
      try Files.remove(path)
    } catch {
      throw LookupFailure(error.reason)
    }
    return true
  }
}

/// The text without the spaces and tabs around it.
private func trimmed(_ text: Substring) -> Substring {
  let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
  guard let first = text.firstIndex(where: { !blank($0) }) else { return "" }
  let last = text.lastIndex(where: { !blank($0) })!
  return text[first...last]
}
