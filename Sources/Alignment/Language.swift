import Segmentation

/// Validates language tags and maps them to what the stemmer expects.
public enum Language {
  /// ISO 639-1 codes the aligner accepts (the languages with Latin, Greek or
  /// Cyrillic script that ICU transliterates well; others align by length).
  static let known: Set<String> = [
    "ar", "bg", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu", "fi", "fr", "ga", "gl",
    "he", "hi", "hr", "hu", "hy", "id", "it", "ja", "ko", "la", "lb", "lt", "lv", "mk", "mt", "nb",
    "nl", "nn", "no", "pl", "pt", "rm", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "ta", "th", "tr",
    "uk", "vi", "zh",
  ]

  /// ISO 639-3 codes of the languages dictionary packages name themselves
  /// by (FreeDict's `freedict-deu-fra`), to their ISO 639-1 code.
  static let threeLetterCodes: [String: String] = [
    "deu": "de", "eng": "en", "fra": "fr", "ita": "it", "spa": "es", "por": "pt", "nld": "nl",
    "swe": "sv", "dan": "da", "fin": "fi", "pol": "pl", "ces": "cs", "rus": "ru", "ell": "el",
    "hun": "hu", "tur": "tr", "bul": "bg", "hrv": "hr", "srp": "sr", "slk": "sk", "slv": "sl",
    "nor": "no", "nob": "nb", "nno": "nn", "lat": "la", "lit": "lt", "lav": "lv", "est": "et",
    "ron": "ro", "ukr": "uk", "cat": "ca", "eus": "eu", "gle": "ga", "cym": "cy", "glg": "gl",
  ]

  /// The language pair a dictionary file is named after, as ISO 639-1
  /// codes, first language first: "freedict-deu-fra.index" → ("de", "fr"),
  /// "terms.en-de.tsv" → ("en", "de"). The last two codes joined by '-' in
  /// the name count, two- or three-letter; nil when there are none.
  public static func pair(inFileName name: String) -> (source: String, target: String)? {
    let base = name.split(separator: "/").last.map(String.init) ?? name
    func code(_ part: Substring) -> String? {
      part.count == 2 && known.contains(String(part)) ? String(part) : threeLetterCodes[String(part)]
    }
    for chunk in base.lowercased().split(whereSeparator: { $0 == "." || $0 == "_" }).reversed() {
      let parts = chunk.split(separator: "-")
      for k in stride(from: parts.count - 2, through: 0, by: -1) {
        if let first = code(parts[k]), let second = code(parts[k + 1]), first != second { return (first, second) }
      }
    }
    return nil
  }

  /// The primary language subtag of a BCP 47 tag ("de-CH" → "de").
  /// Throws `AlignmentError.unknownLanguage` for tags the aligner does not know.
  public static func primaryCode(of tag: String) throws(AlignmentError) -> String {
    let primary = LanguageSubtag.primary(of: tag)
    guard known.contains(primary) else { throw .unknownLanguage(tag) }
    return primary
  }
}
