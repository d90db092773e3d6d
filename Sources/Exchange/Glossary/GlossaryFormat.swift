import Terminology

/// The file formats a glossary is exported to.
public enum GlossaryFormat: String, Sendable, CaseIterable {
  /// Tab-separated with a header line: every field of ``GlossaryEntry``.
  case tsv
  /// Comma-separated (RFC 4180) with a header line, same columns as `tsv`.
  case csv
  /// OmegaT's glossary: `source<TAB>target<TAB>comment`, UTF-8, no header.
  case omegat
  /// TBX-Basic in the 2008 "martif" form (ISO 30042:2008), as CAT tools and
  /// translate-toolkit import it.
  case tbx
  /// TBX v3 core (ISO 30042:2019, `urn:iso:std:iso:30042:ed-2`).
  case tbx3

  /// The usual file name extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .tsv: "tsv"
    case .csv: "csv"
    case .omegat: "utf8"
    case .tbx, .tbx3: "tbx"
    }
  }

  /// The glossary `entries` in this format.
  public func render(_ entries: [GlossaryEntry], sourceLanguage: String, targetLanguage: String) -> String {
    switch self {
    case .tsv: GlossaryTSVWriter.render(entries)
    case .csv: GlossaryCSVWriter.render(entries)
    case .omegat: OmegaTGlossaryWriter.render(entries)
    case .tbx: TBXBasicWriter.render(entries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    case .tbx3: TBXCoreWriter.render(entries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }
  }
}

extension GlossaryEntry {
  /// The columns of the TSV and CSV exports, in order.
  static let columnNames = [
    "source", "target", "frequency", "confidence", "source_variants", "target_variants",
    "example_source", "example_target", "origin", "note",
  ]

  /// This entry's values for ``columnNames``.
  var columns: [String] {
    [
      source, target, String(frequency), confidenceText, sourceVariants.joined(separator: " | "),
      targetVariants.joined(separator: " | "), example?.source ?? "", example?.target ?? "",
      origin.rawValue, note,
    ]
  }

  /// The confidence with two decimals ("0.93").
  var confidenceText: String {
    let hundredths = Int((confidence * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }

  /// A one-line summary for comment fields: frequency, confidence, variants.
  var summary: String {
    var parts = ["frequency \(frequency)", "confidence \(confidenceText)", origin.rawValue]
    let others = sourceVariants.filter { $0 != source }
    if !others.isEmpty { parts.append("variants: " + others.joined(separator: ", ")) }
    if !note.isEmpty { parts.append(note) }
    return parts.joined(separator: "; ")
  }
}
