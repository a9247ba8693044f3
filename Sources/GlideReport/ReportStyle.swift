/// The report's one style sheet: readable on screen, a page or two on A4 or Letter in
/// print, colours kept in print, and a palette told apart with colour blindness
/// (Okabe-Ito).
enum ReportStyle {
  static let css = """
    :root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de}
    body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:#fff}
    main{max-width:760px;margin:0 auto;padding:24px}
    h1{font-size:1.5em;margin:0 0 .4em}h2{font-size:1.15em;margin:1.4em 0 .4em}
    .overview{display:grid;grid-template-columns:repeat(2,1fr);gap:6px 18px;margin:0}
    .overview div{border-left:3px solid #0072b2;padding-left:8px}
    .overview dt{font-size:.8em;color:var(--muted)}.overview dd{margin:0;font-weight:600}
    figure{margin:0}figcaption{font-size:.85em;color:var(--muted);margin-top:4px}
    svg.chart{max-width:100%;height:auto;display:block;font:11px system-ui,"DejaVu Sans",sans-serif;fill:var(--ink)}
    .pairs{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:0 20px}
    .grid{stroke:var(--line);stroke-width:1}
    .day0{fill:#ebedf0}.day1{fill:#9be9a8}.day2{fill:#40c463}.day3{fill:#216e39}
    .week-none{fill:#ebedf0}.week-some{fill:#f0e442}.week-met{fill:#0072b2}
    .area0{fill:#0072b2;background:#0072b2}.area1{fill:#e69f00;background:#e69f00}
    .area2{fill:#009e73;background:#009e73}.area3{fill:#cc79a7;background:#cc79a7}
    .area4{fill:#56b4e9;background:#56b4e9}.area5{fill:#d55e00;background:#d55e00}
    .area9{fill:#999;background:#999}
    .legend{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.85em}
    .swatch{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:-1px}
    polyline{fill:none;stroke-width:2}
    polyline.before{stroke:#999;stroke-dasharray:5 4}circle.before{fill:#999}
    polyline.after{stroke:#0072b2}circle.after{fill:#0072b2}
    .planned{fill:none;stroke:#57606a;stroke-dasharray:3 2}.done{fill:#e69f00}.done-met{fill:#009e73}
    .notes li{margin:.3em 0}
    table{border-collapse:collapse;margin:.8em 0 1.2em;font-size:.85em}
    caption{text-align:left;font-weight:600;padding-bottom:4px}
    th,td{border-bottom:1px solid var(--line);padding:2px 10px;text-align:right}
    th[scope=row],thead th:first-child{text-align:left}
    footer{margin-top:2em;font-size:.8em;color:var(--muted)}
    @page{size:auto;margin:14mm}
    @media print{
      body{font-size:11pt}main{max-width:none;padding:0}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      .chart-section{break-inside:avoid}
      .numbers{break-before:page}
      table{break-inside:auto}tr{break-inside:avoid}
      a{color:inherit;text-decoration:none}
    }
    """
}
