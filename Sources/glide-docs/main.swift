import Foundation
import GlideDocs

// What the documentation takes from the code itself.
//   glide-docs pictures [ROOT]   writes docs/pictures/*.svg under ROOT (default: .)
//   glide-docs man-sections      prints the man page's KEYS, ENVIRONMENT, FILES,
//                                EXIT STATUS and EXAMPLES as mdoc
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "pictures":
  let root = arguments.dropFirst().first ?? "."
  do {
    for picture in try Pictures.all(root: root) {
      let path = root + "/" + Pictures.folder + "/" + picture.file
      try Data(picture.svg.utf8).write(to: URL(fileURLWithPath: path))
      print(path)
    }
  } catch {
    FileHandle.standardError.write(Data("glide-docs: \(error)\n".utf8))
    exit(1)
  }
case "man-sections":
  print(ManualSections.roff, terminator: "")
default:
  FileHandle.standardError.write(Data("usage: glide-docs pictures [ROOT] | man-sections\n".utf8))
  exit(2)
}
