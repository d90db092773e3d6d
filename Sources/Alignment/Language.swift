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

  /// The primary language subtag of a BCP 47 tag ("de-CH" → "de").
  /// Throws `AlignmentError.unknownLanguage` for tags the aligner does not know.
  public static func primaryCode(of tag: String) throws(AlignmentError) -> String {
    let primary = LanguageSubtag.primary(of: tag)
    guard known.contains(primary) else { throw .unknownLanguage(tag) }
    return primary
  }
}
