import Glibc
import Testing

@testable import GlideSystem

@Suite struct FoldersTests {
  @Test func makesMissingParentsWithTheirMode() throws {
    try withFolder { folder in
      let deep = folder + "/a/b/c"
      try Folders.make(deep, mode: 0o700)
      #expect(Folders.isFolder(deep))
      var info = stat()
      #expect(stat(folder + "/a/b", &info) == 0)
      #expect(info.st_mode & 0o777 == 0o700)
      try Folders.make(deep)  // there already: fine
    }
  }

  @Test func aFileInTheWayIsNotAFolder() throws {
    try withFolder { folder in
      try AtomicFile.replace(folder + "/file", with: [1], synced: false)
      #expect(throws: SystemError.notFolder) { try Folders.make(folder + "/file") }
      #expect(throws: SystemError(code: ENOTDIR)) { try Folders.make(folder + "/file/below") }
    }
  }

  @Test func listsNamesAndRemovesTheTree() throws {
    try withFolder { folder in
      try Folders.make(folder + "/sub/deeper")
      try AtomicFile.replace(folder + "/sub/deeper/x", with: [1], synced: false)
      try AtomicFile.replace(folder + "/y", with: [2], synced: false)
      symlink("/", folder + "/root-link")
      #expect(Set(Folders.list(folder) ?? []) == ["sub", "y", "root-link"])
      #expect(Folders.list(folder + "/missing") == nil)
      #expect(Folders.removeTree(folder + "/sub"))
      #expect(Folders.removeTree(folder + "/root-link"))
      #expect(Folders.isFolder("/usr"))  // the link was removed, not followed
      #expect(Folders.list(folder) == ["y"])
    }
  }

  @Test func atomicReplaceLeavesTheNewBytesAndNoTemporary() throws {
    try withFolder { folder in
      let path = folder + "/state"
      try AtomicFile.replace(path, with: Array("old".utf8), mode: 0o600)
      try AtomicFile.replace(path, with: Array("new text".utf8))
      let fd = open(path, O_RDONLY)
      defer { close(fd) }
      #expect(Descriptor.readPrefix(fd, limit: 100) == Array("new text".utf8))
      #expect(Folders.list(folder) == ["state"])
      var info = stat()
      #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o644)
    }
  }

  @Test func atomicReplaceIntoAMissingFolderFailsAndSaysWhy() {
    #expect(throws: SystemError(code: ENOENT)) {
      try AtomicFile.replace("/nonexistent-glide/x", with: [1])
    }
    #expect(SystemError(code: ENOENT).reason == "No such file or directory")
  }
}

@Suite struct FolderWithoutParentsTests {
  @Test func makesOnlyTheLastFolder() throws {
    try withFolder { folder in
      try Folders.make(folder + "/one", mode: 0o700, parents: false)
      #expect(Folders.isFolder(folder + "/one"))
      try Folders.make(folder + "/one", parents: false)  // there already: fine
      #expect(throws: SystemError.missing) {
        try Folders.make(folder + "/missing/two", parents: false)
      }
      #expect(!Folders.isFolder(folder + "/missing"))
    }
  }
}
