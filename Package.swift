// swift-tools-version: 6.1
//
// Tandem — sentence alignment, terminology and translation memory.
// Targets are listed in data-flow order; each depends only on targets above it:
//   CICU, CStemmer ← Segmentation ← Alignment ← Terminology ← Exchange ← Memory ← tandem
import PackageDescription

let settings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "tandem",
  products: [
    .executable(name: "tandem", targets: ["tandem"]),
    .library(name: "Segmentation", targets: ["Segmentation"]),
    .library(name: "Exchange", targets: ["Exchange"]),
    .library(name: "Memory", targets: ["Memory"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // C shims: the only code that includes system ICU and libstemmer headers.
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]),
    .target(
      name: "CStemmer",
      linkerSettings: [.linkedLibrary("stemmer")]),

    .target(
      name: "Segmentation",
      dependencies: ["CICU"],
      resources: [.copy("Rules")],
      swiftSettings: settings),

    .target(
      name: "Exchange",
      dependencies: ["Segmentation"],
      swiftSettings: settings),

    .target(
      name: "Memory",
      dependencies: [
        "Exchange", "Segmentation", "CStemmer",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: settings),

    .executableTarget(
      name: "tandem",
      dependencies: [
        "Segmentation", "Exchange", "Memory",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),

    .testTarget(name: "SegmentationTests", dependencies: ["Segmentation"], swiftSettings: settings),
    .testTarget(name: "ExchangeTests", dependencies: ["Exchange"], swiftSettings: settings),
    .testTarget(
      name: "MemoryTests",
      // "tandem": the kill test runs the built binary as a child process.
      dependencies: ["Memory", "Exchange", "tandem", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: settings),
  ],
  swiftLanguageModes: [.v6]
)
