import ArgumentParser
import GlideConfig
import GlideCore
import GlideLog
import GlideStanding
import GlideSystem

/// `glide remind`: one line when the week is behind, for a shell's start-up file or a
/// daily systemd user timer.
struct RemindCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "remind",
    abstract: "Print one line when this week's sessions are behind (nothing otherwise).",
    discussion: """
      Behind means fewer sessions done than an even spread over the week asks by now, \
      or too few days left for the rest: of the active program's sessions in its week, \
      else of 2 sessions in this Monday-to-Sunday week. When the week can no longer be \
      met it says so on any day, a day with a session or a rest day too, with how many \
      sessions are left and the days they still fit on. Put 'glide remind' in your \
      shell's start-up file, or 'glide remind --install' for a daily desktop \
      notification through a systemd user timer.
      """)

  /// The units' file names.
  static let service = "glide-remind.service"
  static let timer = "glide-remind.timer"

  @Flag(help: "Also send the line as a desktop notification (notify-send).")
  var notify = false

  @Flag(help: "Write and enable a systemd user timer that runs 'glide remind --notify' daily.")
  var install = false

  @Flag(help: "Disable and remove the timer --install wrote.")
  var uninstall = false

  @Option(help: "With --install: the time of day, HH:MM.")
  var at = "18:00"

  @OptionGroup var log: LogOptions

  func validate() throws {
    guard !(install && uninstall) else {
      throw ValidationError("--install and --uninstall cannot go together")
    }
    let parts = at.split(separator: ":").compactMap { Int($0) }
    guard at.count == 5, parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1])
    else { throw ValidationError("--at must be a time of day as HH:MM, e.g. 18:00") }
  }

  func run() throws {
    if install { return try installTimer() }
    if uninstall { return try uninstallTimer() }
    guard let line = try behindLine() else { return }
    Output.line(line)
    guard notify else { return }
    guard let sent = runTool("notify-send", ["--app-name=Glide", "Glide", line]) else {
      throw fail("--notify needs notify-send on PATH (apt-get install libnotify-bin)")
    }
    if sent.status != 0 {
      throw fail("notify-send failed (status \(sent.status)): \(sent.err)")
    }
  }

  /// The reminder, or nil when the week is on track.
  func behindLine() throws -> String? {
    if let standing = try ProgramStanding.load(log: log) { return Reminder.line(standing) }
    var reader = try log.openForReading()
    let now = Timestamp.now()
    let today = LocalTime.system.date(now)
    let done = sessionsThisWeek(&reader, now: now, time: .system)
    let day = today.daysSinceEpoch
    let sessions = loggedSessions(
      &reader, since: day - Reminder.lookBackDays + 1, time: .system)
    let doneToday = sessions.contains { $0.day == day && $0.didWork }
    return Reminder.line(
      done: done, today: today, next: Reminder.leastWorked(sessions, today: day),
      doneToday: doneToday)
  }

  /// `$XDG_CONFIG_HOME/systemd/user`, else `~/.config/systemd/user`.
  static func unitDirectory() throws -> String {
    guard let config = BaseDirectories.config() else {
      throw fail("cannot find the systemd user folder: set HOME or XDG_CONFIG_HOME")
    }
    return config + "/systemd/user"
  }

  /// This binary's absolute path, for the service to run.
  static func binaryPath() -> String {
    Files.resolve("/proc/self/exe") ?? CommandLine.arguments[0]
  }

  func installTimer() throws {
    let folder = try Self.unitDirectory()
    // systemd splits ExecStart at spaces outside double quotes.
    var command = "\"\(Self.binaryPath())\" remind --notify"
    if let path = try? log.logFile().path { command += " --log \"\(path)\"" }
    let service = """
      [Unit]
      Description=Glide: a reminder when the training week is behind

      [Service]
      Type=oneshot
      ExecStart=\(command)

      """
    let timer = """
      [Unit]
      Description=Glide: check the training week daily

      [Timer]
      OnCalendar=*-*-* \(at):00
      Persistent=true

      [Install]
      WantedBy=timers.target

      """
    do {
      try Folders.make(folder)
      try AtomicFile.replace(folder + "/" + Self.service, with: Array(service.utf8))
      try AtomicFile.replace(folder + "/" + Self.timer, with: Array(timer.utf8))
    } catch {
      throw fail("cannot write the timer to \(folder): \(error.reason)")
    }
    Output.line("Wrote \(folder)/\(Self.service) and \(Self.timer) (daily at \(at)).")
    try systemctl(["daemon-reload"])
    try systemctl(["enable", "--now", Self.timer])
    Output.line(
      "Enabled: 'systemctl --user list-timers' shows it; 'glide remind --uninstall' removes it.")
  }

  func uninstallTimer() throws {
    let folder = try Self.unitDirectory()
    let files = [Self.timer, Self.service].map { folder + "/" + $0 }
    guard files.contains(where: Files.exists) else {
      Output.line("No reminder timer is installed in \(folder).")
      return
    }
    try systemctl(["disable", "--now", Self.timer])
    for file in files where Files.exists(file) {
      do {
        try Files.remove(file)
      } catch {
        throw fail("cannot remove \(file): \(error.reason)")
      }
    }
    try systemctl(["daemon-reload"])
    Output.line("Removed \(folder)/\(Self.timer) and \(Self.service).")
  }

  /// `systemctl --user ARGS`, or exit 2 saying what failed.
  func systemctl(_ arguments: [String]) throws {
    let all = ["--user"] + arguments
    guard let result = runTool("systemctl", all) else {
      throw fail(
        "systemctl is not on PATH; the unit files are written, run 'systemctl \(all.joined(separator: " "))' where systemd runs"
      )
    }
    if result.status != 0 {
      throw fail(
        "'systemctl \(all.joined(separator: " "))' failed (status \(result.status)): \(result.err)")
    }
  }
}
