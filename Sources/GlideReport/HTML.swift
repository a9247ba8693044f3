import GlideCore

/// The report's one way of putting text into HTML: text from the log first passes the
/// display choke point (control characters made visible), then is escaped for markup,
/// so a routine or area named `<script>` is shown, never run.
enum HTML {
  /// `text` safe as element content or a quoted attribute value.
  static func text(_ text: String) -> String {
    TextEscaper.html.escaped(DisplayText.escaped(text))
  }

  /// A number for SVG coordinates: at most one decimal, no exponent.
  static func number(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    guard tenths.isFinite else { return "0" }
    let whole = Int(tenths)
    let sign = whole < 0 ? "-" : ""
    let magnitude = abs(whole)
    return magnitude % 10 == 0
      ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }

  /// A figure as a person reads it: whole when it is, else one decimal.
  static func figure(_ value: Double) -> String { number(value) }
}

/// Builds one chart's SVG: a role of image, labelled by its title and description, which
/// a screen reader says and a browser shows on hover.
struct SVGChart {
  /// The chart's id, for its title's and table's ids.
  var id: String
  var width: Double
  var height: Double
  var title: String
  var description: String
  var body = ""

  init(id: String, width: Double, height: Double, title: String, description: String) {
    self.id = id
    self.width = width
    self.height = height
    self.title = title
    self.description = description
  }

  /// A rectangle with a class and a hover title.
  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, class name: String, title: String? = nil,
    style: String? = nil
  ) {
    body +=
      "<rect x=\"\(HTML.number(x))\" y=\"\(HTML.number(y))\" width=\"\(HTML.number(width))\""
      + " height=\"\(HTML.number(height))\" class=\"\(name)\""
      + (style.map { " style=\"\(HTML.text($0))\"" } ?? "")
    body += title.map { "><title>\(HTML.text($0))</title></rect>" } ?? "/>"
  }

  /// Text at a point; `anchor` is `start`, `middle` or `end`.
  mutating func label(_ text: String, x: Double, y: Double, anchor: String = "start") {
    body +=
      "<text x=\"\(HTML.number(x))\" y=\"\(HTML.number(y))\" text-anchor=\"\(anchor)\">"
      + "\(HTML.text(text))</text>"
  }

  /// A straight line with a class.
  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, class name: String) {
    body +=
      "<line x1=\"\(HTML.number(x1))\" y1=\"\(HTML.number(y1))\" x2=\"\(HTML.number(x2))\""
      + " y2=\"\(HTML.number(y2))\" class=\"\(name)\"/>"
  }

  /// A line through points, with a dot and hover title at each.
  mutating func series(_ points: [(x: Double, y: Double, title: String)], class name: String) {
    guard !points.isEmpty else { return }
    let path = points.map { "\(HTML.number($0.x)),\(HTML.number($0.y))" }.joined(separator: " ")
    body += "<polyline points=\"\(path)\" class=\"\(name)\"/>"
    for point in points {
      body +=
        "<circle cx=\"\(HTML.number(point.x))\" cy=\"\(HTML.number(point.y))\" r=\"3.5\""
        + " class=\"\(name)\"><title>\(HTML.text(point.title))</title></circle>"
    }
  }

  /// The whole `<svg>` element.
  var svg: String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\""
      + " width=\"\(HTML.number(width))\" height=\"\(HTML.number(height))\""
      + " viewBox=\"0 0 \(HTML.number(width)) \(HTML.number(height))\""
      + " aria-labelledby=\"\(id)-title \(id)-desc\">"
      + "<title id=\"\(id)-title\">\(HTML.text(title))</title>"
      + "<desc id=\"\(id)-desc\">\(HTML.text(description))</desc>" + body + "</svg>"
  }
}

/// One chart's numbers as a table, for a screen reader, a printout and anyone who wants
/// the figures rather than the shapes.
struct NumbersTable {
  var id: String
  var caption: String
  var header: [String]
  var rows: [[String]] = []

  /// The `<table>` element, first column as row headers.
  var html: String {
    var out = "<table id=\"\(id)-table\"><caption>\(HTML.text(caption))</caption><thead><tr>"
    for cell in header { out += "<th scope=\"col\">\(HTML.text(cell))</th>" }
    out += "</tr></thead><tbody>"
    for row in rows {
      out += "<tr>"
      for (index, cell) in row.enumerated() {
        out +=
          index == 0 ? "<th scope=\"row\">\(HTML.text(cell))</th>" : "<td>\(HTML.text(cell))</td>"
      }
      out += "</tr>"
    }
    return out + "</tbody></table>"
  }
}
