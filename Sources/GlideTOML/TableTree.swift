/// The tables of a document while it is read: headers and dotted keys add to tables
/// defined earlier, so they are shared references until the document is frozen into
/// `TOMLTable` values.
final class TableNode {
  /// What a key holds while the document is read.
  enum Item {
    /// A finished value (inline tables and arrays are finished when they close).
    case value(TOMLValue)
    /// A table that headers or dotted keys may still add to.
    case table(TableNode)
    /// An array of tables, one per `[[header]]`.
    case tables(TableList)
  }

  private(set) var keys: [String] = []
  private(set) var items: [Item] = []
  private(set) var keyPositions: [TOMLPosition] = []
  /// Built once a table has more keys than a linear search is quick for.
  private var index: [String: Int]?
  let position: TOMLPosition
  /// How many tables enclose it; bounded so that freezing never recurses too deep.
  let depth: Int
  /// Defined by its own `[header]` or `[[header]]`: no second header, no dotted keys.
  var hasHeader = false
  /// The section whose dotted keys made or entered it (-1: none). Only keys of that same
  /// section may add to it with dotted keys; a later header may not define it.
  var dottedSection = -1

  init(position: TOMLPosition, depth: Int) {
    self.position = position
    self.depth = depth
  }

  /// Where `key` is among the keys, if present.
  func find(_ key: String) -> Int? {
    if let index { return index[key] }
    return keys.firstIndex(of: key)
  }

  /// What `key` holds, if present.
  func item(_ key: String) -> Item? {
    find(key).map { items[$0] }
  }

  func insert(_ key: String, at position: TOMLPosition, _ item: Item) {
    keys.append(key)
    items.append(item)
    keyPositions.append(position)
    if index != nil {
      index?[key] = keys.count - 1
    } else if keys.count > TOMLTable.linearSearchLimit {
      index = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices))
    }
  }

  /// The finished table.
  func frozen() -> TOMLTable {
    var table = TOMLTable(position: position)
    for number in keys.indices {
      let value: TOMLValue
      switch items[number] {
      case .value(let finished):
        value = finished
      case .table(let node):
        value = TOMLValue(.table(node.frozen()), at: node.position)
      case .tables(let list):
        let elements = list.nodes.map { TOMLValue(.table($0.frozen()), at: $0.position) }
        value = TOMLValue(.array(elements), at: list.position)
      }
      table.append(keys[number], at: keyPositions[number], value)
    }
    return table
  }
}

/// An array of tables, appended to by each `[[header]]` of its name.
final class TableList {
  var nodes: [TableNode]
  let position: TOMLPosition

  init(_ first: TableNode, position: TOMLPosition) {
    nodes = [first]
    self.position = position
  }
}
