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
    .library(name: "Terminology", targets: ["Terminology"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
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
      name: "Terminology",
      dependencies: ["Segmentation", "CICU", "CStemmer"],
      swiftSettings: settings),

    .target(
      name: "Exchange",
      dependencies: ["Segmentation", "Terminology"],
      swiftSettings: settings),

    .executableTarget(
      name: "tandem",
      dependencies: [
        "Segmentation", "Exchange", "Terminology",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),

    .testTarget(name: "SegmentationTests", dependencies: ["Segmentation"], swiftSettings: settings),
    .testTarget(name: "ExchangeTests", dependencies: ["Exchange", "Terminology"], swiftSettings: settings),
    .testTarget(name: "TerminologyTests", dependencies: ["Terminology"], swiftSettings: settings),
  ],
  swiftLanguageModes: [.v6]
)
