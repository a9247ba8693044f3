import GlideCore
import Testing

/// A note about a key names the keys the key table binds to that action, so a key moved
/// in the table cannot leave a note naming the old one.
@Suite struct NoteKeysTests {
  @Test(arguments: [
    (SessionState.Note.lengthIsForTimedSteps, KeyBinding.Action.extend, ["+", "-"]),
    (.pressureIsForPassiveSteps, .flagPressure, ["!"]),
  ])
  func aNoteNamesOnlyBoundKeys(note: SessionState.Note, action: KeyBinding.Action, keys: [String]) {
    let names = KeyTable.bindings.first { $0.action == action }?.names ?? []
    for key in keys {
      #expect(note.text.contains("\(key) ") && names.contains(key), "\(key)")
    }
  }
}
