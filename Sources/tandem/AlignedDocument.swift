import Foundation
import Alignment
import Documents
import Exchange

/// An aligned document as units for writing back into the document's
/// format: one unit per source block (an XLIFF, PO or SRT source: per unit,
/// keeping its id, text and inline codes), whose target is the text of the
/// target sentences linked to the block's sentences, with the target's
/// inline codes that fall inside them.
///
/// A link belongs to the block of its first source sentence; target
/// sentences linked to no source sentence join the unit before them.
struct AlignedDocument {
  let result: BitextAligner.Result

  init(_ result: BitextAligner.Result) { self.result = result }

  func units(sourceLanguage: String, targetLanguage: String) -> [TranslationUnit] {
    guard case .blocks(let sourceBlocks) = result.sourceDocument.content else { return [] }
    let targetBlocks: [DocumentBlock]
    if case .blocks(let blocks) = result.targetDocument.content { targetBlocks = blocks } else { targetBlocks = [] }
    let sourceParagraphs = result.sourceSentences.paragraphs ?? []
    var targetsOfBlock = [[Int]](repeating: [], count: sourceBlocks.count)
    var confidence = [Double](repeating: 1, count: sourceBlocks.count)
    var lastBlock = 0
    for link in result.alignment.links {
      if let first = link.source.first, first < sourceParagraphs.count {
        lastBlock = sourceParagraphs[first]
      }
      guard lastBlock < sourceBlocks.count else { continue }
      targetsOfBlock[lastBlock].append(contentsOf: link.target)
      if !link.source.isEmpty { confidence[lastBlock] = min(confidence[lastBlock], link.confidence) }
    }
    let units = result.sourceDocument.units
    return sourceBlocks.indices.map { index in
      let (target, targetCodes) = targetText(targetsOfBlock[index], blocks: targetBlocks)
      var unit: TranslationUnit
      if let units, index < units.count {
        unit = units[index]
        unit.targetLanguage = targetLanguage
        if result.sourceDocument.blocksAreTargets {  // a bilingual file's targets were aligned: they are the source now
          unit.source = unit.target
          unit.sourceCodes = unit.targetCodes
        }
      } else {
        let block = sourceBlocks[index]
        unit = TranslationUnit(
          id: String(index + 1), sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
          source: block.text, target: "", sourceCodes: Self.inlineCodes(block.codes, in: block.text, range: nil))
      }
      unit.target = target
      unit.targetCodes = targetCodes
      unit.properties.removeAll { $0.type == "x-confidence" }
      if !target.isEmpty {
        unit.properties.append(.init(type: "x-confidence", value: String(format: "%.3f", confidence[index])))
      }
      return unit
    }
  }

  /// The target sentences joined by spaces, with the codes of their blocks that fall inside them.
  private func targetText(_ sentences: [Int], blocks: [DocumentBlock]) -> (String, [InlineCode]) {
    var text = ""
    var codes: [InlineCode] = []
    let paragraphs = result.targetSentences.paragraphs ?? []
    let ranges = result.targetSentences.ranges
    for sentence in sentences {
      if !text.isEmpty { text += " " }
      if sentence < paragraphs.count, sentence < ranges.count, paragraphs[sentence] < blocks.count {
        let block = blocks[paragraphs[sentence]]
        let base = text.utf8.count
        for var code in Self.inlineCodes(block.codes, in: block.text, range: ranges[sentence]) {
          code.offset += base
          codes.append(code)
        }
      }
      text += result.target[sentence]
    }
    return (text, codes)
  }

  /// `codes` (UTF-16 offsets into `text`) as TMX-style inline codes with UTF-8
  /// offsets from the start of `range`: those inside it, a pair only when both
  /// its ends are (so the markup stays balanced).
  static func inlineCodes(_ codes: [MarkupCode], in text: String, range: Range<Int>?) -> [InlineCode] {
    let utf16 = Array(text.utf16)
    let range = range ?? 0..<utf16.count
    let inside = codes.filter { range.contains($0.offset) || $0.offset == range.upperBound }
    let opened = Set(inside.filter { $0.role == .open }.map(\.pair))
    let closed = Set(inside.filter { $0.role == .close }.map(\.pair))
    let start = String(decoding: utf16[..<range.lowerBound], as: UTF16.self).utf8.count
    return inside.compactMap { code in
      let offset = String(decoding: utf16[..<min(code.offset, utf16.count)], as: UTF16.self).utf8.count - start
      switch code.role {
      case .open:
        guard closed.contains(code.pair) else { return nil }
        return InlineCode(.bpt, offset: offset, attributes: ["i": String(code.pair)], content: code.markup)
      case .close:
        guard opened.contains(code.pair) else { return nil }
        return InlineCode(.ept, offset: offset, attributes: ["i": String(code.pair)], content: code.markup)
      case .standalone:
        return InlineCode(.ph, offset: offset, attributes: ["x": String(code.pair)], content: code.markup)
      }
    }
  }
}
