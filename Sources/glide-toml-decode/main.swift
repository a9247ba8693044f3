// Reads TOML on standard input and writes toml-test's tagged JSON on standard output, so
// any copy of toml-test can check GlideTOML: `toml-test glide-toml-decode`.
import GlideSystem
import GlideTOML

var input: [UInt8] = []
while let chunk = Descriptor.readPrefix(0, limit: 65536), !chunk.isEmpty {
  input.append(contentsOf: chunk)
}
do {
  let table = try TOMLTable.parse(input)
  print(TaggedJSON.encode(table))
} catch {
  Descriptor.writeAll(2, Array("glide-toml-decode: \(error.description)\n".utf8))
  Host.exit(1)
}
