import FuzzDriver
import Segmentation

let german = SentenceSegmenter(language: "de")
let english = SentenceSegmenter(language: "en")

/// Arbitrary bytes are decoded as a document (or refused with a `DocumentError`) and
/// segmented in German and English: sentences are non-empty, in order, inside the text,
/// and their content is the text of their range.
func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  guard let document = try? Document(decoding: bytes, name: "fuzz.txt") else { return 0 }
  for segmenter in [german, english] {
    let sentences: [Sentence]
    do { sentences = try segmenter.sentences(in: document) } catch { return 0 }
    var end = 0
    for sentence in sentences {
      precondition(!sentence.range.isEmpty, "empty sentence at \(sentence.range)")
      precondition(sentence.range.lowerBound >= end, "sentences overlap or go back at \(sentence.range)")
      precondition(sentence.range.upperBound <= document.utf16.count, "sentence past the end: \(sentence.range)")
      let text = String(decoding: document.utf16[sentence.range], as: UTF16.self)
      precondition(text == sentence.text, "content differs from the range's text at \(sentence.range)")
      end = sentence.range.upperBound
    }
  }
  return 0
}

runFuzzer(fuzz)
