import Foundation
import Segmentation

/// The features of one side of a bitext that the scorers use: per sentence
/// its length and its distinct word types; per type its stem, a key shared
/// with the other language (numbers, names and cognates folded to ASCII,
/// punctuation) and a rarity weight (IDF).
struct SideFeatures {
  /// Characters (UTF-16 units) per sentence, at least 1.
  var lengths: [Double] = []
  /// Distinct type ids per sentence.
  var sentenceTypes: [[Int32]] = []
  /// Type → stem id (this side's stem space).
  var typeStem: [Int32] = []
  /// Type → key in the space shared by both sides, or -1.
  var typeShared: [Int32] = []
  /// Type → IDF weight.
  var typeWeight: [Float] = []
  /// Stem id → stem.
  var stems: [String] = []
  /// Sum of the type weights of each sentence.
  var sentenceWeight: [Float] = []
  /// Whether each sentence ends a paragraph (soft boundary).
  var paragraphEnds: [Bool] = []
  /// Whether the text runs on past each sentence's end: the sentence stops
  /// at a semicolon or comma, or the next one starts in lower case. Such a
  /// break is often a cut inside one sentence (by the segmenter or the
  /// scan), which the other side may not have; how often the links keep it
  /// is learned per text (`ScoringParameters.learningRunOns`).
  var runsOn: [Bool] = []
  /// The structural class of each sentence's block (see `Aligner.align`), or empty.
  var anchorClasses: [Int] = []
  /// Whether each sentence occurs verbatim elsewhere on this side and is
  /// long enough (`FeatureExtractor.repeatedMinimumLength`) that the repeat
  /// is a pasted duplicate rather than a stock phrase ("Ja.").
  var repeated: [Bool] = []
  /// For each sentence of a pasted duplicate, the index of the first sentence
  /// with the same text; -1 for the others. Copies share it, so a link's
  /// confidence can count the placements that pair the same texts (see
  /// `BeadSearch`). A duplicate is a `repeated` sentence, or a shorter one
  /// repeated verbatim next to one (a short line inside the pasted block).
  var firstCopy: [Int32] = []

  var count: Int { lengths.count }

  /// Characters of the sentences in `ranges`, with each pasted block counted
  /// once: a pasted block is a run of at least three sentences repeating, in
  /// order, sentences found earlier on the side (see `firstCopy`); its later
  /// copies are left out. Texts whose stock sentences merely recur have no
  /// such runs.
  func characters(in ranges: [Range<Int>]) -> Double {
    func isLaterCopy(_ i: Int) -> Bool { firstCopy[i] >= 0 && Int(firstCopy[i]) != i }
    var counted = [Bool](repeating: true, count: count)
    var start = 0
    while start < count {
      guard isLaterCopy(start) else {
        start += 1
        continue
      }
      var end = start + 1
      while end < count, isLaterCopy(end), firstCopy[end] == firstCopy[end - 1] + 1 { end += 1 }
      if end - start >= 3 { for i in start..<end { counted[i] = false } }
      start = end
    }
    return ranges.reduce(0) { sum, range in sum + range.reduce(0) { counted[$1] ? $0 + lengths[$1] : $0 } }
  }
}

/// Builds `SideFeatures` for both sides, interning shared keys in one space.
struct FeatureExtractor {
  /// UTF-16 units from which a sentence repeated verbatim counts as a duplicate.
  static let repeatedMinimumLength = 40
  /// Shared key text → id, common to both sides.
  var sharedKeys: [String: Int32] = [:]
  private let folder: Transliterator?

  init() {
    folder = try? Transliterator("Any-Latin; Latin-ASCII")
  }

  mutating func features(of sentences: [String], paragraphs: [Int]?, language: String) -> SideFeatures {
    let stemmer = Stemmer(language: language)
    var side = SideFeatures()
    var typeIndex: [Token: Int32] = [:]
    var stemIndex: [String: Int32] = [:]
    var documentFrequency: [Int32] = []
    side.lengths.reserveCapacity(sentences.count)
    side.sentenceTypes.reserveCapacity(sentences.count)
    let tokenized = Parallel.map(sentences) { Tokenizer.tokens(of: $0) }
    for (sentence, tokens) in zip(sentences, tokenized) {
      side.lengths.append(Double(max(1, sentence.utf16.count)))
      var types: [Int32] = []
      for token in tokens {
        let id: Int32
        if let known = typeIndex[token] {
          id = known
        } else {
          id = Int32(side.typeStem.count)
          typeIndex[token] = id
          let (stem, shared) = describe(token, stemmer: stemmer)
          let stemID: Int32
          if let known = stemIndex[stem] {
            stemID = known
          } else {
            stemID = Int32(side.stems.count)
            stemIndex[stem] = stemID
            side.stems.append(stem)
          }
          side.typeStem.append(stemID)
          side.typeShared.append(shared.map { intern($0) } ?? -1)
          documentFrequency.append(0)
        }
        if !types.contains(id) { types.append(id) }
      }
      for id in types { documentFrequency[Int(id)] += 1 }
      side.sentenceTypes.append(types)
    }
    let total = Float(max(sentences.count, 2))
    side.typeWeight = documentFrequency.map { log(total / Float(max($0, 1))) + 0.1 }
    // In long texts, types in more than a third of the sentences ("der",
    // "the") say little about which sentences pair and cost most of the
    // matching time. (Short texts keep them: there they still help.)
    let minimumWeight = log(Float(3)) + 0.1
    if sentences.count >= 5000 {
      side.sentenceTypes = side.sentenceTypes.map { $0.filter { side.typeWeight[Int($0)] >= minimumWeight } }
    }
    side.sentenceWeight = side.sentenceTypes.map { $0.reduce(0) { $0 + side.typeWeight[Int($1)] } }
    side.paragraphEnds = (0..<sentences.count).map { index in
      guard let paragraphs else { return false }
      return index + 1 == paragraphs.count || paragraphs[index + 1] != paragraphs[index]
    }
    side.runsOn = sentences.indices.map { index in
      index + 1 < sentences.count && Self.runsOn(sentences[index], into: sentences[index + 1])
    }
    var occurrences: [String: (count: Int, first: Int)] = [:]
    for (index, sentence) in sentences.enumerated() { occurrences[sentence, default: (0, index)].count += 1 }
    side.repeated = sentences.map { $0.utf16.count >= Self.repeatedMinimumLength && occurrences[$0]?.count ?? 0 > 1 }
    side.firstCopy = sentences.indices.map { index in
      guard let seen = occurrences[sentences[index]], seen.count > 1 else { return -1 }
      let besideDuplicate = index > 0 && side.repeated[index - 1] || index + 1 < sentences.count && side.repeated[index + 1]
      return side.repeated[index] || besideDuplicate ? Int32(seen.first) : -1
    }
    return side
  }

  /// Whether `sentence` runs on into `next` (see `SideFeatures.runsOn`).
  static func runsOn(_ sentence: String, into next: String) -> Bool {
    if let last = sentence.unicodeScalars.last(where: { !CharacterSet.whitespacesAndNewlines.contains($0) }),
       last == ";" || last == "," { return true }
    let alphanumerics = CharacterSet.alphanumerics
    guard let first = next.unicodeScalars.first(where: { alphanumerics.contains($0) }) else { return false }
    return CharacterSet.lowercaseLetters.contains(first)
  }

  private mutating func intern(_ key: String) -> Int32 {
    if let id = sharedKeys[key] { return id }
    let id = Int32(sharedKeys.count)
    sharedKeys[key] = id
    return id
  }

  /// The stem and the shared key of a token.
  private func describe(_ token: Token, stemmer: Stemmer) -> (stem: String, shared: String?) {
    switch token {
    case .number(let digits):
      return ("#" + digits, "n:" + digits)
    case .punctuation(let mark):
      return ("#" + mark, "p:" + mark)
    case .word(let word, _):
      let stem = stemmer.stem(word)
      let folded = asciiFolded(word)
      guard folded.utf8.count >= 4 else { return (stem, nil) }
      return (stem, "c:" + String(folded.prefix(5)))
    }
  }

  private func asciiFolded(_ word: String) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
    guard let folder, let folded = try? folder(word) else { return word }
    return folded.lowercased()
  }
}
