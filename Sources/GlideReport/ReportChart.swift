/// One section of the report: a heading, the chart (or a sentence when there is nothing
/// to draw), and its numbers.
struct ReportChart {
  /// The section's id; its table is `<id>-table`.
  var id: String
  /// The section's heading.
  var heading: String
  /// The chart's markup: an `<svg>`, or a paragraph.
  var figure: String
  /// A sentence under the chart that reads it.
  var caption: String
  /// The chart's numbers, when it drew any.
  var table: NumbersTable?

  /// The section as shown at the top of the page: heading, chart, caption, a link to the
  /// numbers.
  var html: String {
    "<section class=\"chart-section\" id=\"\(id)\"><h2>\(HTML.text(heading))</h2>"
      + "<figure>\(figure)<figcaption>\(HTML.text(caption))"
      + (table.map { " <a href=\"#\($0.id)-table\">The numbers</a>." } ?? "")
      + "</figcaption></figure></section>"
  }
}
