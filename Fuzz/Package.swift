// swift-tools-version: 6.1
//
// libFuzzer targets for Tandem's readers and segmenter. Not part of the main build: every
// module is built with AddressSanitizer and coverage instrumentation (the flags are in Fuzz/run);
// `make fuzz` does that and runs each target for a bounded time on its seed corpus (Fuzz/Corpus).
import PackageDescription

/// Each fuzz target's `main` hands its test function to libFuzzer's driver (FuzzDriver);
/// Fuzz/run links libFuzzer's archive without its `main`.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
  .executableTarget(name: name, dependencies: ["FuzzDriver"] + dependencies)
}

let package = Package(
  name: "TandemFuzz",
  dependencies: [.package(name: "tandem", path: "..")],
  targets: [
    .target(name: "CFuzzer"),
    .target(name: "FuzzDriver", dependencies: ["CFuzzer"]),
    .target(name: "FuzzSupport", dependencies: ["FuzzDriver", .product(name: "Exchange", package: "tandem")]),
    fuzzTarget("FuzzTMX", ["FuzzSupport"]),
    fuzzTarget("FuzzTSV", ["FuzzSupport"]),
    fuzzTarget("FuzzJSON", ["FuzzSupport"]),
    fuzzTarget("FuzzSegmenter", [.product(name: "Segmentation", package: "tandem")]),
    fuzzTarget("FuzzDocuments", [.product(name: "Documents", package: "tandem")]),
  ],
  swiftLanguageModes: [.v6]
)
