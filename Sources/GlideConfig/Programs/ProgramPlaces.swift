import GlideTOML

/// Where the keys and values of a program file are written, so a message points at the
/// value it is about, or at the key when the key itself is wrong.
struct ProgramPlaces: Sendable {
  /// Where one key and its value are written.
  struct Place: Sendable {
    /// The key's line and column.
    var key: TOMLPosition
    /// The value's line and column.
    var value: TOMLPosition
  }

  /// One `[[sessions]]` or `[[weeks]]` table: its header and its keys.
  struct Table: Sendable {
    /// Where the table starts.
    var header: TOMLPosition
    /// Its keys.
    var keys: [String: Place]
  }

  /// The top-level keys.
  var top: [String: Place] = [:]
  /// The arrays of tables by name, in file order.
  var tables: [String: [Table]] = [:]

  /// The places of a parsed file.
  init(_ table: TOMLTable) {
    for entry in table.entries {
      top[entry.key] = Place(key: entry.keyPosition, value: entry.value.position)
      guard let items = entry.value.array else { continue }
      tables[entry.key] = items.compactMap { item in
        item.table.map { inner in
          var keys: [String: Place] = [:]
          for field in inner.entries {
            keys[field.key] = Place(key: field.keyPosition, value: field.value.position)
          }
          return Table(header: item.position, keys: keys)
        }
      }
    }
  }

  /// Where a message about `key` points: its value, or the key itself with `atKey`; a key
  /// that is missing points at its table's header, or at the first table it would name.
  func position(ofKey key: String, inTable table: String?, index: Int?, atKey: Bool)
    -> TOMLPosition?
  {
    if let table {
      guard let tables = tables[table], let index, tables.indices.contains(index) else {
        return nil
      }
      guard let place = tables[index].keys[key] else { return tables[index].header }
      return atKey ? place.key : place.value
    }
    if let place = top[key] { return atKey ? place.key : place.value }
    return tables[key]?.first?.header
  }
}
