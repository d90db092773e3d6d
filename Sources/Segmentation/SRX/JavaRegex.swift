/// Rewrites a Java regex (the dialect of SRX files) into the ICU dialect that
/// `NSRegularExpression` compiles, keeping what it matches.
///
/// The dialects share most syntax, possessive quantifiers and atomic groups
/// included. What differs, and is rewritten here:
/// - `\s \d \w` (and `\S \D \W`) are ASCII-only in Java, Unicode in ICU:
///   they become explicit ASCII sets, unless the pattern turns on `(?U)`.
/// - `\Q…\E` quotes: each character is escaped one by one (ICU has no
///   quoting inside sets).
/// - `\p{…}` names ICU does not know: POSIX classes (`\p{Lower}`, `\p{Punct}`:
///   ASCII in Java), `\p{javaLowerCase}`-style classes, and the `Is`/`In`
///   prefixes of scripts, categories and blocks (`\p{IsLatin}`, `\p{InGreek}`).
/// - the flags `d`, `u` and `U` of `(?…)`, which ICU does not accept.
enum JavaRegex {
  static func icuPattern(_ java: String) -> String {
    let characters = Array(java)
    let unicodeClasses = java.contains("(?U") || hasFlagU(characters)
    var output = ""
    var index = 0
    var classDepth = 0
    while index < characters.count {
      let character = characters[index]
      if character == "\\", index + 1 < characters.count {
        let next = characters[index + 1]
        switch next {
        case "Q":
          var end = index + 2
          while end < characters.count && !(characters[end] == "\\" && end + 1 < characters.count && characters[end + 1] == "E") {
            output += escaped(characters[end])
            end += 1
          }
          index = end + 2
          continue
        case "s", "S", "d", "D", "w", "W":
          if unicodeClasses { break }
          output += asciiClass(next)
          index += 2
          continue
        case "p", "P":
          let (name, end) = propertyName(characters, from: index + 2)
          if let name {
            output += property(name, negated: next == "P", unicodeClasses: unicodeClasses)
            index = end
            continue
          }
        default:
          break
        }
        output.append(character)
        output.append(next)
        index += 2
        continue
      }
      if character == "[" {
        classDepth += 1
      } else if character == "]" && classDepth > 0 {
        classDepth -= 1
      } else if character == "(", classDepth == 0, index + 1 < characters.count, characters[index + 1] == "?" {
        let (group, end) = flagGroup(characters, from: index)
        if let group {
          output += group
          index = end
          continue
        }
      }
      output.append(character)
      index += 1
    }
    return output
  }

  /// A character as a literal in ICU, inside a set or outside one.
  private static func escaped(_ character: Character) -> String {
    if character.isLetter || character.isNumber || character == " " { return String(character) }
    if character.isASCII { return "\\" + String(character) }
    return String(character)
  }

  /// Java's ASCII meaning of `\s \d \w` and their negations, as an ICU set
  /// (a set nests inside another, so this works in both places).
  private static func asciiClass(_ letter: Character) -> String {
    switch letter {
    case "s": "[\\t\\n\\x{0B}\\f\\r\\x{20}]"
    case "S": "[^\\t\\n\\x{0B}\\f\\r\\x{20}]"
    case "d": "[0-9]"
    case "D": "[^0-9]"
    case "w": "[a-zA-Z_0-9]"
    default: "[^a-zA-Z_0-9]"
    }
  }

  /// The name of `\pL` or `\p{Name}` starting at `start` (after the `p`), and the index after it.
  private static func propertyName(_ characters: [Character], from start: Int) -> (String?, Int) {
    guard start < characters.count else { return (nil, start) }
    if characters[start] != "{" { return (String(characters[start]), start + 1) }
    guard let close = characters[start...].firstIndex(of: "}") else { return (nil, start) }
    return (String(characters[start + 1..<close]), close + 1)
  }

  /// Java's POSIX classes: ASCII, unless `(?U)` makes them Unicode.
  private static let posixClasses: [String: (ascii: String, unicode: String)] = [
    "Lower": ("a-z", "\\p{Lowercase}"), "Upper": ("A-Z", "\\p{Uppercase}"), "ASCII": ("\\x{00}-\\x{7F}", "\\x{00}-\\x{7F}"),
    "Alpha": ("a-zA-Z", "\\p{Alphabetic}"), "Digit": ("0-9", "\\p{Nd}"), "Alnum": ("a-zA-Z0-9", "\\p{Alphabetic}\\p{Nd}"),
    "Punct": ("!-/:-@\\[-`{-~", "\\p{P}"), "Graph": ("!-~", "\\p{Graph}"), "Print": ("\\x{20}-~", "\\p{Print}"),
    "Blank": ("\\x{20}\\t", "\\p{Blank}"), "Cntrl": ("\\x{00}-\\x{1F}\\x{7F}", "\\p{Cc}"),
    "XDigit": ("0-9a-fA-F", "\\p{XDigit}"), "Space": ("\\x{20}\\t\\n\\x{0B}\\f\\r", "\\p{White_Space}"),
  ]

  /// Java's `Character.isXxx` classes, as the contents of an ICU set.
  private static let javaClasses: [String: String] = [
    "javaLowerCase": "\\p{Lowercase}", "javaUpperCase": "\\p{Uppercase}", "javaWhitespace": "\\p{White_Space}",
    "javaMirrored": "\\p{Bidi_Mirrored}", "javaAlphabetic": "\\p{Alphabetic}", "javaLetter": "\\p{L}",
    "javaDigit": "\\p{Nd}", "javaLetterOrDigit": "\\p{L}\\p{Nd}", "javaTitleCase": "\\p{Lt}",
    "javaSpaceChar": "\\p{Z}", "javaIdeographic": "\\p{Ideographic}",
  ]

  private static func property(_ name: String, negated: Bool, unicodeClasses: Bool) -> String {
    let open = negated ? "[^" : "["
    if let posix = posixClasses[name] { return open + (unicodeClasses ? posix.unicode : posix.ascii) + "]" }
    if let java = javaClasses[name] { return open + java + "]" }
    let p = negated ? "\\P" : "\\p"
    if name.hasPrefix("In"), name.count > 2 { return "\(p){Block=\(name.dropFirst(2))}" }
    if name.hasPrefix("Is"), name.count > 2 { return "\(p){\(name.dropFirst(2))}" }
    return "\(p){\(name)}"
  }

  /// Whether an inline flag group turns on `U` (UNICODE_CHARACTER_CLASS).
  private static func hasFlagU(_ characters: [Character]) -> Bool {
    var index = 0
    while index + 2 < characters.count {
      if characters[index] == "(" && characters[index + 1] == "?" {
        var end = index + 2
        while end < characters.count && characters[end].isLetter {
          if characters[end] == "U" { return true }
          end += 1
        }
      }
      index += 1
    }
    return false
  }

  /// `(?idmsux-idmsux)` or `(?flags:` at `start`, without the flags ICU
  /// rejects (d, u, U); nil for any other group.
  private static func flagGroup(_ characters: [Character], from start: Int) -> (String?, Int) {
    var end = start + 2
    var flags = ""
    while end < characters.count && (characters[end].isLetter || characters[end] == "-") {
      flags.append(characters[end])
      end += 1
    }
    guard !flags.isEmpty, end < characters.count, characters[end] == ")" || characters[end] == ":" else {
      return (nil, start)
    }
    let kept = flags.filter { !"duU".contains($0) }
    let closing = characters[end]
    let cleaned = kept.hasSuffix("-") ? String(kept.dropLast()) : kept
    if cleaned.isEmpty || cleaned == "-" { return (closing == ":" ? "(?:" : "", end + 1) }
    return ("(?\(cleaned)\(closing)", end + 1)
  }
}
