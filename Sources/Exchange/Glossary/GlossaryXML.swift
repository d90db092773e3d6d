/// XML text for the TBX writers.
enum GlossaryXML {
  /// `text` with `&`, `<`, `>`, `"` escaped and the characters XML 1.0
  /// forbids (most C0 controls, U+FFFE, U+FFFF, lone surrogates) removed.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        let v = scalar.value
        let allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF)
          || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
        if allowed { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }
}
