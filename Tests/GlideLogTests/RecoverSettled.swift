import Foundation
import GlideSystem

@testable import GlideLog

/// `Journal.recover`, run again for up to ten seconds while it leaves a journal alone and
/// names nothing. Its test's "session" is this process, and the other tests here start
/// programs all the time: a child between its fork and its exec holds a copy of every
/// descriptor, the journal's lock among them, so for a moment a dead session looks alive
/// and recovery rightly waits for a later command. Glide's own commands start nothing
/// while recovering; a test process does, from other threads.
func recoverSettled(into log: LogFile) -> JournalRecovery {
  let name = JournalName(logPath: log.path)
  // A second was once too short on a loaded CI machine, whose children took longer from
  // fork to exec; the wait ends as soon as no lock is held, so a longer one costs nothing.
  let deadline = Date().addingTimeInterval(10)
  while true {
    let report = Journal.recover(into: log)
    let quiet =
      report.recovered.isEmpty && report.kept.isEmpty && report.damaged.isEmpty
      && report.stuck.isEmpty
    guard quiet, Date() < deadline, anyLockHeld(name) else { return report }
    Thread.sleep(forTimeInterval: 0.005)
  }
}

/// Whether some journal's lock beside the log is held now, by a session or a copy.
private func anyLockHeld(_ name: JournalName) -> Bool {
  let disk = SystemDisk()
  let ids = disk.list(name.folder).compactMap { file in
    name.parse(file).flatMap { $0.kind == "journal" ? $0.id : nil }
  }
  return ids.contains { id in
    let fd = disk.open(name.lock(id), .readWrite, 0)
    guard fd >= 0 else { return false }
    defer { disk.close(fd) }
    return !disk.lock(fd, .exclusiveNow)
  }
}
