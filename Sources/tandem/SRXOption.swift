import ArgumentParser
import Foundation
import Segmentation

/// The `--srx` option of `segment`, `align`, `glossary`, `check` and `tm add`:
/// an SRX file, or the name of a rule set built into Tandem.
enum SRXOption {
  static let help = ArgumentHelp(
    "Segment with SRX rules instead of Tandem's: an SRX 1.0/2.0 file, or 'omegat' for rules that "
      + "segment as OmegaT's defaults do.",
    valueName: "file|omegat")

  /// The rules `argument` names: a built-in set ("omegat") unless a file of that name exists.
  static func rules(argument: String) throws -> SRXRules {
    if !FileManager.default.fileExists(atPath: argument), let builtin = SRXRules.builtin(named: argument) {
      return builtin
    }
    guard FileManager.default.fileExists(atPath: argument) else {
      throw SRXError.unknownRuleSet(name: argument, builtin: SRXRules.builtinNames)
    }
    return try SRXParser.parse(try InputFile(argument: argument).readBytes(), name: argument)
  }

  /// A segmenter with the rules of `argument` for `language`.
  static func segmenter(argument: String, language: String) throws -> SentenceSegmenter {
    SentenceSegmenter(srx: try SRXSegmenter(rules: try rules(argument: argument), language: language))
  }
}
