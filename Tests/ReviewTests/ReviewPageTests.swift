import Alignment
import Exchange
import Foundation
import Terminology
import Testing

@testable import Review

@Suite struct ReviewPageTests {
  private let document = ReviewDocument(
    sourceLanguage: "de", targetLanguage: "en",
    source: ["Er sagte: \"A < B & C\".", "Zweiter Satz.", "Zweiter Satz."],
    target: ["He said 'A < B & C'.", "Second sentence."],
    links: [
      ReviewLink(AlignmentLink(source: 0..<1, target: 0..<1, confidence: 0.92)),
      ReviewLink(AlignmentLink(source: 1..<2, target: 1..<2, confidence: 0.3, reason: .lexical)),
      ReviewLink(AlignmentLink(source: 2..<3, target: 2..<2, confidence: 0.3, reason: .lexical, repeatOf: 1)),
    ])

  @Test func escapesTheFiveSpecialCharacters() {
    #expect(htmlEscape("<a href=\"x\">Tom & 'Jerry'</a>")
      == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
  }

  @Test func containsEverySentenceEscapedAndNoRawMarkupFromTheText() {
    let html = ReviewPage(title: "<b>title</b>", served: false).render(document)
    for sentence in document.source + document.target { #expect(html.contains(htmlEscape(sentence))) }
    #expect(!html.contains("A < B") && !html.contains("<b>title"))
  }

  @Test func marksConfidenceReasonsAndFoldsRepeats() {
    let html = ReviewPage(title: "t", served: false).render(document)
    #expect(html.contains("class=\"link high pending\" id=\"link-1\""))
    #expect(html.contains("class=\"link low pending\" id=\"link-2\""))
    #expect(html.contains("<span class=\"reason\">lexical</span>"))
    #expect(html.contains("<tbody class=\"repeat folded\">"))
    #expect(html.contains("Repeated block: links 3–3 repeat link 2"))
    #expect(html.contains("<option value=\"lexical\">lexical</option>"))
  }

  @Test func loadsNothingFromTheNetworkAndEditsOnlyWhenServed() {
    let page = ReviewPage(title: "t", served: false).render(document)
    #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("src="))
    #expect(!page.contains("data-op=\"accept\""))
    #expect(ReviewPage(title: "t", served: true).render(document).contains("data-op=\"accept\""))
  }

  @Test func showsFindingsOnTheirRow() {
    var withFinding = document
    withFinding.findings[1] = [.init(links: 1..<2, severity: .error, rule: .omission, message: "nothing <here>")]
    let html = ReviewPage(title: "t", served: false).render(withFinding)
    #expect(html.contains("<li class=\"error\">error [omission] nothing &lt;here&gt;</li>"))
  }

  @Test func jsonKeepsTheAlignFieldsAndAddsStatus() throws {
    var reviewed = document
    try reviewed.accept(0)
    try reviewed.edit(1, target: "Second one.")
    let data = Data(try ReviewExport.json(reviewed).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [[String: Any]]])
    let links = try #require(object["links"])
    #expect(links.map { $0["status"] as? String } == ["accepted", "edited", "pending"])
    #expect(links[1]["targetText"] as? String == "Second one.")
    #expect(links[2]["repeat_of"] as? Int == 2)
    for key in ["id", "source", "target", "sourceText", "targetText", "confidence", "type", "lowConfidence"] {
      #expect(links[0][key] != nil, "missing \(key)")
    }
    let units = try JSONReader(source: MemoryByteSource(Array(data)), fileName: "r.json", sourceLanguage: "de", targetLanguage: "en").readAll()
    #expect(units.map(\.target) == ["He said 'A < B & C'.", "Second one.", ""])
  }
}
