/// How Tandem keys data by language: by the primary subtag of a BCP 47 tag.
public enum LanguageSubtag {
  /// The primary language subtag, lowercased: "de-CH" → "de", "en_GB" → "en".
  public static func primary(of tag: String) -> String {
    let end = tag.firstIndex(where: { $0 == "-" || $0 == "_" }) ?? tag.endIndex
    return tag[..<end].lowercased()
  }
}
