import GlideCore
import GlideSound
import Testing

@Suite struct SoundResolutionTests {
  @Test func withoutSoundTonesWhereAPlayerIsFoundElseTheBell() {
    #expect(SoundMode.resolve(asked: nil, noBell: false, playerFound: true) == (.tones, nil))
    #expect(SoundMode.resolve(asked: nil, noBell: false, playerFound: false) == (.bell, nil))
  }

  @Test func noBellAloneKeepsItsMeaning() {
    #expect(SoundMode.resolve(asked: nil, noBell: true, playerFound: true) == (.off, nil))
    #expect(SoundMode.resolve(asked: nil, noBell: true, playerFound: false) == (.off, nil))
    #expect(SoundMode.resolve(asked: .tones, noBell: true, playerFound: true) == (.tones, nil))
    #expect(SoundMode.resolve(asked: .bell, noBell: true, playerFound: true) == (.off, nil))
  }

  @Test func tonesWithoutAPlayerSaySoAndFallBack() {
    let bell = SoundMode.resolve(asked: .tones, noBell: false, playerFound: false)
    #expect(bell.mode == .bell)
    #expect(
      bell.notice
        == "--sound tones needs pw-play, paplay or aplay on PATH; ringing the bell instead")
    let silent = SoundMode.resolve(asked: .tones, noBell: true, playerFound: false)
    #expect(silent.mode == .off)
    #expect(silent.notice == "--sound tones needs pw-play, paplay or aplay on PATH; running silent")
  }

  @Test func breathSoundWithoutTonesSaysSo() {
    #expect(
      SoundMode.resolve(asked: nil, noBell: false, playerFound: true, breathSound: true)
        == (.tones, nil))
    #expect(
      SoundMode.resolve(asked: .bell, noBell: false, playerFound: true, breathSound: true)
        == (.bell, "--breath-sound plays only with tones"))
    #expect(
      SoundMode.resolve(asked: nil, noBell: false, playerFound: false, breathSound: true)
        == (
          .bell, "--breath-sound plays only with tones, which need pw-play, paplay or aplay on PATH"
        ))
    // One line is enough: the one about tones says it all.
    #expect(
      SoundMode.resolve(asked: .tones, noBell: false, playerFound: false, breathSound: true).notice
        == "--sound tones needs pw-play, paplay or aplay on PATH; ringing the bell instead")
  }

  @Test func whatIsAskedIsWhatRuns() {
    #expect(SoundMode.resolve(asked: .tones, noBell: false, playerFound: true) == (.tones, nil))
    #expect(SoundMode.resolve(asked: .bell, noBell: false, playerFound: true) == (.bell, nil))
    #expect(SoundMode.resolve(asked: .off, noBell: false, playerFound: true) == (.off, nil))
  }
}
