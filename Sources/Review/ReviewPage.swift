import Alignment
import Terminology

/// Renders a `ReviewDocument` as one self-contained HTML page: both sides in
/// a table, one row per link, coloured by confidence, with each doubtful link's
/// reason, its QA findings, runs of repeated links folded under a named row, and
/// filters and keyboard navigation in an inline script.
public struct ReviewPage: Sendable {
  public var title: String
  /// Adds the editing buttons and the toolbar that talk to `ReviewServer`.
  public var served: Bool

  public init(title: String, served: Bool) {
    self.title = title
    self.served = served
  }

  /// Links at or above this confidence are green; below `AlignmentLink.lowConfidenceThreshold`, red.
  public static let highConfidence = 0.8

  public func render(_ document: ReviewDocument) -> String {
    let links = document.links
    let low = links.filter { $0.link.isLowConfidence }.count
    let reasons = Set(links.compactMap(\.link.reason))
    var html = """
      <!DOCTYPE html>
      <html lang="\(htmlEscape(document.sourceLanguage))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(htmlEscape(title))</title>
      <style>\(PageAssets.css)</style>
      </head>
      <body data-served="\(served ? "1" : "0")">
      <header>
      <h1>\(htmlEscape(title))</h1>
      <span class="counts">\(links.count) links, \(low) doubtful, <span id="shown">\(links.count)</span> shown</span>
      <label><input type="checkbox" id="doubtful"> doubtful only</label>
      <label>reason <select id="reason"><option value="">any</option>
      """
    for reason in DoubtReason.allCases where reasons.contains(reason) {
      html += "<option value=\"\(reason.rawValue)\">\(reason.rawValue)</option>"
    }
    html += "</select></label>\n"
    if served {
      html += "<button id=\"realign\">Realign pending</button> <button id=\"save\">Save</button>\n"
    }
    html += """
      <span class="keys"><kbd>j</kbd>/<kbd>k</kbd> or arrows: next/previous\(served ? ", <kbd>a</kbd>: accept" : "")</span>
      <span id="message" role="status"></span>
      </header>
      <table>
      <colgroup><col class="num"><col><col><col class="meta"></colgroup>
      <thead><tr><th>#</th><th>\(htmlEscape(document.sourceLanguage))</th><th>\(htmlEscape(document.targetLanguage))</th><th>link</th></tr></thead>

      """
    var k = 0
    while k < links.count {
      guard let original = links[k].link.repeatOf else {
        html += "<tbody>\n" + row(document, k) + "</tbody>\n"
        k += 1
        continue
      }
      var end = k + 1
      while end < links.count, let next = links[end].link.repeatOf, next == links[end - 1].link.repeatOf.map({ $0 + 1 }) {
        end += 1
      }
      let last = original + (end - k) - 1
      let name = end - k == 1 ? "link \(original + 1)" : "links \(original + 1)–\(last + 1)"
      html += "<tbody class=\"repeat folded\">\n<tr class=\"fold\"><td colspan=\"4\">Repeated block: links \(k + 1)–\(end)"
        + " repeat \(name) (\(end - k) \(end - k == 1 ? "link" : "links")); click to unfold</td></tr>\n"
      for j in k..<end { html += row(document, j) }
      html += "</tbody>\n"
      k = end
    }
    html += "</table>\n<script>\(PageAssets.script)</script>\n</body>\n</html>\n"
    return html
  }

  private func row(_ document: ReviewDocument, _ index: Int) -> String {
    let item = document.links[index]
    let link = item.link
    let band = link.isLowConfidence ? "low" : link.confidence >= Self.highConfidence ? "high" : "medium"
    var html = "<tr class=\"link \(band) \(item.status.rawValue)\" id=\"link-\(index + 1)\" data-index=\"\(index)\""
      + " data-reason=\"\(link.reason?.rawValue ?? "")\" data-status=\"\(item.status.rawValue)\""
      + " data-target=\"\(htmlEscape(document.targetText(index)))\">"
    html += "<td>\(index + 1)</td><td class=\"source\">"
    html += link.source.map { "<span class=\"sentence\">\(htmlEscape(document.source[$0]))</span>" }.joined()
    html += "</td><td class=\"target\">"
    if let edited = item.editedTarget {
      html += "<span class=\"sentence edited\">\(htmlEscape(edited))</span>"
    } else {
      html += link.target.map { "<span class=\"sentence\">\(htmlEscape(document.target[$0]))</span>" }.joined()
    }
    html += "</td><td class=\"meta\"><span class=\"conf\">\(link.kind) · \(Self.percent(link.confidence))</span>"
    if let reason = link.reason { html += " <span class=\"reason\">\(reason.rawValue)</span>" }
    html += " <span class=\"status \(item.status.rawValue)\">\(item.status.rawValue)</span>"
    if let findings = document.findings[index], !findings.isEmpty {
      html += "<ul class=\"findings\">"
      for finding in findings {
        html += "<li class=\"\(finding.severity)\">\(finding.severity) [\(htmlEscape(finding.rule.rawValue))] \(htmlEscape(finding.message))</li>"
      }
      html += "</ul>"
    }
    if served {
      html += "<div class=\"actions\"><button data-op=\"accept\">accept</button><button data-op=\"merge\">merge ↓</button>"
      if link.source.count > 1 || link.target.count > 1 { html += "<button data-op=\"split\">split</button>" }
      html += "<button data-op=\"edit\">edit</button>"
      for (side, direction, label) in [("source", "previous", "src ↑"), ("source", "next", "src ↓"),
                                       ("target", "previous", "tgt ↑"), ("target", "next", "tgt ↓")] {
        html += "<button data-op=\"move\" data-side=\"\(side)\" data-direction=\"\(direction)\">\(label)</button>"
      }
      html += "</div>"
    }
    html += "</td></tr>\n"
    return html
  }

  private static func percent(_ confidence: Double) -> String { "\(Int((confidence * 100).rounded()))%" }
}

/// `text` with the five characters that HTML gives meaning to (`& < > " '`) escaped,
/// safe in element content and in quoted attribute values.
func htmlEscape(_ text: String) -> String {
  var out = ""
  out.reserveCapacity(text.utf8.count)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&#39;"
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out
}
