/// Reads an HTML page into blocks.
///
/// - When the page has a `<main>` or an `<article>`, only what is inside
///   them is read (the site's header, menus and sidebars are boilerplate).
/// - `<head>`, `<script>`, `<style>`, `<nav>`, `<footer>`, `<template>`,
///   `<noscript>` and `<svg>` are skipped with all they contain.
/// - Block elements (`p`, `h1`–`h6`, `li`, `td`, `th`, `figcaption`,
///   `caption`, `blockquote`, `pre`, `div`, …) end the current block; the
///   innermost one gives its kind. Footnotes are elements with
///   `role="doc-footnote"`/`doc-endnote` or a class naming a footnote.
/// - Inline elements (`a`, `em`, `strong`, `span`, `img`, …) become codes.
public enum HTMLReader {
  public static func blocks(_ text: String, name: String) throws(DocumentReadError) -> [DocumentBlock] {
    let tokens = try tokens(text, name: name)
    let scoped = tokens.contains { token in
      if case .start(let tag, _, _, _) = token.token { return tag == "main" || tag == "article" }
      return false
    }
    var walker = Walker(onlyInsideMain: scoped)
    for token in tokens { walker.take(token.token, line: token.line) }
    walker.flush()
    return walker.blocks
  }

  private static func tokens(_ text: String, name: String) throws(DocumentReadError) -> [(token: MarkupTokenizer.Token, line: Int)] {
    var tokenizer = MarkupTokenizer(text, mode: .html, file: name)
    var all: [(MarkupTokenizer.Token, Int)] = []
    while let token = try tokenizer.next() { all.append((token, tokenizer.tokenLine)) }
    return all
  }

  static let skipped: Set<String> = ["head", "script", "style", "nav", "footer", "template", "noscript", "svg", "iframe", "object", "select", "button"]
  static let void: Set<String> = ["br", "img", "hr", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source", "track", "param"]
  static let blockElements: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "thead", "tbody", "tfoot",
    "figcaption", "caption", "blockquote", "pre", "div", "section", "article", "main", "header", "aside",
    "ul", "ol", "dl", "dt", "dd", "figure", "address", "hr", "body", "html", "form", "fieldset", "legend",
    "details", "summary", "center",
  ]

  private struct Walker {
    let onlyInsideMain: Bool
    var blocks: [DocumentBlock] = []
    var builder = BlockBuilder()
    /// Open block-level elements, innermost last, with whether each is a footnote.
    var stack: [(name: String, footnote: Bool)] = []
    var mainDepth = 0
    var skipper = SubtreeSkipper(HTMLReader.skipped)
    var openInline: [String: [Int]] = [:]

    init(onlyInsideMain: Bool) { self.onlyInsideMain = onlyInsideMain }

    var reading: Bool { !onlyInsideMain || mainDepth > 0 }

    mutating func take(_ token: MarkupTokenizer.Token, line: Int) {
      if skipper.skips(token) { return }
      switch token {
      case .start(let name, let attributes, let selfClosing, let raw):
        if name == "main" || name == "article" { mainDepth += 1 }
        if HTMLReader.blockElements.contains(name) {
          flush()
          if !HTMLReader.void.contains(name) && !selfClosing {
            let role = attributes["role"] ?? ""
            let classes = (attributes["class"] ?? "") + " " + (attributes["epub:type"] ?? "")
            let footnote = role == "doc-footnote" || role == "doc-endnote" || classes.lowercased().contains("footnote")
              || classes.lowercased().contains("endnote")
            stack.append((name, footnote))
            builder.preservesWhiteSpace = stack.contains { $0.name == "pre" }
          }
          return
        }
        guard reading else { return }
        if name == "br" {
          builder.appendLineBreak()
        } else if HTMLReader.void.contains(name) || selfClosing {
          builder.standalone(raw, line: line)
        } else {
          openInline[name, default: []].append(builder.open(raw, line: line))
        }
      case .end(let name, let raw):
        if HTMLReader.blockElements.contains(name) {
          flush()
          if let index = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(index...) }
          builder.preservesWhiteSpace = stack.contains { $0.name == "pre" }
          if name == "main" || name == "article" { mainDepth = max(0, mainDepth - 1) }
          return
        }
        guard reading else { return }
        if let pair = openInline[name]?.popLast() {
          builder.close(raw, pair: pair)
        } else {
          builder.standalone(raw, line: line)
        }
      case .text(let text):
        guard reading else { return }
        builder.append(text, line: line)
      }
    }

    /// Ends the current block, with the kind its innermost block element gives.
    mutating func flush() {
      let preserving = builder.preservesWhiteSpace
      if reading || !builder.isEmpty, let block = builder.finish(kind) { blocks.append(block) }
      builder.preservesWhiteSpace = preserving
      openInline = [:]
    }

    var kind: DocumentBlock.Kind {
      if stack.contains(where: \.footnote) { return .footnote }
      for (name, _) in stack.reversed() {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading(level: Int(String(name.dropFirst()))!)
        case "li", "dt", "dd": return .listItem(depth: max(1, stack.filter { ["ul", "ol", "dl"].contains($0.name) }.count))
        case "td", "th": return .tableCell
        case "figcaption", "caption": return .caption
        case "pre": return .code
        case "blockquote": return .quote
        default: continue
        }
      }
      return .paragraph
    }
  }
}
