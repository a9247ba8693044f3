#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finding bytes in a buffer at memory speed, for readers that skim large logs.
public enum ByteSearch {
  /// The index of the first `byte` in `bytes[from..<to]`; nil when there is none.
  public static func index(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int
  ) -> Int? {
    guard from < to, let base = bytes.baseAddress,
      let hit = memchr(base + from, Int32(byte), to - from)
    else { return nil }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  /// The index just past the first occurrence of `needle`.
  public static func end(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress, !needle.isEmpty, bytes.count >= needle.count else {
      return nil
    }
    // memchr finds each candidate first byte at memory speed; memcmp checks the rest.
    return needle.withUnsafeBufferPointer { key -> Int? in
      let first = Int32(key[0])
      var index = 0
      let last = bytes.count - key.count
      while index <= last {
        guard let hit = memchr(base + index, first, last - index + 1) else { return nil }
        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        // Most candidates fail on the second byte: checked before calling memcmp.
        if key.count == 1
          || (at + 1 < bytes.count && base[at + 1] == key[1]
            && memcmp(base + at, key.baseAddress!, key.count) == 0)
        {
          return at + key.count
        }
        index = at + 1
      }
      return nil
    }
  }

  /// Whether `bytes` holds `word` at `index` (all of it, within bounds).
  public static func holds(
    _ word: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int
  )
    -> Bool
  {
    let count = word.utf8CodeUnitCount
    guard index >= 0, index + count <= bytes.count, let base = bytes.baseAddress else {
      return false
    }
    return memcmp(base + index, word.utf8Start, count) == 0
  }
}
