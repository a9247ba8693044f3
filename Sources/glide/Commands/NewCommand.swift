import ArgumentParser
import GlideConfig
import GlideSystem

/// `glide new NAME`: a commented starter routine in the person's routines folder.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new", abstract: "Write a commented starter routine to edit, and print its path.")

  /// What a new routine's id may hold: the one wording of the rule `validate(id:)` holds.
  static let idRule = "letters, digits, - and _ only, at most 64 characters"

  @Argument(help: "The new routine's id: \(idRule).")
  var name: String

  @Flag(help: "With a built-in's id: write a copy of the built-in to edit, which replaces it.")
  var force = false

  func validate() throws { try Self.validate(id: name) }

  /// Refuses an id that cannot be a file name.
  static func validate(id name: String) throws {
    // Keep `idRule` saying what this holds.
    let allowed = name.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")
    }
    guard !name.isEmpty, allowed, name.count <= 64 else {
      throw ValidationError(
        "the name may hold \(idRule) (it becomes the file name)")
    }
    if let problem = RoutineDecoder.sessionIDProblem(id: name) {
      throw ValidationError(problem + "; choose another name")
    }
  }

  func run() throws {
    let builtin = BuiltinRoutines.files.first { $0.id == name }
    if builtin != nil && !force {
      throw fail(
        "'\(name)' is a built-in routine: a file of yours with that id would replace it "
          + "(in 'glide run \(name)' and everywhere else); give --force to write a copy of "
          + "the built-in to edit, or choose another name")
    }
    let bytes =
      builtin.map {
        Array(
          "# Your copy of the built-in '\(name)': it replaces the built-in while it exists.\n".utf8)
          + $0.bytes
      } ?? Array(StarterRoutine.text(name: name).utf8)
    Output.line(try Self.create(id: name, bytes: bytes))
  }

  /// Writes a new routine file of the person's, never over an existing one; its path.
  static func create(id name: String, bytes: [UInt8]) throws -> String {
    guard let config = configDirectory() else {
      throw fail("cannot find your config folder: set HOME or XDG_CONFIG_HOME")
    }
    let folder = config + "/routines"
    let path = folder + "/\(name).toml"
    do {
      try Folders.make(folder)
    } catch {
      let reason = error == .notFolder ? "it is not a folder" : error.reason
      throw fail("cannot create \(folder): \(reason)")
    }
    do {
      // Exclusive: never overwrite, even when two commands race.
      try Files.write(path, bytes, exclusive: true)
    } catch {
      if error.isExisting { throw fail("\(path) already exists; edit it, or choose another name") }
      throw fail("cannot write \(path): \(error.reason)")
    }
    return path
  }
}
