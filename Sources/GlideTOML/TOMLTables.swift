/// Tables: `[table]` and `[[array]]` headers and `key = value` pairs, and the rules of
/// TOML 1.0 on what may be defined where, and how often.
extension TOMLParser {
  /// A `[table]` or `[[array]]` header: the table that the following keys go into.
  mutating func header(root: TableNode) throws(TOMLError) -> TableNode {
    let start = here()
    offset += 1
    let isArray = peek() == 0x5B
    if isArray { offset += 1 }
    skipSpaces()
    if !(Self.isBare(peek()) || peek() == 0x22 || peek() == 0x27) {
      throw fail(
        "a table header needs a key, found \(describe())", .headerWithoutKey)
    }
    let parts = try key()
    let closing = isArray ? "]]" : "]"
    guard peek() == 0x5D, !isArray || peek(1) == 0x5D else {
      if peek() == 0x5D { offset += 1 }
      throw fail("expected '\(closing)' to close the table header, found \(describe())")
    }
    offset += isArray ? 2 : 1
    sections += 1
    section = sections
    let parent = try headerParent(of: parts, in: root)
    let last = parts[parts.count - 1]
    return isArray
      ? try arrayElement(last, in: parent, at: start) : try table(last, in: parent, at: start)
  }

  /// The table a header's last key part goes into: each part before it names a table,
  /// made when missing, or the latest element of an array of tables.
  private mutating func headerParent(
    of parts: [KeyPart], in root: TableNode
  ) throws(TOMLError) -> TableNode {
    var node = root
    for part in parts.dropLast() {
      switch node.item(part.name) {
      case nil:
        let child = try makeNode(at: part.position, depth: node.depth + 1)
        node.insert(part.name, at: part.position, .table(child))
        node = child
      case .table(let child):
        node = child
      case .tables(let list):
        node = list.nodes[list.nodes.count - 1]
      case .value(let value):
        throw Self.taken(part, by: value, ", not a table")
      }
    }
    return node
  }

  /// `[[last]]` in `node`: a new element of the array of tables `last` names.
  private mutating func arrayElement(
    _ last: KeyPart, in node: TableNode, at start: TOMLPosition
  ) throws(TOMLError) -> TableNode {
    var name: String { Self.quoted(last.name) }
    let element = try makeNode(at: start, depth: node.depth + 1)
    element.hasHeader = true
    switch node.item(last.name) {
    case nil:
      node.insert(last.name, at: last.position, .tables(TableList(element, position: start)))
    case .tables(let list):
      list.nodes.append(element)
    case .table(let table):
      throw TOMLError(
        at: last.position,
        "[[\(name)]] adds to an array of tables, but '\(name)' is a table (\(table.position))")
    case .value(let value):
      throw Self.taken(last, by: value, ", not an array of tables")
    }
    return element
  }

  /// `[last]` in `node`: the table `last` names, made now or only by dotted keys until now.
  private mutating func table(
    _ last: KeyPart, in node: TableNode, at start: TOMLPosition
  ) throws(TOMLError) -> TableNode {
    var name: String { Self.quoted(last.name) }
    switch node.item(last.name) {
    case nil:
      let table = try makeNode(at: start, depth: node.depth + 1)
      table.hasHeader = true
      node.insert(last.name, at: last.position, .table(table))
      return table
    case .table(let table):
      if table.hasHeader {
        throw TOMLError(
          at: last.position, "table [\(name)] is defined twice (first at \(table.position))")
      }
      if table.dottedSection >= 0 {
        throw TOMLError(
          at: last.position,
          "table [\(name)] was already defined by dotted keys (\(table.position))")
      }
      table.hasHeader = true
      return table
    case .tables(let list):
      throw TOMLError(
        at: last.position,
        "'\(name)' is an array of tables (\(list.position)); add to it with [[\(name)]]")
    case .value(let value):
      throw Self.taken(last, by: value, ", not a table")
    }
  }

  /// `key = value` into `table`; dotted keys make or enter tables of this section.
  mutating func keyValue(into table: TableNode, section: Int) throws(TOMLError) {
    let parts = try key()
    guard peek() == 0x3D else {
      throw fail("expected '=' after the key, found \(describe())")
    }
    offset += 1
    skipSpaces()
    var node = table
    for part in parts.dropLast() {
      var name: String { Self.quoted(part.name) }
      switch node.item(part.name) {
      case nil:
        let child = try makeNode(at: part.position, depth: node.depth + 1)
        child.dottedSection = section
        node.insert(part.name, at: part.position, .table(child))
        node = child
      case .table(let child):
        if child.hasHeader || (child.dottedSection >= 0 && child.dottedSection != section) {
          throw TOMLError(
            at: part.position,
            "table '\(name)' is already defined (\(child.position)); a dotted key cannot add to it"
          )
        }
        child.dottedSection = section
        node = child
      case .tables(let list):
        throw TOMLError(
          at: part.position,
          "'\(name)' is an array of tables (\(list.position)); a dotted key cannot add to it")
      case .value(let value):
        throw Self.taken(part, by: value, "; a dotted key cannot add to it")
      }
    }
    let last = parts[parts.count - 1]
    if let existing = node.find(last.name) {
      let first = " (first at \(node.keyPositions[existing]))"
      throw TOMLError(
        at: last.position, "duplicate key '\(Self.quoted(last.name))'\(first)")
    }
    let value = try value(depth: node.depth + 1)
    node.insert(last.name, at: last.position, .value(value))
  }

  mutating func makeNode(at position: TOMLPosition, depth: Int) throws(TOMLError) -> TableNode {
    guard depth <= Self.maxDepth else {
      throw TOMLError(at: position, "tables nest more than \(Self.maxDepth) deep")
    }
    return TableNode(position: position, depth: depth)
  }

  /// The error for a key part that names a value where a table must go: "'x' is already
  /// an integer (1:1)" and `rest`.
  static func taken(_ part: KeyPart, by value: TOMLValue, _ rest: String) -> TOMLError {
    TOMLError(
      at: part.position,
      "'\(quoted(part.name))' is already \(article(value)) (\(value.position))" + rest)
  }

  /// A value's kind with its article, as a message names it: "an integer", "a string".
  static func article(_ value: TOMLValue) -> String {
    switch value.kind {
    case .table: "an inline table"
    case .array: "an array"
    case .integer: "an integer"
    default: "a " + value.typeName
    }
  }
}
