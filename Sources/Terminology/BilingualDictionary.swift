/// Word translations from a bilingual dictionary in the format of Debian's
/// `trans-de-en` (Ding): one entry a line, `German | forms :: English | forms`,
/// alternatives separated by `;`, annotations in `{}`, `[]`, `()` and `<>`,
/// abbreviations between slashes (`/USA/`).
///
/// Besides translations it keeps how often each word occurs anywhere on the
/// dictionary's source side: a rough general-language frequency, used as the
/// reference for termhood (a word the dictionary uses everywhere is general
/// language; one it hardly mentions is a term or a name).
public struct BilingualDictionary: Sendable {
  private var translationsByWord: [String: Set<String>] = [:]
  private var referenceCounts: [String: Int] = [:]
  private var properNouns: Set<String> = []

  /// An empty dictionary: pairing then relies on co-occurrence, stems and cognates.
  public init() {}

  /// A dictionary from explicit word translations (for tests and small lexicons).
  public init(_ translations: [String: [String]]) {
    for (word, targets) in translations {
      translationsByWord[word.lowercased(), default: []].formUnion(targets.flatMap(Self.contentWords))
      // Abbreviations ("US") are kept even when they spell a stopword.
      let abbreviations = targets.filter { $0.count > 1 && $0.allSatisfy(\.isUppercase) }
      translationsByWord[word.lowercased(), default: []].formUnion(abbreviations.map { $0.lowercased() })
      if targets.contains(where: { $0.first?.isUppercase ?? false }) { properNouns.insert(word.lowercased()) }
    }
  }

  /// Parses a dictionary in `trans-de-en` format.
  ///
  /// - Parameters:
  ///   - bytes: The UTF-8 text of the dictionary.
  ///   - vocabulary: Lowercase source words to keep (see ``vocabulary(of:)``);
  ///     nil keeps everything. Keeping only the words of the texts at hand
  ///     makes a 25 MB dictionary cheap to load.
  /// - Complexity: O(*n*) in the size of the dictionary.
  public init(transFormat bytes: [UInt8], vocabulary: Set<String>?) {
    var lineStart = 0
    let count = bytes.count
    while lineStart < count {
      var lineEnd = lineStart
      while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      if lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
        parseLine(bytes[lineStart..<lineEnd], vocabulary: vocabulary)
      }
      lineStart = lineEnd + 1
    }
  }

  public var isEmpty: Bool { translationsByWord.isEmpty }

  /// The target content words (lowercase) given for `word`; empty when unknown.
  public func translations(of word: String) -> Set<String> {
    translationsByWord[word.lowercased()] ?? []
  }

  /// Whether the dictionary has an entry headed by `word`.
  public func knows(_ word: String) -> Bool {
    translationsByWord[word.lowercased()] != nil
  }

  /// Whether the dictionary translates `word` with a capitalised target
  /// (a place, a person, a day: "Russland" → "Russia"), i.e. a proper noun.
  public func isProperNoun(_ word: String) -> Bool {
    properNouns.contains(word.lowercased())
  }

  /// How often `word` occurs on the dictionary's source side (0 when unknown
  /// or not loaded).
  public func referenceCount(of word: String) -> Int {
    referenceCounts[word.lowercased()] ?? 0
  }

  /// The lowercase words of `texts` (German stopwords aside) and their
  /// possible compound parts (every prefix and suffix of at least three
  /// letters, hyphen parts): what a dictionary needs to keep for pairing
  /// terms of these texts.
  public static func vocabulary(of texts: [String]) -> Set<String> {
    var result: Set<String> = []
    for text in texts {
      for token in Tokenizer.tokens(in: text) where !token.isNumber && !StopWords.german.contains(token.lower) {
        let lower = token.lower
        result.insert(lower)
        for part in lower.split(separator: "-") {
          let scalars = Array(part.unicodeScalars)
          result.insert(String(part))
          guard scalars.count >= 5 else { continue }
          for cut in 3..<scalars.count {
            var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<cut])
            tail.append(contentsOf: scalars[cut...])
            result.insert(String(head))
            if scalars.count - cut >= 3 { result.insert(String(tail)) }
          }
        }
      }
    }
    return result
  }

  // MARK: - Parsing

  private static let separator: [UInt8] = Array(" :: ".utf8)

  private mutating func parseLine(_ line: ArraySlice<UInt8>, vocabulary: Set<String>?) {
    guard let split = Self.find(Self.separator, in: line) else { return }
    let sourceSide = line[line.startIndex..<split]
    var wanted = false
    Self.forEachWord(in: sourceSide) { word in
      if vocabulary?.contains(word) ?? true {
        referenceCounts[word, default: 0] += 1
        wanted = true
      }
    }
    guard wanted else { return }
    let targetSide = line[(split + Self.separator.count)...]
    let sources = String(decoding: sourceSide, as: UTF8.self).split(separator: " | ").map(String.init)
    let targets = String(decoding: targetSide, as: UTF8.self).split(separator: " | ").map(String.init)
    for (index, sourceEntry) in sources.enumerated() where index < targets.count {
      let (sourceHeads, sourceAbbreviations) = Self.headwords(sourceEntry)
      let keys = (sourceHeads + sourceAbbreviations).map { $0.lowercased() }
      guard keys.contains(where: { vocabulary?.contains($0) ?? true }) else { continue }
      let (targetHeads, targetAbbreviations) = Self.headwords(targets[index])
      var words = Set(targetHeads.flatMap(Self.contentWords))
      words.formUnion(targetAbbreviations.map { $0.lowercased() })
      // Abbreviations are international: "USA" and "US" stand for themselves too.
      words.formUnion(sourceAbbreviations.map { $0.lowercased() })
      guard !words.isEmpty else { continue }
      let proper = targetHeads.first?.first?.isUppercase ?? false
      for head in sourceHeads + sourceAbbreviations {
        let key = head.lowercased()
        guard vocabulary?.contains(key) ?? true else { continue }
        translationsByWord[key, default: []].formUnion(words)
        if proper { properNouns.insert(key) }
      }
    }
  }

  /// The alternatives of one entry with annotations removed, and the
  /// abbreviations it gives between slashes.
  private static func headwords(_ entry: String) -> ([String], [String]) {
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

  private static let targetNoise: Set<String> = ["sb", "sth", "sb.", "sth.", "etw", "jdn", "jdm"]

  /// The lowercase words of an English phrase, without stopwords.
  static func contentWords(_ phrase: String) -> [String] {
    Tokenizer.tokens(in: phrase).compactMap { token in
      let word = token.lower
      return StopWords.english.contains(word) || targetNoise.contains(word) || token.isNumber ? nil : word
    }
  }

  private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var i = haystack.startIndex
    let last = haystack.endIndex - needle.count
    while i <= last {
      if haystack[i] == needle[0] {
        var j = 1
        while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
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
}
