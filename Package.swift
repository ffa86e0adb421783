// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "EditionAlign",
  products: [
    .library(name: "EditionAlign", targets: ["EditionAlign"]),
    .executable(name: "edalign", targets: ["edalign"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The only target that includes ICU's headers; its public header uses plain C types.
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),
    .target(name: "EditionAlign", dependencies: ["CICU"]),
    .executableTarget(
      name: "edalign",
      dependencies: [
        "EditionAlign",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "EditionAlignTests",
      dependencies: ["EditionAlign"],
      resources: []
    ),
  ]
)
