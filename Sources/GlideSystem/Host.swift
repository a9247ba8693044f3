import Synchronization

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

  /// Sets the environment variable `name` to `value`, or removes it when `value` is nil.
  public static func setVariable(_ name: String, _ value: String?) {
    // Under the lock, so no `environment` being built at the time keeps the old value.
    known.withLock {
      if let value { setenv(name, value, 1) } else { unsetenv(name) }
      $0 = nil
    }
  }

  /// The environment as `environment` last built it; cleared by `setVariable`, the one
  /// way Glide changes its environment.
  private static let known = Mutex<[String: String]?>(nil)

  /// Every environment variable of this process, by name. Built once, and again only after
  /// `setVariable`: a session reads it a dozen times before its first frame, and building
  /// it cost 1.6 M instructions there.
  public static var environment: [String: String] {
    known.withLock { known in
      if let known { return known }
      let built = builtEnvironment
      known = built
      return built
    }
  }

  /// The environment read from the C library's entries.
  private static var builtEnvironment: [String: String] {
    let entries = environmentEntries
    var result: [String: String] = [:]
    // Room for every entry at once: growing rehashes every name so far, which cost more
    // than the entries themselves.
    result.reserveCapacity(entries.count)
    // Split on the bytes: a `String`'s search for "=" walks grapheme clusters, and every
    // command reads the environment before its first line.
    for text in entries {
      let utf8 = text.utf8
      if let equals = utf8.firstIndex(of: UInt8(ascii: "=")) {
        result[String(text[..<equals])] = String(text[utf8.index(after: equals)...])
      }
    }
    return result
  }

  /// This process's environment as the C library holds it: "NAME=value" entries, in order.
  static var environmentEntries: [String] {
    var entries: [String] = []
    var pointer = environ
    while let entry = pointer.pointee {
      entries.append(String(cString: entry))
      pointer += 1
    }
    return entries
  }

  /// Flushes every C standard stream (what `print` buffered), before writing to a
  /// descriptor directly.
  public static func flushOutput() {
    fflush(nil)
  }

  /// This process's id.
  public static var processID: Int32 { getpid() }

  /// Takes the character locale from the environment (`LC_ALL`, `LC_CTYPE`, `LANG`), as
  /// ncurses needs before it starts; the name of its encoding ("UTF-8", "ANSI_X3.4-1968").
  public static func adoptLocale() -> String {
    setlocale(LC_ALL, "")
    return String(cString: nl_langinfo(nl_item(CODESET)))
  }
}
