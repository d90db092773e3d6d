import Alignment
import Exchange
import Foundation

/// Output formats of `tandem align`. A new format is one case here and one
/// case in `render`.
enum AlignmentFormat: String, CaseIterable {
  case tsv, json, links, tmx
  /// Bilingual XLIFF, one unit per source block or unit (see `AlignedDocument`):
  /// `xliff` in the source's XLIFF version (1.2 otherwise), `xliff2` in 2.0.
  case xliff, xliff2

  /// The format that a file name's extension asks for, if any.
  init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "tsv", "tab": self = .tsv
    case "json": self = .json
    case "links", "defr", "deen": self = .links
    case "tmx": self = .tmx
    case "xlf", "xliff": self = .xliff
    default: return nil
    }
  }
}

/// Writes links with the sentences they pair.
///
/// Each link keeps its number (1-based, its position in the whole alignment)
/// in every format, even when `kept` leaves others out: it is the TMX `tuid`,
/// the `id` column or field, and what `repeat_of` refers to.
struct AlignmentOutput {
  let links: [AlignmentLink]
  let source: [String]
  let target: [String]
  /// Indices of the links to write, in order; nil writes all.
  var kept: [Int]? = nil
  /// For XLIFF: one unit per source block with its ids and codes (`AlignedDocument`);
  /// nil writes one unit per link.
  var documentUnits: [TranslationUnit]? = nil
  /// The XLIFF version of the source file, if it was XLIFF.
  var sourceXLIFFVersion: XLIFFReader.Version? = nil

  /// Writes the links in `format` to `path` ("-" for standard output),
  /// atomically: the file appears complete or not at all. A `path` that is one of
  /// `inputs` is refused.
  func write(_ format: AlignmentFormat, to path: String, sourceLanguage: String, targetLanguage: String,
             inputs: [String] = []) throws {
    switch format {
    case .tsv: try AtomicFileSink.write(Array(AlignmentLinkRecord.tsv(records()).utf8), to: path, inputs: inputs)
    case .json: try AtomicFileSink.write(Array(try AlignmentLinkRecord.json(records()).utf8), to: path, inputs: inputs)
    case .links: try AtomicFileSink.write(Array(linksText().utf8), to: path, inputs: inputs)
    case .xliff, .xliff2:
      let sink = try AtomicFileSink(path: path, inputs: inputs)
      let version: XLIFFReader.Version = format == .xliff2 ? .v20 : sourceXLIFFVersion ?? .v12
      var writer = XLIFFWriter(sink: sink, version: version)
      for unit in documentUnits ?? translationUnits(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) {
        try writer.write(unit)
      }
      try writer.finish()
      try sink.commit()
    case .tmx:
      let sink = try AtomicFileSink(path: path, inputs: inputs)
      var writer = TMXWriter(sink: sink, header: TMXHeader(sourceLanguage: sourceLanguage))
      try writer.write(contentsOf: translationUnits(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage))
      try writer.finish()
      try sink.commit()
    }
  }

  /// One unit per link, confidence, link type and reason as `x-` properties;
  /// low-confidence links carry `x-flag: low-confidence`. Links with an empty
  /// side have no translation to keep and are left out by the TMX writer.
  /// A 1-0 link whose source repeats sentences translated elsewhere takes
  /// their translation (see `RepeatedSentences`), marked `x-origin: repeat`.
  /// A link of the extra copy of a repeated passage (`AlignmentLink.repeatOf`)
  /// carries `x-repeat-of`, the id of the unit it repeats.
  func translationUnits(sourceLanguage: String, targetLanguage: String) -> [TranslationUnit] {
    let repeats = RepeatedSentences.translations(links: links, source: source, target: target)
    return zip(keptIndices, records()).map { index, record in
      var unit = record.unit(number: index + 1, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
      if let repeated = repeats[index] {
        unit.target = repeated
        unit.properties.append(.init(type: "x-origin", value: "repeat"))
      }
      return unit
    }
  }

  private var keptIndices: [Int] { kept ?? Array(links.indices) }

  private func text(_ sentences: [String], _ range: Range<Int>) -> String {
    range.map { sentences[$0] }.joined(separator: " ")
  }

  /// The Text+Berg gold format: `[1, 2]:[3]`, `[]:[5]`, one link a line.
  private func linksText() -> String {
    var out = ""
    for link in keptIndices.map({ links[$0] }) {
      out += "[" + link.source.map(String.init).joined(separator: ", ") + "]:["
        + link.target.map(String.init).joined(separator: ", ") + "]\n"
    }
    return out
  }

  /// The kept links, numbered by their place in the whole alignment, with their evidence.
  private func records() -> [AlignmentLinkRecord] {
    keptIndices.map { index in
      let link = links[index]
      return AlignmentLinkRecord(
        id: index + 1, source: Array(link.source), target: Array(link.target),
        sourceText: text(source, link.source), targetText: text(target, link.target), confidence: link.confidence,
        type: link.kind, lowConfidence: link.isLowConfidence, reason: link.reason?.rawValue,
        repeatOf: link.repeatOf.map { $0 + 1 },
        evidence: link.evidence.map { e in
          AlignmentLinkRecord.Evidence(
            posterior: e.posterior, copyPosterior: e.copyPosterior, lengthCost: e.lengthCost,
            lexicalSupport: e.lexicalSupport, shiftedSupport: e.shiftedSupport,
            neighbourPosterior: e.neighbourPosterior, irregularDistance: e.irregularDistance,
            agreesWithFirstPass: e.agreesWithFirstPass)
        })
    }
  }
}
