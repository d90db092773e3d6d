import Segmentation

extension BilingualDictionary {
  /// Parses a dictd dictionary, as FreeDict ships it (`freedict-deu-fra.index`
  /// and the decompressed `freedict-deu-fra.dict.dz`, see ``Gzip``).
  ///
  /// Each `.index` line is `headword<TAB>offset<TAB>length`, the numbers in
  /// dictd's base 64 (`A–Z a–z 0–9 + /`, most significant digit first),
  /// pointing into `data`. An entry is a headword line
  /// (`Abwicklung /ˈapvɪklʊŋ/ <n, fem>`), then its translations: the first
  /// line after it and each numbered sense (`2. liquidation`), the
  /// alternatives separated by commas or semicolons. Other lines are
  /// definitions, examples, notes and cross references (`see:`,
  /// `Synonyms:`) and are skipped, as are grammar tags `<…>`, domains
  /// `[…]`, notes `(…)` and the `00-database-*` entries.
  ///
  /// `sourceLanguage` is the language of the headwords. Only the stems are
  /// filled (what the aligner uses); the headword view stays empty.
  ///
  /// - Complexity: O(*n*) in the size of `index` and `data`; an entry that
  ///   several headwords share is read once.
  public static func parseDictd(
    index: [UInt8], data: [UInt8], sourceLanguage: String, targetLanguage: String
  ) -> DictionaryParseResult {
    let sourceStemmer = Stemmer(language: sourceLanguage)
    let targetStemmer = Stemmer(language: targetLanguage)
    var dictionary = BilingualDictionary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    var malformed = 0
    var firstMalformed: Int?
    var seen = Set<Int>()
    forEachLine(index) { number, line in
      if line.isEmpty || line.hasPrefix("00database") || line.hasPrefix("00-database") { return }
      let fields = pieces(of: Substring(line), separatedByAnyOf: [UInt8(ascii: "\t")])
      guard fields.count == 3, let offset = dictdNumber(fields[1]), let length = dictdNumber(fields[2]),
            offset <= data.count, length <= data.count - offset
      else {
        malformed += 1
        if firstMalformed == nil { firstMalformed = number }
        return
      }
      guard seen.insert(offset).inserted else { return }
      let entry = DictdEntry(String(decoding: data[offset..<offset + length], as: UTF8.self))
      let sources = phrases(entry.headword, language: sourceLanguage)
      for translation in entry.translations {
        addStemPairs(
          sources: sources, targets: phrases(translation, language: targetLanguage),
          sourceStemmer: sourceStemmer, targetStemmer: targetStemmer, to: &dictionary)
      }
    }
    return DictionaryParseResult(dictionary: dictionary, malformedLines: malformed, firstMalformedLine: firstMalformed)
  }

  /// A number in dictd's base 64; nil for an empty field, a character
  /// outside the alphabet or a value that does not fit.
  static func dictdNumber(_ field: Substring) -> Int? {
    guard !field.isEmpty, field.utf8.count <= 10 else { return nil }
    var value = 0
    for byte in field.utf8 {
      let digit: Int
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte - UInt8(ascii: "A"))
      case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte - UInt8(ascii: "a")) + 26
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0")) + 52
      case UInt8(ascii: "+"): digit = 62
      case UInt8(ascii: "/"): digit = 63
      default: return nil
      }
      value = value * 64 + digit
    }
    return value
  }
}

/// The headword and the translations of one dictd entry of FreeDict.
struct DictdEntry: Equatable {
  /// The headword without pronunciation and grammar tags.
  var headword: String
  /// Each alternative translation, annotations removed.
  var translations: [String]
}

extension DictdEntry {
  /// Reads the text of an entry.
  init(_ text: String) {
    let lines = BilingualDictionary.pieces(of: Substring(text), separatedBy: "\n")
    let head = lines.first ?? ""
    let beforePronunciation = head.firstRange(of: " /").map { head[..<$0.lowerBound] } ?? head
    let headword = BilingualDictionary.stripAnnotations(beforePronunciation).trimmingSpaces()
    var translations: [String] = []
    for (number, line) in lines.enumerated().dropFirst() {
      let trimmed = line.trimmingSpaces()
      let sense = Self.droppingSenseNumber(trimmed)
      guard number == 1 && !Self.isNote(trimmed) || sense.count < trimmed.count else { continue }
      let clean = BilingualDictionary.stripAnnotations(Substring(sense))
      translations += BilingualDictionary.pieces(of: Substring(clean), separatedByAnyOf: [UInt8(ascii: ","), UInt8(ascii: ";")])
        .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
    self.init(headword: headword, translations: translations)
  }

  /// `line` without a leading sense number ("2. liquidation" → "liquidation").
  private static func droppingSenseNumber(_ line: String) -> String {
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(".") else { return line }
    return String(line.dropFirst(digits.count + 1))
  }

  /// Cross references, notes and quoted examples, which FreeDict's
  /// Ding-derived dictionaries put after the translation line.
  private static func isNote(_ line: String) -> Bool {
    line.isEmpty || line.hasPrefix("\"") || ["see:", "Synonym", "Note:", "Antonym"].contains { line.hasPrefix($0) }
  }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
  /// Without leading and trailing spaces and tabs. They are ASCII, so the ends are found on the
  /// UTF-8 bytes (a FreeDict file has millions of lines; `Character` steps cost half its parse).
  fileprivate func trimmingSpaces() -> String {
    let bytes = utf8
    let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first..<bytes.index(after: last)])
  }
}
