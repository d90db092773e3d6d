import Segmentation

/// BCP 47 spelling of language tags as they are found in TMX and TSV files.
public enum LanguageTag {
  /// The tag with hyphens and BCP 47 letter case: "EN-us" → "en-US", "zh_hant_tw" → "zh-Hant-TW".
  ///
  /// TMX 1.1 files (OmegaT) write "EN-US" and some tools write "de_DE"; both name the same
  /// language as "en-US" and "de-DE", and comparing normalized tags finds them.
  public static func normalized(_ tag: String) -> String {
    var result = ""
    var index = 0
    var afterSingleton = false
    for part in tag.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
      if index > 0 { result += "-" }
      if index == 0 || afterSingleton {
        result += part.lowercased()
      } else if part.count == 2 && part.allSatisfy(\.isLetter) {
        result += part.uppercased()
      } else if part.count == 4 && part.allSatisfy(\.isLetter) {
        result += part.prefix(1).uppercased() + part.dropFirst().lowercased()
      } else {
        result += part.lowercased()
      }
      if part.count == 1 { afterSingleton = true }
      index += 1
    }
    return result
  }

  /// Whether `tag` has subtags after the primary one ("en-GB" has, "en" has not).
  public static func hasSubtags(_ tag: String) -> Bool {
    tag.contains("-") || tag.contains("_")
  }

  /// Whether two tags name the same primary language, in any letter case ("en-US", "EN", "en_GB").
  public static func samePrimary(_ a: String, _ b: String) -> Bool {
    LanguageSubtag.primary(of: a) == LanguageSubtag.primary(of: b)
  }

  /// Whether a stored tag is selected by a tag a user asked for: "en" selects every variety
  /// of English, "en-GB" only en-GB (letter case and `_` ignored).
  public static func selects(_ wanted: String, _ tag: String) -> Bool {
    hasSubtags(wanted) ? normalized(wanted) == normalized(tag) : samePrimary(wanted, tag)
  }
}
