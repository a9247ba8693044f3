import GlideCore

/// The help overlay's lines at a width: the key table's own lines where they fit, else
/// what each binding does wrapped beside its keys, or, narrower still, under them.
enum HelpText {
  /// The lines, none wider than `width` columns.
  static func lines(width: Int, bindings: [KeyBinding] = KeyTable.bindings) -> [String] {
    let table = KeyTable.lines(of: bindings)
    if table.allSatisfy({ $0.columns <= width }) { return table }
    let names = bindings.map { $0.names.joined(separator: " ") }
    let column = (names.map(\.columns).max() ?? 0) + 1
    return zip(bindings, names).flatMap { binding, keys -> [String] in
      let words = ([binding.help] + (binding.more.map { [$0] } ?? [])).joined(separator: " ")
      guard width - column >= 20 else {
        return [keys.truncated(width)] + words.wrapped(width - 2).map { "  " + $0 }
      }
      return words.wrapped(width - column).enumerated().map { index, line in
        (index == 0 ? keys : "").rightPadded(column) + line
      }
    }
  }
}
