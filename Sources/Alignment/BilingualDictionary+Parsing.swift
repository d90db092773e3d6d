import Foundation

extension BilingualDictionary {
  /// Parses the Ding format of Debian's `trans-de-en` (`/usr/share/trans/de-en`):
  /// `Deutsch {n} | Plural {pl} :: German | plurals`, `|` separating parallel
  /// alternatives, `;` synonyms, and annotations in `{}`, `[]`, `()`, `<>`.
  ///
  /// The file lists German first; pass `reversed: true` to read it as
  /// English → German. Single words pair with single words; a single word
  /// also pairs with the content words of a phrase of up to three words.
  public static func parseDing(
    _ bytes: [UInt8], sourceLanguage: String, targetLanguage: String, reversed: Bool = false
  ) -> DictionaryParseResult {
    let sourceStemmer = Stemmer(language: sourceLanguage)
    let targetStemmer = Stemmer(language: targetLanguage)
    var dictionary = BilingualDictionary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    var malformed = 0
    var firstMalformed: Int?
    forEachLine(bytes) { number, line in
      if line.isEmpty || line.hasPrefix("#") { return }
      let halves = line.components(separatedBy: " :: ")
      guard halves.count == 2 else {
        malformed += 1
        if firstMalformed == nil { firstMalformed = number }
        return
      }
      let left = halves[reversed ? 1 : 0].components(separatedBy: " | ")
      let right = halves[reversed ? 0 : 1].components(separatedBy: " | ")
      let count = left.count == right.count ? left.count : 1
      for k in 0..<count {
        let sources = phrases(left[k], language: sourceLanguage)
        let targets = phrases(right[k], language: targetLanguage)
        for source in sources {
          for target in targets {
            guard source.count == 1 || target.count == 1 else { continue }
            if source.count == 1 && target.count == 1 {
              dictionary.add(sourceStem: sourceStemmer.stem(source[0]), targetStem: targetStemmer.stem(target[0]))
            } else if source.count == 1, target.count <= 3 {
              for word in target where isContentWord(word) {
                dictionary.add(sourceStem: sourceStemmer.stem(source[0]), targetStem: targetStemmer.stem(word))
              }
            } else if target.count == 1, source.count <= 3 {
              for word in source where isContentWord(word) {
                dictionary.add(sourceStem: sourceStemmer.stem(word), targetStem: targetStemmer.stem(target[0]))
              }
            }
          }
        }
      }
    }
    return DictionaryParseResult(dictionary: dictionary, malformedLines: malformed, firstMalformedLine: firstMalformed)
  }

  /// Parses `source<TAB>target` lines (words or short phrases, any language
  /// pair); `#` starts a comment line.
  public static func parseTSV(_ bytes: [UInt8], sourceLanguage: String, targetLanguage: String) -> DictionaryParseResult {
    let sourceStemmer = Stemmer(language: sourceLanguage)
    let targetStemmer = Stemmer(language: targetLanguage)
    var dictionary = BilingualDictionary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    var malformed = 0
    var firstMalformed: Int?
    forEachLine(bytes) { number, line in
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { return }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      let source = fields.first.map { words(String($0)) } ?? []
      let target = fields.count > 1 ? words(String(fields[1])) : []
      guard fields.count == 2, !source.isEmpty, !target.isEmpty else {
        malformed += 1
        if firstMalformed == nil { firstMalformed = number }
        return
      }
      for s in source where source.count == 1 || isContentWord(s) {
        for t in target where target.count == 1 || isContentWord(t) {
          dictionary.add(sourceStem: sourceStemmer.stem(s), targetStem: targetStemmer.stem(t))
        }
      }
    }
    return DictionaryParseResult(dictionary: dictionary, malformedLines: malformed, firstMalformedLine: firstMalformed)
  }

  /// Calls `body` with each line (1-based number, text without line end).
  private static func forEachLine(_ bytes: [UInt8], _ body: (Int, String) -> Void) {
    var start = 0
    var number = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      number += 1
      var stop = end
      if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
      body(number, String(decoding: bytes[start..<stop], as: UTF8.self))
      start = end + 1
    }
  }

  /// The synonyms of one alternative, each as its lowercase words, without annotations.
  private static func phrases(_ alternative: String, language: String) -> [[String]] {
    alternative.split(separator: ";").compactMap { synonym in
      var list = words(stripAnnotations(synonym))
      if language == "en", list.count > 1, list[0] == "to" { list.removeFirst() }
      if language == "de", list.count > 1, list[0] == "sich" { list.removeFirst() }
      return list.isEmpty ? nil : list
    }
  }

  private static func stripAnnotations(_ text: Substring) -> String {
    var result = ""
    var depth = 0
    for character in text {
      switch character {
      case "{", "[", "(", "<": depth += 1
      case "}", "]", ")", ">": depth = max(0, depth - 1)
      default: if depth == 0 { result.append(character) }
      }
    }
    return result
  }

  /// Lowercase words of a phrase; abbreviations such as "jdn." or "sth." are dropped.
  private static func words(_ phrase: String) -> [String] {
    phrase.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\t" }).compactMap { raw in
      if raw.hasSuffix(".") { return nil }
      let word = raw.trimmingCharacters(in: ",!?\"'")
      return word.isEmpty ? nil : word.lowercased()
    }
  }

  private static func isContentWord(_ word: String) -> Bool {
    word.count >= 4 && !["etwas", "jemand", "jemandem", "jemanden", "something", "somebody", "someone",
                         "with", "from", "into", "über", "eine", "einen", "einer", "einem"].contains(word)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> Substring {
    var result = self
    while let first = result.first, set.contains(first) { result = result.dropFirst() }
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    return result
  }
}
