import GlideCore
import Synchronization

/// The routines compiled into the binary, so nothing is needed beside it at run time.
public enum BuiltinRoutines {
  /// The id `glide` runs with no argument: a whole session under 15 minutes.
  public static let defaultID = "desk-reset"

  /// Each built-in routine's id and file bytes, in catalog order.
  public static let files: [(id: String, bytes: [UInt8])] = [
    ("desk-reset", PackageResources.desk_reset_toml),
    ("pre-run", PackageResources.pre_run_toml),
    ("long-holds", PackageResources.long_holds_toml),
    ("plantar-chain", PackageResources.plantar_chain_toml),
    ("down-shift", PackageResources.down_shift_toml),
    ("after-run", PackageResources.after_run_toml),
    ("hamstrings-low-back", PackageResources.hamstrings_low_back_toml),
    ("desk-shoulders-neck", PackageResources.desk_shoulders_neck_toml),
    ("ankle-floss", PackageResources.ankle_floss_toml),
    ("gun-recovery", PackageResources.gun_recovery_toml),
    ("wind-down", PackageResources.wind_down_toml),
    ("full-body", PackageResources.full_body_toml),
    ("spot-upper-back", PackageResources.spot_upper_back_toml),
    ("spot-hips", PackageResources.spot_hips_toml),
    ("spot-feet", PackageResources.spot_feet_toml),
  ]

  /// Every built-in routine, decoded; a built-in that fails to decode is a bug that the
  /// tests catch, so it is left out rather than crashing a user's session.
  public static var all: [Routine] { files.compactMap { routine(id: $0.id) } }

  /// The routines decoded so far, by id: each file is decoded once, and only when asked
  /// for, so starting `glide` with one routine does not read all fifteen (two thirds of
  /// the instructions to the first frame, once).
  private static let decoded = Mutex<[String: Routine]>([:])

  /// The built-in routine with this id.
  public static func routine(id: String) -> Routine? {
    if let routine = decoded.withLock({ $0[id] }) { return routine }
    guard let file = files.first(where: { $0.id == id }),
      let routine = RoutineDecoder.decode(bytes: file.bytes, id: id, file: "built-in:\(id)")
        .routine
    else { return nil }
    decoded.withLock { $0[id] = routine }
    return routine
  }

  /// Whether a built-in routine has this id; nothing is decoded.
  public static func has(id: String) -> Bool { files.contains { $0.id == id } }
}
