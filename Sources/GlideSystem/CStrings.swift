#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Calls `body` with `strings` as a C array of C strings ending in a null pointer (an
/// `argv` or `envp`), freed when it returns.
public func withCStrings<Result>(
  _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) throws -> Result
) rethrows -> Result {
  let array = strings.map { strdup($0) } + [nil]
  defer {
    for pointer in array { free(pointer) }
  }
  return try body(array)
}
