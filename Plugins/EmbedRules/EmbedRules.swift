import Foundation
import PackagePlugin

/// Compiles a target's `Rules/*.txt` data files into a Swift source file, so
/// the segmentation rules travel inside the binary: a copied or moved `tandem`
/// needs no resource bundle beside it.
@main
struct EmbedRules: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    guard let source = target as? SourceModuleTarget else { return [] }
    let rules = source.directoryURL.appending(path: "Rules")
    let inputs = try FileManager.default.contentsOfDirectory(at: rules, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "txt" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) rule files of \(target.name)",
        executable: try context.tool(named: "RulesEmbedder").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
