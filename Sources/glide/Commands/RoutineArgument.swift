/// What a ROUTINE argument may be, said once for `run` and `show`: the ids `glide routines`
/// lists, a program's session as `glide history` names it, or a file.
let routineArgumentHelp = """
  A routine id (see 'glide routines'), a program's session as 'glide history' names it \
  (PROGRAM-wN-sM), or a routine file (FILE.toml)
  """
