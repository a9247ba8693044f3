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

  /// The most of the file read: its two lines take under a kilobyte.
  static let largestFile = 1 << 16

  /// The file's text: two lines a person can read.
  public var text: String {
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "program = \"\(program)\"\nstarted = \"\(year)-\(two(month))-\(two(day))\"\n"
  }

  /// Whether `id` can be a program's id: its file name's stem, written between quotes in
  /// this file. Any name works but one holding a quote, a backslash or a control
  /// character, which `check` refuses with `idRule`.
  public static func isStorable(_ id: String) -> Bool {
    !id.isEmpty
      && !id.unicodeScalars.contains {
        $0 == "\"" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F
          || (0x80..<0xA0).contains($0.value)
      }
  }

  /// The rule `isStorable` holds, as `check` says it.
  public static let idRule =
    "a program's file name is its id and may hold any character but quotes, backslashes and control characters; rename the file"

  /// The active program a file's text names, or nil when the text is not one.
  public init?(text: String) {
    guard case .success(let active) = Self.read(text) else { return nil }
    self = active
  }

  /// The active program a file's text names, or what is wrong with it, in a few words.
  static func read(_ text: String) -> Swift.Result<ActiveProgram, Damage> {
    var values: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      let key = String(trimmed(line[..<equals]))
      let value = trimmed(line[line.index(after: equals)...])
      guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else {
        return .failure(Damage("the value of '\(key)' is not in double quotes"))
      }
      values[key] = String(value.dropFirst().dropLast())
    }
    guard let program = values["program"] else {
      return .failure(Damage("it names no program (a line program = \"ID\")"))
    }
    guard isStorable(program) else {
      return .failure(
        Damage(
          "the program id \"\(program)\" is empty or holds a quote, backslash or control character")
      )
    }
    guard let started = values["started"] else {
      return .failure(Damage("it has no start date (a line started = \"YYYY-MM-DD\")"))
    }
    let parts = started.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
      (1...12).contains(month), (1...31).contains(day)
    else {
      return .failure(Damage("its start date \"\(started)\" is not a date YYYY-MM-DD"))
    }
    return .success(ActiveProgram(program: program, year: year, month: month, day: day))
  }

  /// Why a file is not an active program.
  struct Damage: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }

  /// The active program in `directory`: nil when none is, or a failure, saying what is
  /// wrong and how to mend it, when the file cannot be read or is not one.
  public static func load(directory: String, disk: any Disk = SystemDisk())
    -> Swift.Result<ActiveProgram?, LookupFailure>
  {
    let path = directory + "/" + fileName
    guard disk.stat(path) != nil else { return .success(nil) }
    let mend = "'glide program start ID' writes it anew, 'glide program stop' removes it"
    guard let bytes = disk.readSmallFile(path, limit: largestFile) else {
      return .failure(LookupFailure("\(path): cannot be read; check its permissions, or \(mend)"))
    }
    // One byte over the limit tells a file that is too large from one that is not.
    guard bytes.count <= largestFile else {
      let size = "\(largestFile / 1024) KiB"
      return .failure(LookupFailure("\(path): over \(size), not two lines; \(mend)"))
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(LookupFailure("\(path): not UTF-8 text; \(mend)"))
    }
    switch read(text) {
    case .success(let active): return .success(active)
    case .failure(let damage):
      return .failure(LookupFailure("\(path): \(damage.reason); \(mend)"))
    }
  }

  /// Makes this the active program in `directory`, replacing the one there: what a
  /// program start writes, in one place. The program it replaced (nil when none was, or
  /// it could not be read), for the line saying it stopped; the failure says why the new
  /// one could not be kept, and then the old one stays.
  public func start(directory: String, disk: any Disk = SystemDisk()) throws(LookupFailure)
    -> ActiveProgram?
  {
    let old = (try? Self.load(directory: directory, disk: disk).get()) ?? nil
    try save(directory: directory, disk: disk)
    return old
  }

  /// Writes the file whole through a temporary file and a rename, so a crash leaves the
  /// old file or the new one, never half of one; the failure says why it could not.
  public func save(directory: String, disk: any Disk = SystemDisk()) throws(LookupFailure) {
    do {
      try Folders.make(directory)
      try AtomicFile.replace(directory + "/" + Self.fileName, with: Array(text.utf8), disk: disk)
    } catch {
      throw LookupFailure(error.reason)
    }
  }

  /// Removes the file; true when there was one.
  public static func remove(directory: String, disk: any Disk = SystemDisk())
    throws(LookupFailure) -> Bool
  {
    let path = directory + "/" + fileName
    guard disk.stat(path) != nil else { return false }
    guard disk.unlink(path) else { throw LookupFailure(SystemError.last.reason) }
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
