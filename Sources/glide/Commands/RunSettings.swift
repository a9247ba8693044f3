import GlideConfig
import GlideCore
import GlideSystem

extension RunCommand {
  /// The settings this run uses: the config file's over the built-in defaults, this
  /// command line's over both; and one line about a config file that cannot be used.
  func effectiveSettings() -> SettingsFile.Loaded {
    var loaded = SettingsFile.load(configDirectory: configDirectory())
    if let routine { loaded.settings.routine.set(routine, from: .flag("ROUTINE argument")) }
    if let theme { loaded.settings.theme.set(theme, from: .flag("--theme")) }
    if voice { loaded.settings.voice.set(.on, from: .flag("--voice")) }
    if let sound, let value = Settings.Sound(rawValue: sound) {
      loaded.settings.sound.set(value, from: .flag("--sound"))
    } else if noBell {
      loaded.settings.sound.set(.off, from: .flag("--no-bell"))
    }
    if noTitle { loaded.settings.title.set(false, from: .flag("--no-title")) }
    if notify || notifyVia != nil {
      loaded.settings.notifications.set(true, from: .flag(notify ? "--notify" : "--notify-via"))
    }
    if flash { loaded.settings.flash.set(true, from: .flag("--flash")) }
    if let summary, let mode = SummaryMode(rawValue: summary) {
      loaded.settings.summary.set(mode, from: .flag("--summary"))
    }
    if let onEvent { loaded.settings.onEvent.set(onEvent, from: .flag("--on-event")) }
    return loaded
  }
}
