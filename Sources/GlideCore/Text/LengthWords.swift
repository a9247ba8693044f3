extension TimeSpan {
  /// The length in words, as the voice says it and as sentences write it: "45 seconds",
  /// "90 seconds", "1 minute", "2 minutes 30 seconds", "1 hour 5 minutes"; rounded up to
  /// the second. Up to two minutes, a length that is not whole minutes is said in seconds,
  /// as a person counts a short hold. Every other place a time is shown uses `clockFace`;
  /// `fileText` ("1m30s") is only for what a routine or config file may be written with.
  public var words: String {
    let total = ceilingSeconds
    if total <= 120 && total % 60 != 0 { return Int(total).counted("second") }
    let hours = Int(total / 3600)
    let minutes = Int(total % 3600 / 60)
    let seconds = Int(total % 60)
    var parts: [String] = []
    if hours > 0 { parts.append(hours.counted("hour")) }
    if minutes > 0 { parts.append(minutes.counted("minute")) }
    if seconds > 0 { parts.append(seconds.counted("second")) }
    return parts.isEmpty ? "0 seconds" : parts.joined(separator: " ")
  }
}
