/// Numbers of a segment in a normal form, so that "1.000" (German) and
/// "1,000" (English) compare equal, as do "3,5" and "3.5", and "fünf", "5"
/// and "five".
enum NumberExtractor {
  /// The numbers of a segment: `firm` in digits, `words` in unambiguous
  /// words, `soft` from words that are often no number at all ("one", "ein",
  /// "beide") or read two ways ("halb sieben" is 6:30).
  struct Numbers: Equatable {
    var firm: [String: Int] = [:]
    var words: [String: Int] = [:]
    var soft: [String: Int] = [:]
  }

  /// The normalised numbers of `tokens` in digits and in words, each a multiset (value → count).
  static func allNumbers(in tokens: [Token], language: String) -> Numbers {
    let primary = StopWords.primarySubtag(language)
    let decimalComma = ["de", "fr", "es", "it", "nl", "pt", "pl", "cs", "ru", "sv", "da", "nb", "fi"].contains(primary)
    var result = Numbers()
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.isNumber {
        let digits = token.text.unicodeScalars.filter { $0.properties.numericType != nil || $0 == "." || $0 == "," }
        if !digits.isEmpty {
          result.firm[normalize(String(String.UnicodeScalarView(digits)), decimalComma: decimalComma), default: 0] += 1
        }
        index += 1
        continue
      }
      let (value, used) = NumberWords.value(of: tokens[index...].prefix(8).map(\.lower)[...], language: primary)
      if let value, !(value == 1 && used == 1) {
        if index > 0, primary == "de", ["halb", "viertel", "dreiviertel", "einviertel"].contains(tokens[index - 1].lower) {
          result.soft[String(value), default: 0] += 1  // a time: "halb sieben" is half past six
          result.soft[String(value - 1), default: 0] += 1
        } else {
          result.words[String(value), default: 0] += 1
        }
        index += used
        continue
      }
      if let soft = value ?? NumberWords.soft(token.lower, language: primary) {
        result.soft[String(soft), default: 0] += 1
      }
      index += 1
    }
    return result
  }

  /// The numbers of `a` (digits when `words` is false, else number words)
  /// that `b` lacks in any form, after the numbers of `b` have made up what they can.
  static func missing(_ a: Numbers, in b: Numbers, words: Bool) -> [String] {
    let wanted = words ? a.words : a.firm
    var available = b.firm.merging(b.words, uniquingKeysWith: +).merging(b.soft, uniquingKeysWith: +)
    if words {  // digits of `a` take their share first
      for (key, count) in a.firm { available[key] = max(0, (available[key] ?? 0) - count) }
    }
    var result: [String] = []
    for key in wanted.keys.sorted() {
      let lacking = max(0, (wanted[key] ?? 0) - (available[key] ?? 0))
      available[key] = max(0, (available[key] ?? 0) - (wanted[key] ?? 0))
      result += Array(repeating: key, count: lacking)
    }
    return result
  }

  /// Removes group separators, writes the decimal separator as ".", and
  /// drops trailing zeros of a fraction ("3,50" → "3.5").
  static func normalize(_ number: String, decimalComma: Bool) -> String {
    let group: Character = decimalComma ? "." : ","
    let decimal: Character = decimalComma ? "," : "."
    var integer = "", fraction = ""
    var inFraction = false
    for c in number {
      if c == group { continue }
      if c == decimal { inFraction = true; continue }
      if inFraction { fraction.append(c) } else { integer.append(c) }
    }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    while integer.count > 1, integer.hasPrefix("0") { integer.removeFirst() }
    return fraction.isEmpty ? integer : integer + "." + fraction
  }
}

/// Cardinal numbers written as words, in German (one word: "einundzwanzig",
/// "zweihundertfünfzig") and English ("twenty-one", "two hundred and fifty").
enum NumberWords {
  /// The value of the number words at the start of `words` (lowercase) and how many words it takes;
  /// nil (and 0) when the first word is no number.
  static func value(of words: ArraySlice<String>, language: String) -> (Int?, Int) {
    guard let first = words.first else { return (nil, 0) }
    switch language {
    case "de":
      return (german(first), 1)
    case "en":
      return english(words)
    default:
      return (nil, 0)
    }
  }

  /// Words that often stand for a number, and often not: an article for "one", "both" for "two".
  static func soft(_ word: String, language: String) -> Int? {
    switch language {
    case "de": germanSoft[word]
    case "en": englishSoft[word]
    default: nil
    }
  }

  private static let germanSoft: [String: Int] = [
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "beide": 2, "beiden": 2, "beider": 2,
    "beides": 2, "paar": 2,
  ]
  private static let englishSoft: [String: Int] = ["a": 1, "an": 1, "both": 2, "couple": 2, "pair": 2, "twice": 2]

  // MARK: German

  private static let germanUnits: [String: Int] = [
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
  ]
  private static let germanBelowHundred: [String: Int] = [
    "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "dutzend": 12,
  ]

  /// A German cardinal of one word; "ein" alone is the article, not a number.
  static func german(_ word: String) -> Int? {
    if word == "ein" { return nil }
    return germanCompound(word)
  }

  private static func germanCompound(_ word: String) -> Int? {
    for (name, factor) in [("tausend", 1000), ("hundert", 100)] {
      guard let range = word.firstRange(of: name) else { continue }
      let head = String(word[..<range.lowerBound]), tail = String(word[range.upperBound...])
      let multiplier = head.isEmpty ? 1 : head == "ein" ? 1 : germanCompound(head)
      let rest = tail.isEmpty ? 0 : tail == "eins" ? 1 : germanCompound(tail)
      guard let multiplier, let rest, multiplier > 0, rest < factor else { return nil }
      return multiplier * factor + rest
    }
    if let value = germanBelowHundred[word] { return value }
    // "einundzwanzig": a unit, "und", a ten.
    guard let und = word.firstRange(of: "und") else { return nil }
    guard let unit = germanUnits[String(word[..<und.lowerBound])],
      let ten = germanBelowHundred[String(word[und.upperBound...])], ten >= 20, ten % 10 == 0
    else { return nil }
    return ten + unit
  }

  // MARK: English

  private static let englishBelowHundred: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
  ]

  /// One word below a hundred: "seven", "forty", "twenty-one".
  private static func englishSmall(_ word: String) -> Int? {
    if let value = englishBelowHundred[word] { return value }
    let parts = word.split(separator: "-")
    guard parts.count == 2, let ten = englishBelowHundred[String(parts[0])], ten >= 20, ten % 10 == 0,
      let unit = englishBelowHundred[String(parts[1])], (1...9).contains(unit)
    else { return nil }
    return ten + unit
  }

  /// "two hundred and fifty", "a hundred" (only after a number word), "three thousand".
  private static func english(_ words: ArraySlice<String>) -> (Int?, Int) {
    var index = words.startIndex
    var total = 0, current = 0, used = 0
    var sawNumber = false
    while index < words.endIndex {
      let word = words[index]
      if let small = englishSmall(word), current % 100 == 0 {
        current += small
      } else if word == "hundred" || word == "thousand" {
        let factor = word == "hundred" ? 100 : 1000
        if !sawNumber { current = 1 }
        if factor == 1000 {
          total += max(current, 1) * 1000
          current = 0
        } else {
          current = max(current, 1) * 100
        }
      } else if word == "and", sawNumber, index + 1 < words.endIndex, englishSmall(words[index + 1]) != nil,
        current >= 100 || total > 0
      {
        index += 1
        continue
      } else {
        break
      }
      sawNumber = true
      index += 1
      used = index - words.startIndex
    }
    return sawNumber ? (total + current, used) : (nil, 0)
  }
}
