// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Glide",
  products: [
    .executable(name: "glide", targets: ["glide"]),
    .executable(name: "glide-bench", targets: ["glide-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
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
      dependencies: [
        "GlideCore", "GlideRender", "GlideThemes",
        .product(name: "TOMLKit", package: "TOMLKit"),
      ],
      resources: [
        .embedInCode("Catalog/pre-run.toml"),
        .embedInCode("Catalog/desk-reset.toml"),
        .embedInCode("Catalog/long-holds.toml"),
        .embedInCode("Catalog/plantar-chain.toml"),
        .embedInCode("Catalog/down-shift.toml"),
      ]
    ),
    .target(name: "GlideLog", dependencies: ["GlideCore"]),
    .target(name: "GlideProcess"),
    .target(
      name: "GlideSession", dependencies: ["GlideCore", "GlideRender", "GlideLog", "GlideProcess"]),
    .target(
      name: "GlideTerminal",
      dependencies: ["CNcursesw", "GlideCore", "GlideRender", "GlideSession"]),
    .executableTarget(
      name: "glide",
      dependencies: [
        "GlideCore", "GlideRender", "GlideConfig", "GlideLog", "GlideSession", "GlideTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "CBenchPty", linkerSettings: [.linkedLibrary("util")]),
    .target(
      name: "GlideBenchKit",
      dependencies: ["CBenchPty", "GlideCore", "GlideRender", "GlideLog", "GlideProcess"]),
    .executableTarget(
      name: "glide-bench",
      dependencies: [
        "GlideBenchKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(
      name: "GlideCoreTests",
      dependencies: [
        "GlideCore",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "GlideRenderTests", dependencies: ["GlideRender", "GlideCore"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "GlideConfigTests",
      dependencies: [
        "GlideConfig", "GlideCore", "GlideRender",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(name: "GlideLogTests", dependencies: ["GlideLog", "GlideCore"]),
    .testTarget(
      name: "GlideSessionTests",
      dependencies: ["GlideSession", "GlideCore", "GlideRender", "GlideLog"]),
    .testTarget(name: "GlideBenchKitTests", dependencies: ["GlideBenchKit"]),
    .testTarget(
      name: "GlideEndToEndTests", dependencies: ["glide", "GlideProcess"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
