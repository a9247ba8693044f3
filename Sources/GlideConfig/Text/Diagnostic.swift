/// One finding about a file: where it is and what is wrong.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// Whether the file is refused or only flagged.
  public enum Severity: String, Hashable, Sendable {
    /// The file cannot be used.
    case error
    /// The file is used; the finding is shown.
    case warning
  }

  /// Error or warning.
  public var severity: Severity
  /// The file's path as the person gave it (or `built-in:NAME`).
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// The 1-based column, when known.
  public var column: Int?
  /// Where in the file in words, e.g. `step 3 (calves)`.
  public var place: String?
  /// The key concerned.
  public var key: String?
  /// What is wrong.
  public var message: String

  /// Creates a diagnostic.
  public init(
    _ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil,
    place: String? = nil, key: String? = nil, message: String
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.place = place
    self.key = key
    self.message = message
  }

  /// `file:line:col: error: step 3 (calves): duration: message`.
  public var description: String {
    var location = file
    if let line { location += ":\(line)" }
    if let column { location += ":\(column)" }
    var text = "\(location): \(severity.rawValue): "
    if let place { text += "\(place): " }
    if let key { text += "\(key): " }
    return text + message
  }
}
