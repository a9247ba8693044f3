/// Loads a routine file from disk.
public enum RoutineLoader {
  /// The decoded file, or its read error.
  public static func load(file: String) -> RoutineDecoder.Result {
    switch SourceFile.read(file) {
    case .failure(let diagnostic):
      return RoutineDecoder.Result(routine: nil, diagnostics: [diagnostic])
    case .success(let bytes):
      return RoutineDecoder.decode(bytes: bytes, id: SourceFile.stem(file), file: file)
    }
  }
}
