import Foundation
import Segmentation

extension BilingualDictionary {
  /// Parses the Ding format of Debian's `trans-de-en` (`/usr/share/trans/de-en`):
  /// `Deutsch {n} | Plural {pl} :: German | plurals`, `|` separating parallel
  /// alternatives, `;` synonyms, and annotations in `{}`, `[]`, `()`, `<>`.
  ///
  /// The file lists German first; pass `reversed: true` to read it as
  /// English → German. Single words pair with single words; a single word
  /// also pairs with the content words of a phrase of up to three words.
  ///
  /// Besides the stems it fills the headword view (see `BilingualDictionary`):
  /// each source alternative and abbreviation, lowercased, gets the content
  /// words of its target alternative (`targetContentWords`, the caller's
  /// notion of a content word in the target language) and the target and
  /// source abbreviations, which are international ("USA" stands for itself).
  public static func parseDing(
    _ bytes: [UInt8], sourceLanguage: String, targetLanguage: String, reversed: Bool = false,
    targetContentWords: ((String) -> [String])? = nil
  ) -> DictionaryParseResult {
    let contentWords = targetContentWords ?? { words($0) }
    let sourceStemmer = Stemmer(language: sourceLanguage)
    let targetStemmer = Stemmer(language: targetLanguage)
    var dictionary = BilingualDictionary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    var malformed = 0
    var firstMalformed: Int?
    forEachLine(bytes) { number, line in
      if line.isEmpty || line.hasPrefix("#") { return }
      let halves = pieces(of: line[...], separatedBy: " :: ")
      if halves.count > 1 {
        // The headword view reads everything after the first separator as the English side.
        let (left, right) = (halves[0], line[halves[1].startIndex...])
        addHeadwords(
          source: reversed ? right : left, target: reversed ? left : right,
          contentWords: contentWords, to: &dictionary)
      }
      guard halves.count == 2 else {
        malformed += 1
        if firstMalformed == nil { firstMalformed = number }
        return
      }
      let left = pieces(of: halves[reversed ? 1 : 0], separatedBy: " | ")
      let right = pieces(of: halves[reversed ? 0 : 1], separatedBy: " | ")
      let count = left.count == right.count ? left.count : 1
      for k in 0..<count {
        addStemPairs(
          sources: phrases(String(left[k]), language: sourceLanguage),
          targets: phrases(String(right[k]), language: targetLanguage),
          sourceStemmer: sourceStemmer, targetStemmer: targetStemmer, to: &dictionary)
      }
    }
    return DictionaryParseResult(dictionary: dictionary, malformedLines: malformed, firstMalformedLine: firstMalformed)
  }

  /// Pairs the stems of synonymous phrases: a single word with a single
  /// word, and a single word with the content words of a phrase of up to
  /// three words.
  static func addStemPairs(
    sources: [[String]], targets: [[String]], sourceStemmer: Stemmer, targetStemmer: Stemmer,
    to dictionary: inout BilingualDictionary
  ) {
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

  /// Adds the headwords of one line (source and target side) and counts the
  /// words of its source side.
  private static func addHeadwords(
    source: Substring, target: Substring, contentWords: (String) -> [String],
    to dictionary: inout BilingualDictionary
  ) {
    forEachWord(in: Array(source.utf8)[...]) { dictionary.countReference($0) }
    let sources = pieces(of: source, separatedBy: " | ").filter { !$0.isEmpty }
    let targets = pieces(of: target, separatedBy: " | ").filter { !$0.isEmpty }
    for (index, sourceEntry) in sources.enumerated() where index < targets.count {
      let (sourceHeads, sourceAbbreviations) = headwords(sourceEntry)
      let (targetHeads, targetAbbreviations) = headwords(targets[index])
      var words = Set(targetHeads.flatMap(contentWords))
      words.formUnion(targetAbbreviations.map { $0.lowercased() })
      words.formUnion(sourceAbbreviations.map { $0.lowercased() })
      guard !words.isEmpty else { continue }
      let proper = targetHeads.first?.first?.isUppercase ?? false
      for head in sourceHeads + sourceAbbreviations {
        dictionary.add(headword: head.lowercased(), targetWords: words, isProperNoun: proper)
      }
    }
  }

  /// The alternatives of one entry with annotations removed, and the
  /// abbreviations it gives between slashes (`/USA/`).
  private static func headwords(_ entry: Substring) -> (heads: [String], abbreviations: [String]) {
    var heads: [String] = []
    var abbreviations: [String] = []
    for alternative in entry.unicodeScalars.split(separator: ";") {
      var text = String.UnicodeScalarView()
      var depth = 0
      var inSlashes = false
      var abbreviation = String.UnicodeScalarView()
      for scalar in alternative {
        switch scalar {
        case "{", "[", "(", "<": depth += 1
        case "}", "]", ")", ">": depth = max(0, depth - 1)
        case "/" where depth == 0:
          if inSlashes, !abbreviation.isEmpty { abbreviations.append(String(abbreviation)) }
          inSlashes.toggle()
          abbreviation = String.UnicodeScalarView()
        default:
          if depth > 0 { continue }
          if inSlashes { abbreviation.append(scalar) } else { text.append(scalar) }
        }
      }
      let trimmed = text.split(separator: " ").map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
      if !trimmed.isEmpty { heads.append(trimmed) }
    }
    return (heads, abbreviations)
  }

  /// Calls `body` with each lowercase word (a run of letters and hyphens) of
  /// `bytes`. ASCII and the German capitals Ä, Ö, Ü are lowercased on bytes.
  private static func forEachWord(in bytes: ArraySlice<UInt8>, _ body: (String) -> Void) {
    var word: [UInt8] = []
    var i = bytes.startIndex
    func flush() {
      if !word.isEmpty {
        if word.last == UInt8(ascii: "-") { word.removeLast() }
        if !word.isEmpty { body(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      }
    }
    while i < bytes.endIndex {
      let b = bytes[i]
      if b >= 0x41 && b <= 0x5A {
        word.append(b + 0x20)
      } else if (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "-") && !word.isEmpty {
        word.append(b)
      } else if b == 0xC3, i + 1 < bytes.endIndex {
        let next = bytes[i + 1]
        word.append(b)
        word.append(next == 0x84 || next == 0x96 || next == 0x9C ? next + 0x20 : next)
        i += 1
      } else if b >= 0x80 {
        word.append(b)
      } else {
        flush()
      }
      i += 1
    }
    flush()
  }

  /// Calls `body` with each line (1-based number, text without line end).
  static func forEachLine(_ bytes: [UInt8], _ body: (Int, String) -> Void) {
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
  static func phrases(_ alternative: String, language: String) -> [[String]] {
    pieces(of: Substring(alternative), separatedByAnyOf: [UInt8(ascii: ";")]).filter { !$0.isEmpty }.compactMap { synonym in
      var list = words(stripAnnotations(synonym))
      if language == "en", list.count > 1, list[0] == "to" { list.removeFirst() }
      if language == "de", list.count > 1, list[0] == "sich" { list.removeFirst() }
      return list.isEmpty ? nil : list
    }
  }

  /// `text` without what is between `{}`, `[]`, `()` and `<>`, nested or not. Walks scalars, not
  /// `Character`s: the brackets are single scalars, and grapheme breaking is most of the cost.
  static func stripAnnotations(_ text: Substring) -> String {
    var result = String.UnicodeScalarView()
    var depth = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "{", "[", "(", "<": depth += 1
      case "}", "]", ")", ">": depth = max(0, depth - 1)
      default: if depth == 0 { result.append(scalar) }
      }
    }
    return String(result)
  }

  /// The pieces of `text` between any of the ASCII bytes `separators`, empty ones included,
  /// found on the UTF-8 bytes (as ``pieces(of:separatedBy:)``).
  static func pieces(of text: Substring, separatedByAnyOf separators: [UInt8]) -> [Substring] {
    let bytes = text.utf8
    var result: [Substring] = []
    var start = bytes.startIndex
    for i in bytes.indices where separators.contains(bytes[i]) {
      result.append(text[start..<i])
      start = bytes.index(after: i)
    }
    result.append(text[start...])
    return result
  }

  /// `text` cut at each `separator`, empty pieces kept (as `components(separatedBy:)`), found on
  /// the UTF-8 bytes: a dictionary has a million lines to cut.
  static func pieces(of text: Substring, separatedBy separator: String) -> [Substring] {
    let bytes = text.utf8
    let separator = Array(separator.utf8)
    var result: [Substring] = []
    var start = bytes.startIndex
    var i = start
    while i < bytes.endIndex {
      if bytes[i] == separator[0], bytes[i...].starts(with: separator) {
        result.append(text[start..<i])
        i = bytes.index(i, offsetBy: separator.count)
        start = i
      } else {
        i = bytes.index(after: i)
      }
    }
    result.append(text[start...])
    return result
  }

  /// Lowercase words of a phrase (split at spaces, tabs and slashes, `,!?"'` trimmed off);
  /// abbreviations such as "jdn." or "sth." are dropped. Every separator is ASCII, so the
  /// phrase is cut on its UTF-8 bytes.
  private static func words(_ phrase: String) -> [String] {
    var phrase = phrase
    return phrase.withUTF8 { bytes in
      let isTrimmed = { (byte: UInt8) in
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
          || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
      }
      var result: [String] = []
      for raw in bytes.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\t") }) {
        guard raw.last != UInt8(ascii: "."),
          let first = raw.firstIndex(where: { !isTrimmed($0) }), let last = raw.lastIndex(where: { !isTrimmed($0) })
        else { continue }
        result.append(String(decoding: raw[first...last], as: UTF8.self).lowercased())
      }
      return result
    }
  }

  private static func isContentWord(_ word: String) -> Bool {
    word.count >= 4 && !["etwas", "jemand", "jemandem", "jemanden", "something", "somebody", "someone",
                         "with", "from", "into", "über", "eine", "einen", "einer", "einem"].contains(word)
  }
}
