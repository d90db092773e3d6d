/// One token of a text, as the word scanner finds it: a span of UTF-8 bytes and what it is.
public struct WordToken: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// Letters and marks, with digits when ``WordScanner/Options/lettersAndDigits`` joins them ("Vertrag", "A380").
    case word
    /// Decimal digits with inner separators between digits ("12", "1.000", "3,5").
    case number
    /// One scalar that is neither a word character nor white space, when the options keep punctuation.
    case punctuation
    /// An inline tag or placeholder ("<b>", "</g1>", "{0}"), when the options recognize inline codes.
    case inlineCode
  }

  public var kind: Kind
  /// Where the token starts and ends (exclusive), as UTF-8 offsets.
  public var start: Int
  public var end: Int
  /// Every letter is ASCII or in U+00C0–U+00FF, so that ``CaseFolding/lowercased(_:latin1Only:)`` can fold bytes.
  public var latin1Only: Bool
  /// A word that ends in a hyphen before a space or the end ("Sicherheits-" in "Sicherheits- und
  /// internationale Fragen"), when the options join hyphenated words; the hyphen follows as punctuation.
  public var isTruncated: Bool

  @usableFromInline
  init(kind: Kind, start: Int, end: Int, latin1Only: Bool, isTruncated: Bool) {
    self.kind = kind
    self.start = start
    self.end = end
    self.latin1Only = latin1Only
    self.isTruncated = isTruncated
  }
}

/// The one word tokenizer of Tandem: the aligner, the term extractor and the translation memory
/// each call it with their options (``Options/alignment``, ``Options/terminology``, ``Options/memory``).
///
/// Works on UTF-8 code units and decodes a scalar only where a byte is not ASCII or Latin-1, so that
/// it can run over a million segments during an import. `WordScannerICUTests` compares its word
/// tokens with ICU's word break iterator and names every deliberate difference.
///
/// The rest of the text layer sits beside it in this module: ``CaseFolding`` and ``NumberNormalizer``
/// for its tokens, `UnicodeText` (NFC, NFKC, full case folding), `Transliterator` (ASCII folding
/// of names) and `Stemmer` (Snowball).
public struct WordScanner: Sendable {
  /// What differs between the stages that tokenize.
  public struct Options: Sendable, Hashable {
    /// Letters and digits form one token ("A380"); when false they are apart ("A", "380"), and
    /// numerals that are not decimal digits ("²", "½") belong to neither and are punctuation.
    public var lettersAndDigits: Bool
    /// Separators that stay inside a number when a digit follows them.
    public var numberSeparators: NumberSeparators
    /// A hyphen (-, U+2010, U+2011) between word characters stays inside the word ("UN-Sicherheitsrat").
    public var joinsHyphenatedWords: Bool
    /// `<…>` and `{digits}` are inline-code tokens.
    public var recognizesInlineCodes: Bool
    /// Other non-space scalars are punctuation tokens; when false they are skipped.
    public var keepsPunctuation: Bool

    public init(
      lettersAndDigits: Bool, numberSeparators: NumberSeparators, joinsHyphenatedWords: Bool,
      recognizesInlineCodes: Bool, keepsPunctuation: Bool
    ) {
      self.lettersAndDigits = lettersAndDigits
      self.numberSeparators = numberSeparators
      self.joinsHyphenatedWords = joinsHyphenatedWords
      self.recognizesInlineCodes = recognizesInlineCodes
      self.keepsPunctuation = keepsPunctuation
    }

    /// The aligner compares words and numbers apart and keeps punctuation that translations keep;
    /// "1'000" and "1’000" are numbers (Swiss grouping).
    public static let alignment = Options(
      lettersAndDigits: false, numberSeparators: [.period, .comma, .apostrophe], joinsHyphenatedWords: false,
      recognizesInlineCodes: false, keepsPunctuation: true)
    /// The term extractor keeps hyphenated compounds whole ("UN-Sicherheitsrat") and reads
    /// punctuation between words (sentence starts, names after a quote).
    public static let terminology = Options(
      lettersAndDigits: true, numberSeparators: [.period, .comma], joinsHyphenatedWords: true,
      recognizesInlineCodes: false, keepsPunctuation: true)
    /// The translation memory indexes words, numbers ("12:30" too) and inline codes, nothing else.
    public static let memory = Options(
      lettersAndDigits: true, numberSeparators: [.period, .comma, .colon], joinsHyphenatedWords: false,
      recognizesInlineCodes: true, keepsPunctuation: false)
  }

  public struct NumberSeparators: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let period = NumberSeparators(rawValue: 1)
    public static let comma = NumberSeparators(rawValue: 2)
    public static let colon = NumberSeparators(rawValue: 4)
    /// ' and ’ (U+2019).
    public static let apostrophe = NumberSeparators(rawValue: 8)
  }

  public var options: Options

  public init(_ options: Options) { self.options = options }

  /// The tokens of `text`, in order.
  public func tokens(_ text: String) -> [WordToken] {
    var text = text
    return text.withUTF8 { tokens(utf8: $0) }
  }

  public func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [WordToken] {
    var result: [WordToken] = []
    result.reserveCapacity(bytes.count / 5)
    scan(bytes) { result.append($0) }
    return result
  }

  /// Calls `emit` with each token of `bytes`, in order.
  @inlinable
  public func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (WordToken) -> Void) {
    var i = 0
    let n = bytes.count
    while i < n {
      let byte = bytes[i]
      if options.recognizesInlineCodes {
        if byte == UInt8(ascii: "<"), let end = Self.tagEnd(bytes, from: i, close: UInt8(ascii: ">")) {
          emit(WordToken(kind: .inlineCode, start: i, end: end, latin1Only: false, isTruncated: false))
          i = end
          continue
        }
        if byte == UInt8(ascii: "{"), let end = Self.tagEnd(bytes, from: i, close: UInt8(ascii: "}")),
          end - i > 2, bytes[(i + 1)..<(end - 1)].allSatisfy(Self.isASCIIDigit)
        {
          emit(WordToken(kind: .inlineCode, start: i, end: end, latin1Only: false, isTruncated: false))
          i = end
          continue
        }
      }
      let (first, width) = Self.classify(bytes, at: i)
      guard belongsToWord(first, startedBy: first) else {
        if first != .space && options.keepsPunctuation {
          emit(WordToken(kind: .punctuation, start: i, end: i + width, latin1Only: false, isTruncated: false))
        }
        i += width
        continue
      }
      let start = i
      var allDigits = true
      var latin1Only = true
      var truncated = false
      while i < n {
        let (scalarClass, w) = Self.classify(bytes, at: i)
        if belongsToWord(scalarClass, startedBy: first) {
          if scalarClass != .digit { allDigits = false }
          if w > 1 && (w != 2 || bytes[i] != 0xC3) { latin1Only = false }
          i += w
          continue
        }
        if allDigits, let separator = numberSeparatorWidth(bytes, at: i), i + separator < n,
          Self.classify(bytes, at: i + separator).0 == .digit
        {
          i += separator
          continue
        }
        if options.joinsHyphenatedWords, let hyphen = Self.hyphenWidth(bytes, at: i) {
          let next = i + hyphen < n ? Self.classify(bytes, at: i + hyphen).0 : nil
          if let next, belongsToWord(next, startedBy: first) {
            allDigits = false
            i += hyphen
            continue
          }
          truncated = next == nil || next == .space
        }
        break
      }
      emit(WordToken(
        kind: allDigits ? .number : .word, start: start, end: i, latin1Only: latin1Only, isTruncated: truncated))
    }
  }

  /// What a scalar is, as far as word boundaries go.
  @usableFromInline
  enum ScalarClass {
    /// Alphabetic (letters, letter numbers such as "Ⅻ").
    case letter
    /// A decimal digit of any script.
    case digit
    /// Another number that is not alphabetic ("²", "½").
    case numeral
    /// A combining mark that is not alphabetic.
    case mark
    case space
    case other
  }

  @inlinable
  func belongsToWord(_ scalarClass: ScalarClass, startedBy first: ScalarClass) -> Bool {
    switch scalarClass {
    case .space, .other: false
    case .letter, .mark: options.lettersAndDigits || first != .digit
    case .digit: options.lettersAndDigits || first == .digit
    case .numeral: options.lettersAndDigits
    }
  }

  @inlinable
  func numberSeparatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let separators = options.numberSeparators
    switch bytes[i] {
    case UInt8(ascii: "."): return separators.contains(.period) ? 1 : nil
    case UInt8(ascii: ","): return separators.contains(.comma) ? 1 : nil
    case UInt8(ascii: ":"): return separators.contains(.colon) ? 1 : nil
    case UInt8(ascii: "'"): return separators.contains(.apostrophe) ? 1 : nil
    case 0xE2 where separators.contains(.apostrophe) && i + 2 < bytes.count
      && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99:  // ’ U+2019
      return 3
    default: return nil
    }
  }

  /// The width of '-', U+2010 or U+2011 at `i`.
  @inlinable
  static func hyphenWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    if bytes[i] == UInt8(ascii: "-") { return 1 }
    if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x90 || bytes[i + 2] == 0x91 {
      return 3
    }
    return nil
  }

  /// The end (exclusive) of a tag that opens at `start`, if `close` comes
  /// within 100 bytes on the same line and no other '<' or '{' comes first.
  @inlinable
  static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, close: UInt8) -> Int? {
    var j = start + 1
    let limit = min(bytes.count, start + 100)
    while j < limit {
      let b = bytes[j]
      if b == close { return j > start + 1 ? j + 1 : nil }
      if b == UInt8(ascii: "<") || b == UInt8(ascii: "{") || b == UInt8(ascii: "\n") { return nil }
      j += 1
    }
    return nil
  }

  @inlinable
  static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// The class of the scalar at `i` and its UTF-8 width; ASCII and U+00C0–U+017F without property lookups.
  @inlinable @inline(__always)
  static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (ScalarClass, Int) {
    let b = bytes[i]
    if b < 0x80 {
      if b >= 0x30 && b <= 0x39 { return (.digit, 1) }
      if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { return (.letter, 1) }
      if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return (.space, 1) }
      return (.other, 1)
    }
    if b == 0xC3, i + 1 < bytes.count {  // U+00C0–U+00FF: letters but × and ÷
      return (bytes[i + 1] != 0x97 && bytes[i + 1] != 0xB7 ? .letter : .other, 2)
    }
    if b == 0xC4 || b == 0xC5 { return (.letter, 2) }  // U+0100–U+017F: Latin Extended-A letters
    return classifyDecoding(bytes, at: i)
  }

  /// ``classify(_:at:)`` beyond Latin: decodes the scalar and looks up its properties. Out of line,
  /// because the property lookup's frame would otherwise be set up for every ASCII byte.
  @usableFromInline @inline(never)
  static func classifyDecoding(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (ScalarClass, Int) {
    let b = bytes[i]
    let width: Int
    var value: UInt32
    if b & 0xE0 == 0xC0 { width = 2; value = UInt32(b & 0x1F) }
    else if b & 0xF0 == 0xE0 { width = 3; value = UInt32(b & 0x0F) }
    else if b & 0xF8 == 0xF0 { width = 4; value = UInt32(b & 0x07) }
    else { return (.other, 1) }  // a stray continuation byte: Swift strings hold valid UTF-8, so unreachable
    guard i + width <= bytes.count else { return (.other, 1) }
    for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return (.other, width) }
    let properties = scalar.properties
    if properties.isAlphabetic { return (.letter, width) }
    switch properties.generalCategory {
    case .decimalNumber: return (.digit, width)
    case .letterNumber, .otherNumber: return (.numeral, width)
    case .nonspacingMark, .spacingMark, .enclosingMark: return (.mark, width)
    default: return (properties.isWhitespace ? .space : .other, width)
    }
  }
}

/// Lowercasing of word tokens, byte-wise where the word is ASCII or Latin-1.
public enum CaseFolding {
  /// The lowercase form of a token's bytes; `latin1Only` (from ``WordToken/latin1Only``) takes the byte path,
  /// which gives what `String.lowercased()` gives for those letters.
  public static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, latin1Only: Bool) -> String {
    guard latin1Only else { return String(decoding: bytes, as: UTF8.self).lowercased() }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      fold(bytes, into: buffer)
      return bytes.count
    }
  }

  /// Lowercases ASCII and U+00C0–U+00DE: A–Z → a–z, À–Þ (C3 80–9E) → à–þ
  /// (C3 A0–BE), except × (C3 97). `output` holds at least `input.count` bytes.
  @inlinable
  public static func fold(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) {
    var previous: UInt8 = 0
    for (k, b) in input.enumerated() {
      if b >= 0x41 && b <= 0x5A {
        output[k] = b + 0x20
      } else if previous == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97 {
        output[k] = b + 0x20
      } else {
        output[k] = b
      }
      previous = b
    }
  }
}
