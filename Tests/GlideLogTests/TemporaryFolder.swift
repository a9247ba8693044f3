import Foundation

@testable import GlideLog

/// A folder of its own for one test, removed afterwards.
final class TemporaryFolder {
  let path: String

  init() {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("glide-log-tests-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }

  func write(_ name: String, _ bytes: [UInt8]) {
    _ = FileManager.default.createFile(atPath: file(name), contents: Data(bytes))
  }

  func read(_ name: String) -> String {
    (try? String(contentsOfFile: file(name), encoding: .utf8)) ?? ""
  }
}

/// The ids of a log's readable records, newest first, with the reader that read them (for
/// what it skipped).
func newestIDs(_ path: String) throws -> (ids: [String], reader: LogReader) {
  var reader = try LogReader(path: path)
  var ids: [String] = []
  reader.newestFirst { record, _ in
    ids.append(record.id)
    return true
  }
  return (ids, reader)
}
