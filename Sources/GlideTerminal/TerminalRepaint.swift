extension Terminal {
  /// Forgets what the terminal shows: the next frame lets ncurses clear the screen and is
  /// then sent whole.
  public func repaint() {
    output.mustTakeBack = true
  }
}
