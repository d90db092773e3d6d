@testable import Alignment

/// Numbered German sentences and their English translations, with a dictionary for their
/// nouns: a bitext whose right alignment is known, for the repeated-block tests.
enum SyntheticBitext {
  static let nouns = ["Gipfel", "Vertrag", "Hafen", "Bahn", "Grenze", "Bericht", "Treffen", "Minister", "Regierung", "Armee"]
  static let englishNouns = ["summit", "treaty", "port", "railway", "border", "report", "meeting", "minister", "government", "army"]

  /// Sentence k: a noun, two numbers and a varying length.
  static func german(_ k: Int) -> String {
    "Der \(nouns[k % 10]) nannte am \(k + 1). Tag \(k * 13 + 200) Teilnehmer" + String(repeating: " und viele mehr", count: k % 4) + "."
  }

  static func english(_ k: Int) -> String {
    "The \(englishNouns[k % 10]) named \(k * 13 + 200) participants on day \(k + 1)" + String(repeating: " and many more", count: k % 4) + "."
  }

  /// `sentences` with `block` pasted a second time right after itself.
  static func doubled(_ sentences: [String], _ block: Range<Int>) -> [String] {
    Array(sentences[..<block.upperBound]) + Array(sentences[block]) + Array(sentences[block.upperBound...])
  }

  static let dictionary = BilingualDictionary(
    sourceLanguage: "de", targetLanguage: "en",
    translations: Dictionary(uniqueKeysWithValues: zip(nouns.map { $0.lowercased() }, englishNouns.map { [$0] })))
}
