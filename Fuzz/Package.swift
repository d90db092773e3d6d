// swift-tools-version: 6.1
//
// libFuzzer targets for Tandem's readers. Not part of the main build: the targets have no
// `main` of their own (libFuzzer's is linked in), so they build only with the sanitizer:
//   swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// `make fuzz` does that and runs each target for a bounded time on its seed corpus (Fuzz/Corpus).
import PackageDescription

let package = Package(
  name: "TandemFuzz",
  dependencies: [.package(name: "tandem", path: "..")],
  targets: [
    .target(name: "FuzzSupport", dependencies: [.product(name: "Exchange", package: "tandem")]),
    .executableTarget(name: "FuzzTMX", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzTSV", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzSegmenter", dependencies: [.product(name: "Segmentation", package: "tandem")]),
  ],
  swiftLanguageModes: [.v6]
)
