/// Translations for source sentences that an alignment leaves without a
/// counterpart (1-0 links) because the text repeats a passage that the
/// translation renders once.
///
/// A sentence made, up to white space, of source sentences that links
/// translate elsewhere (each alone or with others in a 1-n link) takes their
/// translations, joined by the white space that separated the source
/// sentences. This matters when the segments come from a CAT tool's rules
/// (`--srx`): OmegaT joins "(Mit Beiträgen von Agenturen)" and the first
/// sentence of a repeated block into one segment, which a TMX can only fill
/// with a unit for exactly that segment.
public enum RepeatedSentences {
  /// Target text for the index of each 1-0 link in `links` that can be filled.
  public static func translations(links: [AlignmentLink], source: [String], target: [String]) -> [Int: String] {
    var known: [String: String] = [:]
    for link in links where link.source.count == 1 && !link.target.isEmpty {
      let text = source[link.source.lowerBound]
      if known[text] == nil { known[text] = link.target.map { target[$0] }.joined(separator: " ") }
    }
    guard !known.isEmpty else { return [:] }
    var result: [Int: String] = [:]
    for (index, link) in links.enumerated() where link.source.count == 1 && link.target.isEmpty {
      if let translation = compose(source[link.source.lowerBound], from: known) { result[index] = translation }
    }
    return result
  }

  /// `text` as two or more known sentences separated by white space, with
  /// each replaced by its translation; nil if it is not such a sequence.
  static func compose(_ text: String, from known: [String: String]) -> String? {
    let characters = Array(text)
    // best[i]: the translation of characters[..<i] as known sentences, and how many.
    var best: [(translation: String, pieces: Int)?] = Array(repeating: nil, count: characters.count + 1)
    best[0] = ("", 0)
    for start in 0..<characters.count {
      guard let prefix = best[start] else { continue }
      var separatorEnd = start
      while separatorEnd < characters.count && characters[separatorEnd].isWhitespace { separatorEnd += 1 }
      let separator = start == 0 ? "" : String(characters[start..<separatorEnd])
      guard start == 0 || separatorEnd > start else { continue }
      var end = separatorEnd + 1
      while end <= characters.count {
        if end == characters.count || characters[end].isWhitespace,
          let translation = known[String(characters[separatorEnd..<end])], best[end] == nil
        {
          best[end] = (prefix.translation + separator + translation, prefix.pieces + 1)
        }
        end += 1
      }
    }
    guard let whole = best[characters.count], whole.pieces >= 2 else { return nil }
    return whole.translation
  }
}
