#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// This process and what it was started with: its environment, its end.
public enum Host {
  /// Ends the process now with `code`, flushing C standard output first.
  public static func exit(_ code: Int32) -> Never {
    #if canImport(Glibc)
      Glibc.exit(code)
    #elseif canImport(Musl)
      Musl.exit(code)
    #elseif canImport(Darwin)
      Darwin.exit(code)
    #endif
  }

  /// The value of the environment variable `name`; nil when it is not set.
  public static func variable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// Every environment variable of this process, by name.
  public static var environment: [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    // Split on the bytes: a `String`'s search for "=" walks grapheme clusters, and every
    // command reads the environment before its first line.
    while let entry = pointer.pointee {
      let length = strlen(entry)
      entry.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        let all = UnsafeBufferPointer(start: bytes, count: length)
        guard let equals = all.firstIndex(of: UInt8(ascii: "=")) else { return }
        let name = String(decoding: UnsafeBufferPointer(rebasing: all[..<equals]), as: UTF8.self)
        result[name] = String(
          decoding: UnsafeBufferPointer(rebasing: all[(equals + 1)...]), as: UTF8.self)
      }
      pointer += 1
    }
    return result
  }

  /// Flushes every C standard stream (what `print` buffered), before writing to a
  /// descriptor directly.
  public static func flushOutput() {
    fflush(nil)
  }

  /// This process's id.
  public static var processID: Int32 { getpid() }
}
