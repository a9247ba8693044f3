import Foundation
import GlideSystem
import Testing

/// The built `glide` binary, beside the test bundle.
let glideBinary: String = {
  let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
  return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("glide").path
}()

/// A fixture routine's path.
func fixture(_ name: String, filePath: String = #filePath) -> String {
  URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent(name).path
}

/// Runs a program to its end; returns status, stdout and stderr.
///
/// GlideSystem (posix_spawn) rather than Foundation's Process: the output goes to files
/// (a tmux server forked by the command keeps its copies open, so a pipe would never
/// reach end-of-file), and the wait blocks only this thread.
@discardableResult
func runProcess(_ path: String, _ arguments: [String], environment: [String: String]? = nil)
  -> (status: Int32, out: String, err: String)
{
  let run = CapturedRun(path, arguments, environment: environment)
  guard let pid = run.pid else { return run.finish(-1) }
  return run.finish(ChildProcess.wait(pid))
}

/// `runProcess` for a long-running program, polling for its end rather than blocking in
/// `waitpid`, so the thread it runs on is free for other tests meanwhile.
@discardableResult
func runProcessAsync(_ path: String, _ arguments: [String], environment: [String: String]? = nil)
  async throws -> (status: Int32, out: String, err: String)
{
  let run = CapturedRun(path, arguments, environment: environment)
  guard let pid = run.pid else { return run.finish(-1) }
  var exitStatus = ChildProcess.endedStatus(pid)
  while exitStatus == nil {
    await pause(pollInterval)
    exitStatus = ChildProcess.endedStatus(pid)
  }
  return run.finish(exitStatus ?? -1)
}

/// A program started with its standard output and error going to files of their own, the
/// one start and one read of `runProcess` and `runProcessAsync`.
private struct CapturedRun {
  let path: String
  let outPath: String
  let errPath: String
  /// The started process; nil when it could not be started.
  let pid: Int32?

  init(_ path: String, _ arguments: [String], environment: [String: String]?) {
    let folder = FileManager.default.temporaryDirectory
    self.path = path
    outPath = folder.appendingPathComponent("glide-e2e-out-\(UUID().uuidString)").path
    errPath = folder.appendingPathComponent("glide-e2e-err-\(UUID().uuidString)").path
    let entries = (environment ?? ProcessInfo.processInfo.environment).map {
      "\($0.key)=\($0.value)"
    }
    pid = ChildProcess.spawn(
      path, arguments, environment: entries, output: outPath, error: errPath)
  }

  /// The status with what the program wrote; the files are removed.
  func finish(_ status: Int32) -> (status: Int32, out: String, err: String) {
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    guard pid != nil else { return (-1, "", "cannot start \(path)") }
    let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return (status, out, err)
  }
}

/// How often a wait looks again: short, so a test goes on as soon as the screen or file is
/// there, and long enough that the polls (one `tmux` process each) do not load the machine.
let pollInterval = 0.04

/// Waits until `condition` holds, looking every `pollInterval`; false at the deadline.
func eventually(timeout: Double, _ condition: () -> Bool) async -> Bool {
  let deadline = Date().addingTimeInterval(timeout)
  while Date() < deadline {
    if condition() { return true }
    await pause(pollInterval)
  }
  return condition()
}

/// Lets `seconds` pass without holding a thread, so other tests run on it meanwhile.
func pause(_ seconds: Double) async {
  try? await Task.sleep(for: .seconds(seconds))
}

/// A tmux server on a private socket with one shell pane, in which the tests type.
final class Tmux {
  let socket = "glide-e2e-\(UUID().uuidString.prefix(8))"
  let directory: URL

  /// A pane of `width` x `height` running `shell` (`sh`; `bash -i` for job control).
  init(width: Int = 80, height: Int = 24, shell: [String] = ["sh"]) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let started = tmux(
      [
        "-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
        "env", "-i", "PATH=/usr/bin:/bin", "HOME=\(directory.path)", "TERM=tmux-256color",
        "LANG=C.UTF-8", "PS1=$ ",
      ] + shell)
    guard started.status == 0 else {
      throw TmuxError(message: "tmux did not start: \(started.err)")
    }
    _ = tmux(["set-option", "-t", "main", "window-size", "manual"])
    serverPID = Int32(
      tmux(["display-message", "-p", "-t", "main", "#{pid}"]).out
        .trimmingCharacters(in: .whitespacesAndNewlines))
  }

  private var closed = false
  /// The tmux server's pid, so teardown can end it even if kill-server does not.
  private var serverPID: Int32?

  /// Ends the server, anything glide left running in it, and its folder; safe to call
  /// twice. Tests call it in a `defer`: the expectation macros may keep this object alive
  /// until the test process ends, so `deinit` alone would leak servers.
  func close() {
    guard !closed else { return }
    closed = true
    for pid in glidePIDs() { kill(pid, SIGKILL) }
    _ = tmux(["kill-server"])
    if let serverPID { kill(serverPID, SIGKILL) }
    unlink("/tmp/tmux-\(getuid())/\(socket)")
    try? FileManager.default.removeItem(at: directory)
  }

  /// Ends the tmux server at once, as a closed terminal window would: every pane's
  /// terminal goes away under whatever runs in it.
  func killServer() {
    _ = tmux(["kill-server"])
    if let serverPID { kill(serverPID, SIGKILL) }
  }

  deinit { close() }

  struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  @discardableResult
  func tmux(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
    runProcess("/usr/bin/tmux", ["-L", socket] + arguments)
  }

  /// Types text and presses enter.
  func type(_ line: String) {
    tmux(["send-keys", "-t", "main", "-l", line])
    tmux(["send-keys", "-t", "main", "Enter"])
  }

  /// Sends tmux key names (`Space`, `Escape`, `Enter`, `n`).
  func keys(_ names: String...) {
    tmux(["send-keys", "-t", "main"] + names)
  }

  /// The pane's text now.
  var screen: String { tmux(["capture-pane", "-p", "-t", "main"]).out }

  /// The pane's text with its scrollback.
  var history: String { tmux(["capture-pane", "-p", "-S", "-500", "-t", "main"]).out }

  /// Waits until the screen satisfies `condition`; records the screen on timeout.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) async -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if condition(screen) { return true }
      await pause(pollInterval)
    }
    Issue.record(
      "timed out waiting for \(what); the screen was:\n\(screen)", sourceLocation: sourceLocation)
    return false
  }

  /// Waits until the screen contains `text`.
  @discardableResult
  func waitFor(
    _ text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation
  ) async -> Bool {
    await waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) {
      $0.contains(text)
    }
  }

  /// The glide processes started from this pane's shell (and no other test's).
  func glidePIDs() -> [Int32] {
    let shell = tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).out
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return runProcess("/usr/bin/pgrep", ["-P", shell, "glide"]).out
      .split(separator: "\n").compactMap { Int32($0) }
  }

  /// Starts glide as one job of an interactive shell: in a subshell, so that stopping it
  /// (Ctrl-Z) does not let the shell run on and write the exit status early.
  func startGlideJob(_ arguments: String) {
    type(
      "clear; rm -f \(directory.path)/status; (\(glideBinary) \(arguments); echo \"EXIT=$?\" > \(directory.path)/status)"
    )
  }

  /// The pane's title, as the programs in it set it.
  var paneTitle: String {
    tmux(["display-message", "-p", "-t", "main", "#{pane_title}"]).out
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Whether the pane shows the alternate screen.
  var alternateScreenOn: Bool {
    tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"]).out.hasPrefix("1")
  }

  /// Whether the pane's cursor is shown.
  var cursorShown: Bool {
    tmux(["display-message", "-p", "-t", "main", "#{cursor_flag}"]).out.hasPrefix("1")
  }

  /// Starts glide in the pane's shell, writing its exit status to a file when it ends.
  func startGlide(_ arguments: String) {
    type(
      "clear; rm -f \(directory.path)/status; \(glideBinary) \(arguments); echo \"EXIT=$?\" > \(directory.path)/status"
    )
  }

  /// Starts glide on a fixture whose first step rolls the calves, and skips the lead-in.
  func startGlideInFirstRoll(
    _ arguments: String, sourceLocation: SourceLocation = #_sourceLocation
  ) async {
    startGlide(arguments)
    await waitFor("GET READY", sourceLocation: sourceLocation)
    keys("n")
    await waitFor("ROLL · calves", sourceLocation: sourceLocation)
  }

  /// Glide's exit status once it has ended.
  func exitStatus(
    timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation
  ) async -> Int? {
    let file = directory.appendingPathComponent("status")
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOf: file, encoding: .utf8), text.hasPrefix("EXIT=") {
        return Int(text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines))
      }
      await pause(pollInterval)
    }
    Issue.record("glide did not exit; the screen was:\n\(screen)", sourceLocation: sourceLocation)
    return nil
  }

  /// Checks the pane's terminal is sane again: echo and canonical mode on.
  func expectSaneTerminal(sourceLocation: SourceLocation = #_sourceLocation) async {
    // The marker is computed by the shell, so the typed command line never matches it.
    type(
      "clear; echo \"MODES $(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(echo|icanon)' | tr '\\n' ' ')END$((6*7))\""
    )
    let line = { (screen: String) in
      screen.split(separator: "\n").first { $0.hasPrefix("MODES ") && $0.hasSuffix("END42") }
    }
    await waitFor("stty output", sourceLocation: sourceLocation) { line($0) != nil }
    let modes = line(screen).map { $0.split(separator: " ").map(String.init) } ?? []
    #expect(
      modes.contains("icanon") && modes.contains("echo"), "modes: \(modes)",
      sourceLocation: sourceLocation)
  }
}
