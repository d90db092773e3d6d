/// Markdown's inline syntax as codes: emphasis (`*`, `_`, `**`, `__`, `~~`)
/// by CommonMark's flanking rules, code spans (the backticks are codes, the
/// code is text), links and reference links (`[` and `](url)` are codes, the
/// link text is text), images and footnote references (one code each),
/// autolinks, inline HTML and backslash escapes.
enum MarkdownInline {
  private enum Item {
    case text(String)
    case open(String, id: Int)
    case close(String, id: Int)
    case standalone(String)
    case lineBreak
    case delimiter(Int)  // index into `delimiters`
  }

  private struct Delimiter {
    var character: Character
    var count: Int
    var canOpen: Bool
    var canClose: Bool
    /// Matches where this run opens spans (innermost first) and closes them (innermost first).
    var opens: [(id: Int, length: Int)] = []
    var closes: [(id: Int, length: Int)] = []
  }

  static func append(_ text: String, to builder: inout BlockBuilder, line: Int) {
    var parser = Parser(characters: Array(text))
    parser.parse(0..<parser.characters.count)
    parser.resolveEmphasis()
    var pairs: [Int: Int] = [:]
    for item in parser.items {
      switch item {
      case .text(let text): builder.append(text, line: line)
      case .open(let markup, let id): pairs[id] = builder.open(markup, line: line)
      case .close(let markup, let id): builder.close(markup, pair: pairs[id])
      case .standalone(let markup): builder.standalone(markup, line: line)
      case .lineBreak: builder.appendLineBreak()
      case .delimiter(let index):
        let run = parser.delimiters[index]
        for close in run.closes { builder.close(String(repeating: run.character, count: close.length), pair: pairs[close.id]) }
        if run.count > 0 { builder.append(String(repeating: run.character, count: run.count), line: line) }
        for open in run.opens.reversed() {
          pairs[open.id] = builder.open(String(repeating: run.character, count: open.length), line: line)
        }
      }
    }
  }

  private struct Parser {
    let characters: [Character]
    var items: [Item] = []
    var delimiters: [Delimiter] = []
    var nextID = 0
    var htmlOpen: [String: [Int]] = [:]

    init(characters: [Character]) { self.characters = characters }

    mutating func id() -> Int {
      nextID += 1
      return nextID
    }

    mutating func text(_ s: some StringProtocol) {
      if case .text(let previous) = items.last {
        items[items.count - 1] = .text(previous + s)
      } else {
        items.append(.text(String(s)))
      }
    }

    mutating func parse(_ range: Range<Int>) {
      var i = range.lowerBound
      let end = range.upperBound
      while i < end {
        let c = characters[i]
        switch c {
        case "\\" where i + 1 < end && characters[i + 1].isASCII && characters[i + 1].isPunctuationOrSymbol:
          text(String(characters[i + 1]))
          i += 2
        case "\n":
          items.append(.lineBreak)
          i += 1
        case "`":
          let count = run(of: "`", from: i, end: end)
          if let close = findBacktickRun(count, from: i + count, end: end) {
            var code = String(characters[(i + count)..<close].map { $0 == "\n" ? " " : $0 })
            if code.count >= 2, code.first == " ", code.last == " ", !code.allSatisfy({ $0 == " " }) {
              code = String(code.dropFirst().dropLast())
            }
            let ticks = String(repeating: "`", count: count)
            let pair = id()
            items.append(.open(ticks, id: pair))
            text(code)
            items.append(.close(ticks, id: pair))
            i = close + count
          } else {
            text(String(repeating: "`", count: count))
            i += count
          }
        case "*", "_", "~":
          let count = run(of: c, from: i, end: end)
          if c == "~" && count != 2 {
            text(String(repeating: "~", count: count))
          } else {
            let before: Character = i > range.lowerBound ? characters[i - 1] : " "
            let after: Character = i + count < end ? characters[i + count] : " "
            let leftFlanking = !after.isWhitespace && (!after.isPunctuationOrSymbol || before.isWhitespace || before.isPunctuationOrSymbol)
            let rightFlanking = !before.isWhitespace && (!before.isPunctuationOrSymbol || after.isWhitespace || after.isPunctuationOrSymbol)
            var canOpen = leftFlanking, canClose = rightFlanking
            if c == "_" {
              canOpen = leftFlanking && (!rightFlanking || before.isPunctuationOrSymbol)
              canClose = rightFlanking && (!leftFlanking || after.isPunctuationOrSymbol)
            }
            delimiters.append(Delimiter(character: c, count: count, canOpen: canOpen, canClose: canClose))
            items.append(.delimiter(delimiters.count - 1))
          }
          i += count
        case "!" where i + 1 < end && characters[i + 1] == "[":
          if let (_, after) = link(at: i + 1, end: end) {
            items.append(.standalone(String(characters[i..<after])))
            i = after
          } else {
            text("!")
            i += 1
          }
        case "[":
          if i + 1 < end, characters[i + 1] == "^", let close = characters[i..<end].firstIndex(of: "]") {
            items.append(.standalone(String(characters[i...close])))
            i = close + 1
          } else if let (labelEnd, after) = link(at: i, end: end) {
            let pair = id()
            items.append(.open("[", id: pair))
            parse((i + 1)..<labelEnd)
            items.append(.close(String(characters[labelEnd..<after]), id: pair))
            i = after
          } else {
            text("[")
            i += 1
          }
        case "<":
          if let close = characters[i..<end].firstIndex(of: ">") {
            let inner = String(characters[(i + 1)..<close])
            if isAutolink(inner) {
              let pair = id()
              items.append(.open("<", id: pair))
              text(inner)
              items.append(.close(">", id: pair))
              i = close + 1
              continue
            }
            if let tag = htmlTag(inner) {
              let markup = String(characters[i...close])
              switch tag {
              case .open(let name):
                let pair = id()
                htmlOpen[name, default: []].append(pair)
                items.append(.open(markup, id: pair))
              case .close(let name):
                if let pair = htmlOpen[name]?.popLast() {
                  items.append(.close(markup, id: pair))
                } else {
                  items.append(.standalone(markup))
                }
              case .standalone:
                if markup.lowercased().hasPrefix("<br") { items.append(.lineBreak) } else { items.append(.standalone(markup)) }
              }
              i = close + 1
              continue
            }
          }
          text("<")
          i += 1
        case "&":
          if let semicolon = characters[i..<min(end, i + 34)].firstIndex(of: ";"),
            let scalar = HTMLEntities.scalar(for: String(characters[(i + 1)..<semicolon]))
          {
            text(String(scalar))
            i = semicolon + 1
          } else {
            text("&")
            i += 1
          }
        default:
          var j = i + 1
          while j < end && !"\\\n`*_~![<&".contains(characters[j]) { j += 1 }
          text(String(characters[i..<j]))
          i = j
        }
      }
    }

    func run(of c: Character, from i: Int, end: Int) -> Int {
      var j = i
      while j < end && characters[j] == c { j += 1 }
      return j - i
    }

    func findBacktickRun(_ count: Int, from start: Int, end: Int) -> Int? {
      var j = start
      while j < end {
        if characters[j] == "`" {
          let n = run(of: "`", from: j, end: end)
          if n == count { return j }
          j += n
        } else {
          j += 1
        }
      }
      return nil
    }

    /// For `[` at `start`: the index of its `]` and the index after the link
    /// destination `(…)` or reference `[…]`, if it is a link.
    func link(at start: Int, end: Int) -> (Int, Int)? {
      var depth = 0
      var j = start
      var labelEnd: Int?
      while j < end {
        let c = characters[j]
        if c == "\\" { j += 2; continue }
        if c == "`" {  // code spans bind tighter than brackets
          let n = run(of: "`", from: j, end: end)
          if let close = findBacktickRun(n, from: j + n, end: end) { j = close + n; continue }
          j += n
          continue
        }
        if c == "[" { depth += 1 }
        if c == "]" {
          depth -= 1
          if depth == 0 { labelEnd = j; break }
        }
        j += 1
      }
      guard let labelEnd, labelEnd + 1 < end else { return nil }
      let opener = characters[labelEnd + 1]
      guard opener == "(" || opener == "[" else { return nil }
      let closer: Character = opener == "(" ? ")" : "]"
      var k = labelEnd + 2
      var nesting = 0
      while k < end {
        let c = characters[k]
        if c == "\\" { k += 2; continue }
        if c == opener && opener == "(" { nesting += 1 }
        if c == closer {
          if nesting == 0 { return (labelEnd, k + 1) }
          nesting -= 1
        }
        k += 1
      }
      return nil
    }

    func isAutolink(_ inner: String) -> Bool {
      guard !inner.contains(" "), !inner.isEmpty else { return false }
      if let colon = inner.firstIndex(of: ":") {
        let scheme = inner[..<colon]
        return scheme.count >= 2 && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
      }
      return inner.contains("@") && inner.contains(".")
    }

    enum HTMLTag { case open(String), close(String), standalone }

    func htmlTag(_ inner: String) -> HTMLTag? {
      if inner.hasPrefix("!--") && inner.hasSuffix("--") { return .standalone }
      let closing = inner.hasPrefix("/")
      let body = closing ? inner.dropFirst() : Substring(inner)
      guard let first = body.first, first.isLetter, first.isASCII else { return nil }
      let name = body.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" }).lowercased()
      let after = body.dropFirst(name.count)
      guard after.isEmpty || after.first == " " || after.first == "/" || after.first == "\n" else { return nil }
      if closing { return .close(name) }
      if inner.hasSuffix("/") || HTMLReader.void.contains(name) { return .standalone }
      return .open(name)
    }

    /// Pairs delimiter runs (CommonMark's "process emphasis", without the
    /// rule of three): each closer takes the nearest opener of its character.
    mutating func resolveEmphasis() {
      for closer in delimiters.indices where delimiters[closer].canClose {
        while delimiters[closer].count > 0 {
          let c = delimiters[closer].character
          guard let opener = (0..<closer).last(where: {
            delimiters[$0].canOpen && delimiters[$0].character == c && delimiters[$0].count > 0
          }) else { break }
          let length: Int
          if c == "~" {
            length = 2
          } else {
            length = delimiters[opener].count >= 2 && delimiters[closer].count >= 2 ? 2 : 1
          }
          guard delimiters[opener].count >= length, delimiters[closer].count >= length else { break }
          let pair = id()
          delimiters[opener].count -= length
          delimiters[closer].count -= length
          delimiters[opener].opens.append((pair, length))
          delimiters[closer].closes.append((pair, length))
          // Runs between them can no longer open a span that closes later.
          for between in (opener + 1)..<closer { delimiters[between].canOpen = false }
        }
      }
    }
  }
}

extension Character {
  var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
