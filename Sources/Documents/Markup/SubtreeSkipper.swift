/// Leaves out elements with everything inside them (`<script>`, `w:del`),
/// counting nested elements of the same name, for a reader walking tokens.
struct SubtreeSkipper {
  /// Elements always skipped.
  let names: Set<String>
  private var skipping: (name: String, depth: Int)?

  init(_ names: Set<String>) { self.names = names }

  /// Skips the element whose start tag was just read.
  mutating func skip(_ name: String) { skipping = (name, 1) }

  /// Whether `token` is left out: it is inside a skipped element, or starts
  /// or ends one.
  mutating func skips(_ token: MarkupTokenizer.Token) -> Bool {
    if let skip = skipping {
      switch token {
      case .start(let tag, _, let selfClosing, _) where tag == skip.name && !selfClosing:
        skipping = (tag, skip.depth + 1)
      case .end(let tag, _) where tag == skip.name:
        skipping = skip.depth > 1 ? (tag, skip.depth - 1) : nil
      default: break
      }
      return true
    }
    if case .start(let tag, _, let selfClosing, _) = token, names.contains(tag) {
      if !selfClosing { skipping = (tag, 1) }
      return true
    }
    return false
  }
}
