// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "EditionAlign",
  products: [
    .library(name: "EditionAlign", targets: ["EditionAlign"]),
    .executable(name: "edalign", targets: ["edalign"]),
    .executable(name: "edalign-fuzz", targets: ["edalign-fuzz"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
  ],
  targets: [
    // The only target that includes ICU's headers; its public header uses plain C types.
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),
    // libxml2 as a system library (pkg-config's flags), seen only by CHTML.
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // The only target that includes libxml2's headers: its HTML parser, events out in plain C.
    .target(name: "CHTML", dependencies: ["CLibXML2"]),
    // The system SQLite as a system library (libsqlite3-dev), seen only by Store/SQLite.swift.
    .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    // SHA-256 blocks by the processor's SHA instructions (x86-64), for Files/SHA256.swift.
    .target(name: "CDigest"),
    .target(
      name: "EditionAlign",
      dependencies: [
        "CICU", "CHTML", "CSQLite", "CDigest", .product(name: "SystemPackage", package: "swift-system"),
      ]
    ),
    .executableTarget(
      name: "edalign",
      dependencies: [
        "EditionAlign",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer,address -DFUZZING);
    // in an ordinary build `edalign-fuzz TARGET FILE…` replays inputs.
    .target(name: "FuzzTargets", dependencies: ["EditionAlign"]),
    .executableTarget(name: "edalign-fuzz", dependencies: ["FuzzTargets"]),
    // Paths of Fixtures/ and runs of the built `edalign`, shared by the two test targets.
    .target(name: "TestSupport", dependencies: ["EditionAlign"], path: "Tests/TestSupport"),
    // The library, stage by stage.
    .testTarget(name: "EditionAlignTests", dependencies: ["EditionAlign", "FuzzTargets", "TestSupport"]),
    // The `edalign` command as a user runs it: exit statuses, streams, files, formats.
    .testTarget(name: "EdalignCommandTests", dependencies: ["EditionAlign", "TestSupport"]),
  ]
)
