import GlideCore

/// Glide's technique library: passive techniques and active movements per body area,
/// built in and extended by the person's files in `CONFIG/library/`.
public struct Library: Sendable {
  /// Every entry, built-in ones first, in file order.
  public var entries: [LibraryEntry]

  /// A library of these entries.
  public init(entries: [LibraryEntry]) {
    self.entries = entries
  }

  /// The built-in library file as compiled in.
  public static let builtinBytes: [UInt8] = PackageResources.library_toml

  /// The library compiled into the binary; an entry that fails to decode is a bug that
  /// the tests catch, as they check its warnings (`glide check` shows them): here only its
  /// entries are wanted, and the checks would be a sixth of its decoding.
  public static let builtin = Library(
    entries: LibraryDecoder.decode(
      bytes: builtinBytes, file: "built-in:library", warn: false
    ).entries ?? [])

  /// The built-in library with the person's additions, and the diagnostics of their
  /// files (a broken file adds nothing and breaks nothing else).
  public static func load(configDirectory: String?) -> (library: Library, problems: [Diagnostic]) {
    var library = builtin
    var problems: [Diagnostic] = []
    for file in userFiles(configDirectory: configDirectory) {
      let result = LibraryDecoder.load(file: file, others: builtin.entries)
      problems += result.diagnostics
      library.entries += result.entries ?? []
    }
    return (library, problems)
  }

  /// The person's library files, sorted.
  public static func userFiles(configDirectory: String?) -> [String] {
    guard let configDirectory else { return [] }
    return SourceFile.tomlFiles(in: configDirectory + "/library")
  }

  /// The areas in the order they first appear.
  public var areas: [String] {
    var seen: Set<String> = []
    return entries.map(\.area).filter { seen.insert(Self.key($0)).inserted }
  }

  /// The entries for an area (any case).
  public func entries(for area: String) -> [LibraryEntry] {
    entries.filter { Self.key($0.area) == Self.key(area) }
  }

  /// Whether an area has a left and a right: any of its passive techniques runs on both.
  public func isTwoSided(_ area: String) -> Bool {
    entries(for: area).contains { !$0.isMovement && $0.step.sides == .both }
  }

  /// The name an area goes by on the command line: lower case, dashes for spaces.
  public static func slug(_ area: String) -> String {
    area.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .joined(separator: "-")
  }

  static func key(_ area: String) -> String { area.lowercased() }

  /// An area name from the command line that matched no area.
  public struct UnknownArea: Error, CustomStringConvertible {
    /// The name as given.
    public var name: String
    /// The known areas' command-line names.
    public var known: [String]
    /// The areas whose names it starts, when more than one: which is meant is unclear.
    public var starts: [String] = []

    /// One line: the areas it could mean when it starts several, else the name, the
    /// nearest known area if one is near, the known areas.
    public var description: String {
      guard starts.count > 1 else { return Suggestion.unknownName("area", name, known: known) }
      return Suggestion.ambiguousName("area", name, among: starts)
    }
  }

  /// The area a command-line name means: its slug, or the start of exactly one slug
  /// (`it-band` for "IT band and TFL").
  public func area(named name: String) throws(UnknownArea) -> String {
    let wanted = Self.slug(name)
    let slugs = areas.map { (slug: Self.slug($0), area: $0) }
    if let exact = slugs.first(where: { $0.slug == wanted }) { return exact.area }
    let starts = slugs.filter { !wanted.isEmpty && $0.slug.hasPrefix(wanted) }
    if starts.count == 1 { return starts[0].area }
    let known = slugs.map(\.slug)
    throw UnknownArea(name: name, known: known, starts: starts.map(\.slug))
  }
}
