// swift-tools-version: 6.1
//
// Tandem — sentence alignment, terminology and translation memory.
// Targets are listed in data-flow order; each depends only on targets above it:
//   CICU, CStemmer, CZlibShim, CPostgres, Documents ← Segmentation ← Alignment ← Terminology ← Exchange ← Memory, Review ← tandem
import PackageDescription

let settings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "tandem",
  products: [
    .executable(name: "tandem", targets: ["tandem"]),
    .library(name: "Documents", targets: ["Documents"]),
    .library(name: "Segmentation", targets: ["Segmentation"]),
    .library(name: "Alignment", targets: ["Alignment"]),
    .library(name: "Exchange", targets: ["Exchange"]),
    .library(name: "Terminology", targets: ["Terminology"]),
    .library(name: "Memory", targets: ["Memory"]),
    .library(name: "Review", targets: ["Review"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),  // tests write DOCX/ODT with it
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),  // tandem review's local server
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),  // the server's bound port
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),  // to keep its request log quiet
  ],
  targets: [
    // C shims: the only code that includes system ICU, libstemmer and zlib headers.
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]),
    .target(
      name: "CStemmer",
      linkerSettings: [.linkedLibrary("stemmer")]),
    .target(
      name: "CZlibShim",
      linkerSettings: [.linkedLibrary("z")]),
    // libpq (libpq-dev), PostgreSQL's C client, for the team memory; see README "Team memory".
    .systemLibrary(name: "CPostgres", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),

    // Documents: files (HTML, Markdown, DOCX, ODT, wrapped text) → blocks with structure, markup kept aside.
    .target(
      name: "Documents",
      dependencies: ["CZlibShim"],
      swiftSettings: settings),

    // Segmentation's Rules/*.txt are compiled into the module by the EmbedRules plugin.
    .executableTarget(name: "RulesEmbedder"),
    .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["RulesEmbedder"]),
    .target(
      name: "Segmentation",
      dependencies: ["CICU", "CStemmer"],
      exclude: ["Rules"],
      swiftSettings: settings,
      plugins: ["EmbedRules"]),

    .target(
      name: "Alignment",
      dependencies: ["Segmentation", "CICU", "CZlibShim"],
      swiftSettings: settings),

    .target(
      name: "Terminology",
      dependencies: ["Segmentation", "Alignment", "CICU"],
      swiftSettings: settings),

    .target(
      name: "Exchange",
      dependencies: ["Segmentation", "Terminology", "CZlibShim"],
      swiftSettings: settings),

    .target(
      name: "Memory",
      dependencies: [
        "Exchange", "Segmentation", "CPostgres",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),  // the C API, for bulk inserts
      ],
      swiftSettings: settings),

    // Review: the bilingual review page (HTML; its CSS and JS are Swift string constants) and its local server.
    .target(
      name: "Review",
      dependencies: ["Alignment", "Terminology", "Exchange", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: settings),

    .executableTarget(
      name: "tandem",
      dependencies: [
        "Documents", "Segmentation", "Alignment", "Terminology", "Exchange", "Memory", "Review",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),

    .testTarget(
      name: "DocumentsTests",
      dependencies: [
        "Documents", "Exchange", "tandem", "Segmentation", "Alignment",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),
    .testTarget(name: "SegmentationTests", dependencies: ["Segmentation"], swiftSettings: settings),
    .testTarget(
      name: "AlignmentTests", dependencies: ["Alignment", "Segmentation"], resources: [.copy("Fixtures")],
      swiftSettings: settings),
    .testTarget(
      name: "TandemTests",
      dependencies: [
        "tandem", "Segmentation", "Alignment", "Review", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),
    .testTarget(
      name: "ExchangeTests", dependencies: ["Exchange", "Terminology"], resources: [.copy("Fixtures")],
      swiftSettings: settings),
    .testTarget(
      name: "MemoryTests",
      // "tandem": the kill test runs the built binary as a child process.
      dependencies: ["Memory", "Exchange", "tandem", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: settings),
    .testTarget(name: "ReviewTests", dependencies: ["Review", "Alignment", "Exchange", "Terminology"], swiftSettings: settings),
    .testTarget(name: "TerminologyTests", dependencies: ["Terminology", "Alignment"], swiftSettings: settings),
  ],
  swiftLanguageModes: [.v6]
)
