// Reads TOML on standard input and writes toml-test's tagged JSON on standard output, so
// any copy of toml-test can check GlideTOML: `toml-test glide-toml-decode`.
import GlideTOML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

var input: [UInt8] = []
var buffer = [UInt8](repeating: 0, count: 65536)
while true {
  let count = read(0, &buffer, buffer.count)
  if count < 0, errno == EINTR { continue }
  guard count > 0 else { break }
  input.append(contentsOf: buffer[0..<count])
}
do {
  let table = try TOMLTable.parse(input)
  print(TaggedJSON.encode(table))
} catch {
  let line = Array("glide-toml-decode: \(error.description)\n".utf8)
  _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  exit(1)
}
