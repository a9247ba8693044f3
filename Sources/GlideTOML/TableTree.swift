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

  var order: [String] = []
  var items: [String: Item] = [:]
  var keyPositions: [String: TOMLPosition] = [:]
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

  func insert(_ key: String, at position: TOMLPosition, _ item: Item) {
    order.append(key)
    items[key] = item
    keyPositions[key] = position
  }

  /// The finished table.
  func frozen() -> TOMLTable {
    var table = TOMLTable(position: position)
    for key in order {
      guard let item = items[key], let keyPosition = keyPositions[key] else { continue }
      switch item {
      case .value(let value):
        table.append(key, at: keyPosition, value)
      case .table(let node):
        table.append(key, at: keyPosition, TOMLValue(.table(node.frozen()), at: node.position))
      case .tables(let list):
        let elements = list.nodes.map { TOMLValue(.table($0.frozen()), at: $0.position) }
        table.append(key, at: keyPosition, TOMLValue(.array(elements), at: list.position))
      }
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
