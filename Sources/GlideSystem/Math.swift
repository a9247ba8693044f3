#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C library's trigonometry, which the standard library does not offer, for tone
/// synthesis.
public enum Math {
  /// The sine of `x` radians.
  public static func sine(_ x: Double) -> Double { sin(x) }

  /// The cosine of `x` radians.
  public static func cosine(_ x: Double) -> Double { cos(x) }
}
