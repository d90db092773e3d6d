/// Character references: numeric ones, XML's five, and the named HTML
/// entities that occur in articles (letters with diacritics, quotes, dashes,
/// spaces, currency and a few signs).
enum HTMLEntities {
  static func scalar(for name: String) -> Unicode.Scalar? {
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value: UInt32?
      if digits.first == "x" || digits.first == "X" {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits, radix: 10)
      }
      guard let value, value != 0 else { return nil }
      return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
    return named[name].flatMap { Unicode.Scalar($0) }
  }

  private static let named: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
    "nbsp": 0xA0, "shy": 0xAD, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D,
    "ndash": 0x2013, "mdash": 0x2014, "hellip": 0x2026, "bull": 0x2022, "middot": 0xB7,
    "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E,
    "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "prime": 0x2032, "Prime": 0x2033,
    "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "para": 0xB6, "sect": 0xA7, "dagger": 0x2020,
    "Dagger": 0x2021, "times": 0xD7, "divide": 0xF7, "plusmn": 0xB1, "minus": 0x2212, "frac12": 0xBD,
    "frac14": 0xBC, "frac34": 0xBE, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3, "micro": 0xB5,
    "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "iexcl": 0xA1, "iquest": 0xBF,
    "Auml": 0xC4, "Ouml": 0xD6, "Uuml": 0xDC, "auml": 0xE4, "ouml": 0xF6, "uuml": 0xFC, "szlig": 0xDF,
    "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Aring": 0xC5, "AElig": 0xC6, "Ccedil": 0xC7,
    "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC, "Iacute": 0xCD, "Icirc": 0xCE,
    "Iuml": 0xCF, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3, "Ocirc": 0xD4, "Otilde": 0xD5, "Oslash": 0xD8,
    "Ugrave": 0xD9, "Uacute": 0xDA, "Ucirc": 0xDB, "Yacute": 0xDD,
    "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "aring": 0xE5, "aelig": 0xE6, "ccedil": 0xE7,
    "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC, "iacute": 0xED, "icirc": 0xEE,
    "iuml": 0xEF, "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "oslash": 0xF8,
    "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB, "yacute": 0xFD, "yuml": 0xFF, "OElig": 0x152, "oelig": 0x153,
    "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178,
  ]
}
