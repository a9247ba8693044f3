// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Glide",
  products: [
    .executable(name: "glide", targets: ["glide"]),
    .executable(name: "glide-bench", targets: ["glide-bench"]),
    .executable(name: "glide-toml-decode", targets: ["glide-toml-decode"]),
    .executable(name: "glide-bench-floor", targets: ["glide-bench-floor"]),
    .executable(name: "glide-docs", targets: ["glide-docs"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "GlideCore"),
    .target(name: "GlideRender", dependencies: ["GlideCore"]),
    .target(
      name: "GlideThemes",
      path: "Themes",
      resources: [
        .embedInCode("default.toml"),
        .embedInCode("high-contrast.toml"),
        .embedInCode("solarized-dark.toml"),
        .embedInCode("gruvbox.toml"),
        .embedInCode("mono.toml"),
      ]
    ),
    .target(
      name: "GlideConfig",
      dependencies: ["GlideCore", "GlideRender", "GlideThemes", "GlideTOML", "GlideSystem"],
      resources: [
        .embedInCode("Catalog/pre-run.toml"),
        .embedInCode("Catalog/desk-reset.toml"),
        .embedInCode("Catalog/long-holds.toml"),
        .embedInCode("Catalog/plantar-chain.toml"),
        .embedInCode("Catalog/down-shift.toml"),
        .embedInCode("Catalog/after-run.toml"),
        .embedInCode("Catalog/hamstrings-low-back.toml"),
        .embedInCode("Catalog/desk-shoulders-neck.toml"),
        .embedInCode("Catalog/ankle-floss.toml"),
        .embedInCode("Catalog/gun-recovery.toml"),
        .embedInCode("Catalog/wind-down.toml"),
        .embedInCode("Catalog/full-body.toml"),
        .embedInCode("Catalog/spot-upper-back.toml"),
        .embedInCode("Catalog/spot-hips.toml"),
        .embedInCode("Catalog/spot-feet.toml"),
        .embedInCode("Library/library.toml"),
      ]
    ),
    .target(name: "GlideTOML"),
    .executableTarget(name: "glide-toml-decode", dependencies: ["GlideTOML", "GlideSystem"]),
    .target(name: "GlideLog", dependencies: ["GlideCore", "GlideSystem"]),
    .target(name: "GlideReport", dependencies: ["GlideCore", "GlideLog"]),
    .target(name: "GlideStanding", dependencies: ["GlideConfig", "GlideCore", "GlideLog"]),
    .target(name: "GlideSystem"),
    .target(name: "GlideSound", dependencies: ["GlideCore", "GlideSystem"]),
    .target(
      name: "GlideSession",
      dependencies: ["GlideCore", "GlideRender", "GlideLog", "GlideSystem", "GlideSound"]),
    .target(
      name: "GlideTerminal",
      dependencies: ["CNcursesw", "GlideCore", "GlideRender", "GlideSession", "GlideSystem"]),
    .executableTarget(
      name: "glide",
      dependencies: [
        "GlideCore", "GlideRender", "GlideConfig", "GlideLog", "GlideSession", "GlideSound",
        "GlideTerminal", "GlideSystem", "GlideReport", "GlideStanding", "GlideDocs",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What the documentation takes from the code: pictures drawn by the real renderer
    // from sessions the real reducer plays on a fake clock, the man page's sections from
    // the code's tables, the examples `--help` shows.
    .target(
      name: "GlideDocs",
      dependencies: [
        "GlideCore", "GlideRender", "GlideConfig", "GlideLog", "GlideSession", "GlideSound",
      ]),
    .executableTarget(name: "glide-docs", dependencies: ["GlideDocs"]),
    .target(name: "CBenchPty", linkerSettings: [.linkedLibrary("util")]),
    .target(
      name: "GlideBenchKit",
      dependencies: ["CBenchPty", "GlideCore", "GlideRender", "GlideLog", "GlideSystem"]),
    // The floor a once-a-second clock cannot go below, in C, for `--compare`.
    .executableTarget(name: "glide-bench-floor"),
    .executableTarget(
      name: "glide-bench",
      dependencies: [
        "GlideBenchKit", "GlideSystem",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(
      name: "GlideCoreTests",
      dependencies: [
        "GlideCore",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "GlideRenderTests",
      dependencies: [
        "GlideRender", "GlideCore", "GlideTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Snapshots"]),
    // What the tests share: a disk that stops or fails at a chosen operation.
    .target(
      name: "GlideTestSupport", dependencies: ["GlideSystem", "GlideCore"],
      path: "Tests/GlideTestSupport"),
    .testTarget(
      name: "GlideConfigTests",
      dependencies: [
        "GlideConfig", "GlideCore", "GlideRender", "GlideSystem", "GlideTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "GlideTOMLTests",
      dependencies: [
        "GlideTOML", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "GlideLogTests",
      dependencies: ["GlideLog", "GlideCore", "GlideSystem", "GlideTestSupport"]),
    .testTarget(name: "GlideReportTests", dependencies: ["GlideReport", "GlideLog", "GlideCore"]),
    .testTarget(
      name: "GlideStandingTests",
      dependencies: ["GlideStanding", "GlideConfig", "GlideCore", "GlideLog"]),
    .target(
      name: "GlideSoundTesting", dependencies: ["GlideSound"], path: "Tests/GlideSoundTesting"),
    .testTarget(
      name: "GlideSoundTests",
      dependencies: ["GlideSound", "GlideSoundTesting", "GlideCore", "GlideTestSupport"]),
    .testTarget(
      name: "GlideSessionTests",
      dependencies: [
        "GlideSession", "GlideCore", "GlideRender", "GlideLog",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "GlideDocsTests", dependencies: ["GlideDocs", "GlideCore", "GlideSession"]),
    .testTarget(name: "GlideBenchKitTests", dependencies: ["GlideBenchKit"]),
    .testTarget(name: "GlideSystemTests", dependencies: ["GlideSystem"]),
    .testTarget(
      name: "GlideEndToEndTests",
      dependencies: [
        "glide", "GlideSystem", "GlideSession", "GlideSoundTesting", "GlideDocs",
        "GlideTestSupport",
      ],
      exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
