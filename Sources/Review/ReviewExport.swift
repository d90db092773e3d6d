import Alignment
public import Exchange
import Foundation

/// The reviewed alignment in the formats `tandem align` writes, each link with its
/// `status` (pending, accepted, edited), so that Tandem reads the file back as an
/// alignment: the JSON and TSV readers keep the status as an `x-status` property.
///
/// The target of an edited link is the reviewer's text. The JSON leaves out
/// `evidence`: after an edit the measurements no longer describe the link.
public enum ReviewExport {
  /// The formats Save can write, chosen by the output's extension.
  public enum Format: String, Sendable, CaseIterable {
    case json, tsv, tmx

    public init?(path: String) {
      guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
      self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
  }

  /// `{"links": [...]}` as `tandem align --format json` writes it, plus `status`.
  public static func json(_ document: ReviewDocument) throws -> String {
    try AlignmentLinkRecord.json(records(document))
  }

  /// The columns of `tandem align`'s TSV, then `status`.
  public static func tsv(_ document: ReviewDocument) -> String {
    AlignmentLinkRecord.tsv(records(document))
  }

  /// One unit per link with the alignment properties and `x-status`.
  public static func units(_ document: ReviewDocument) -> [TranslationUnit] {
    records(document).enumerated().map { index, record in
      record.unit(number: index + 1, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage)
    }
  }

  /// Each link as `tandem align` writes it, with the reviewer's target and its status.
  private static func records(_ document: ReviewDocument) -> [AlignmentLinkRecord] {
    document.links.indices.map { index in
      let item = document.links[index], link = item.link
      return AlignmentLinkRecord(
        id: index + 1, source: Array(link.source), target: Array(link.target),
        sourceText: document.sourceText(index), targetText: document.targetText(index), confidence: link.confidence,
        type: link.kind, lowConfidence: link.isLowConfidence, reason: link.reason?.rawValue,
        repeatOf: link.repeatOf.map { $0 + 1 }, status: item.status.rawValue)
    }
  }
}
