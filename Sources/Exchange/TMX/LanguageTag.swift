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

  /// Whether `tag` names `wanted` or a regional variety of it ("de-CH" matches "de").
  static func matches(_ tag: String, _ wanted: String) -> Bool {
    if tag == wanted { return true }
    return tag.hasPrefix(wanted) && tag.dropFirst(wanted.count).first == "-"
  }
}
