import Alignment

/// How well a target expression translates a source term, from the
/// dictionary (whole words and compound parts), stems and cognates.
struct LexicalScorer {
  let dictionary: BilingualDictionary
  let source: WordNormalizer
  let target: WordNormalizer
  private var pieceCache: [String: [Piece]] = [:]

  /// A source word or compound part with the stems of its translations.
  struct Piece {
    /// The word or part, lowercase.
    var word: String
    var folded: String
    var translationStems: Set<String>
  }

  init(dictionary: BilingualDictionary, source: WordNormalizer, target: WordNormalizer) {
    self.dictionary = dictionary
    self.source = source
    self.target = target
  }

  /// 0...1: the geometric mean of the share of source pieces and of target
  /// words that find a counterpart, or the cognate similarity of the whole
  /// expressions when that is higher ("Nordkorea" ≈ "North Korea").
  mutating func score(_ sourceTerm: String, _ targetTerm: String) -> Double {
    let sourceWords = sourceTerm.split(separator: " ").map(String.init)
    let targetWords = targetTerm.split(separator: " ").map(String.init)
    let targetFolded = targetWords.map { target.fold($0) }
    let targetStems = targetWords.map { target.fold(target.stem($0)) }
    var pieces: [[Piece]] = []
    for word in sourceWords { pieces.append(self.pieces(of: word)) }
    var targetMatched = [Bool](repeating: false, count: targetWords.count)
    var sourceCovered = 0.0
    for wordPieces in pieces {
      var matchedPieces = 0
      for piece in wordPieces {
        var matched = false
        for j in targetWords.indices
        where piece.translationStems.contains(targetStems[j]) || Similarity.isCognate(piece.folded, targetFolded[j])
          || Similarity.sharesPrefix(piece.folded, targetFolded[j])
        {
          targetMatched[j] = true
          matched = true
        }
        if matched { matchedPieces += 1 }
      }
      sourceCovered += Double(matchedPieces) / Double(max(1, wordPieces.count))
    }
    let sourceShare = sourceCovered / Double(max(1, pieces.count))
    let targetShare = Double(targetMatched.filter { $0 }.count) / Double(max(1, targetWords.count))
    var result = (sourceShare * targetShare).squareRoot()
    let wholeSource = sourceWords.map { source.fold($0) }.joined().filter { $0 != "-" }
    let wholeTarget = targetFolded.joined().filter { $0 != "-" }
    if wholeSource.count >= 4, wholeTarget.count >= 4 {
      let similarity = Similarity.normalized(wholeSource, wholeTarget)
      if similarity >= 0.75 { result = max(result, similarity) }
    }
    return result
  }

  /// The pieces of a source word: the word itself when the dictionary knows
  /// it, else its hyphen parts, each split into compound parts when unknown.
  mutating func pieces(of word: String) -> [Piece] {
    if let cached = pieceCache[word] { return cached }
    let lower = word.lowercased()
    var result: [Piece] = []
    if let known = knownForm(of: lower) {
      result = [piece(known, folded: lower)]
    } else {
      for part in lower.split(separator: "-").map(String.init) {
        if let known = knownForm(of: part) {
          result.append(piece(known, folded: part))
        } else if let (head, tail) = compoundSplit(part) {
          result.append(piece(head, folded: head))
          result.append(piece(tail, folded: tail))
        } else {
          result.append(piece(part, folded: part))
        }
      }
    }
    pieceCache[word] = result
    return result
  }

  /// Whether some piece of `sourceWord` translates or transliterates `targetWord`.
  mutating func translates(_ sourceWord: String, _ targetWord: String) -> Bool {
    let folded = target.fold(targetWord)
    let stem = target.fold(target.stem(targetWord))
    return pieces(of: sourceWord).contains { piece in
      piece.translationStems.contains(stem) || Similarity.isCognate(piece.folded, folded)
        || Similarity.sharesPrefix(piece.folded, folded)
    } || Similarity.sharesPrefix(source.fold(sourceWord), folded)
      || source.fold(sourceWord) == folded + "s"  // a genitive name: "Kims" / "Kim’s"
  }

  /// The form of `word` the dictionary lists: the word itself, without a
  /// inflection ending, or its stem with a common ending ("westlichen" → "westlich").
  private func knownForm(of word: String) -> String? {
    if dictionary.knows(word) { return word }
    // Inflection endings: genitive "-s", "-es"; adjective "-e", "-en", "-er", "-es", "-em".
    var candidates = [String(word.dropLast()), String(word.dropLast(2))]
    let stem = source.stem(word)
    candidates += [stem, stem + "e", stem + "en", stem + "n"]
    return candidates.first { $0.count >= 3 && dictionary.knows($0) }
  }

  private func piece(_ word: String, folded: String) -> Piece {
    Piece(word: word, folded: source.fold(folded),
          translationStems: Set(dictionary.translations(of: word).map { target.fold(target.stem($0)) }))
  }

  /// Splits an unknown compound into a known head and tail, with German
  /// linking elements ("partnerschaftsabkommen" → "partnerschaft" + "abkommen").
  /// Prefers the longest known tail.
  private func compoundSplit(_ word: String) -> (String, String)? {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count >= 6 else { return nil }
    for cut in 3...(scalars.count - 3) {
      guard let tail = knownForm(of: String(String.UnicodeScalarView(scalars[cut...]))) else { continue }
      let head = String(String.UnicodeScalarView(scalars[..<cut]))
      for linker in ["", "s", "es", "n", "en", "e"] where head.hasSuffix(linker) {
        let stripped = String(head.dropLast(linker.count))
        if stripped.count >= 3, dictionary.knows(stripped) { return (stripped, tail) }
      }
    }
    return nil
  }
}
