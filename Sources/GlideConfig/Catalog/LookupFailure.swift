/// Why a routine or theme named on the command line cannot be used: one line to show.
public struct LookupFailure: Error, CustomStringConvertible {
  /// The line.
  public var description: String
  /// Every diagnostic behind it, for files with several errors.
  public var diagnostics: [Diagnostic]

  /// A failure with one line and its diagnostics.
  public init(_ description: String, diagnostics: [Diagnostic] = []) {
    self.description = description
    self.diagnostics = diagnostics
  }
}
