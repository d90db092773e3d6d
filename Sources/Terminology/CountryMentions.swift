/// Countries named in a text — by name, capital or adjective, in German, English or French —
/// and the document-level check built on them: a sentence that pairs two countries the
/// rest of the text never pairs, in a text that keeps pairing two others ("die USA und China"
/// in an article on Russia and North Korea, a slip the translator copies faithfully).
enum CountryMentions {
  /// A country named at `tokens[range]`.
  struct Mention: Equatable {
    let country: String
    let range: Range<Int>
  }

  /// Two countries joined by a conjunction: "Moskau und Pjöngjang", "the US and China".
  struct Pair: Hashable {
    let first: String, second: String
    init(_ a: String, _ b: String) { (first, second) = a < b ? (a, b) : (b, a) }
  }

  /// A link whose pair of countries is out of the text's context.
  struct OutOfContext: Equatable {
    let link: Int
    /// The words of the pair as written ("USA und China").
    let phrase: String
    /// The two countries the text pairs throughout, most named first.
    let context: [String]
    /// In how many links each of `context` is named.
    let contextLinks: [Int]
  }

  /// A country needs this many links naming it to be what the text is about.
  static let focusLinks = 3
  /// The text's own pair must be joined by a conjunction in this many links.
  static let focusPairLinks = 2

  /// The mentions in `tokens`, longest form first ("Nordkorea", "North Korea", "nordkoreanischer").
  static func mentions(in tokens: [Token]) -> [Mention] {
    var result: [Mention] = []
    var i = 0
    while i < tokens.count {
      if let (country, length) = country(at: i, in: tokens) {
        result.append(Mention(country: country, range: i..<i + length))
        i += length
      } else {
        i += 1
      }
    }
    return result
  }

  /// Links (texts in link order, one side) whose conjoined pair of countries is out of context.
  static func outOfContext(_ texts: [String]) -> [OutOfContext] {
    let tokenized = texts.map { Tokenizer.tokens(in: $0) }
    let mentioned = tokenized.map { mentions(in: $0) }
    var links: [String: Int] = [:]
    var pairLinks: [Pair: Int] = [:]
    for (tokens, mentions) in zip(tokenized, mentioned) {
      for country in Set(mentions.map(\.country)) { links[country, default: 0] += 1 }
      for pair in Set(pairs(in: mentions, tokens: tokens).map(\.pair)) { pairLinks[pair, default: 0] += 1 }
    }
    let focus = links.filter { $0.value >= focusLinks }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
    guard focus.count >= 2 else { return [] }
    let (a, b) = (focus[0], focus[1])
    guard pairLinks[Pair(a.key, b.key), default: 0] >= focusPairLinks else { return [] }
    var result: [OutOfContext] = []
    for (index, (tokens, mentions)) in zip(tokenized, mentioned).enumerated() {
      guard !mentions.contains(where: { $0.country == a.key || $0.country == b.key }) else { continue }
      for (pair, range) in pairs(in: mentions, tokens: tokens) where pairLinks[pair] == 1 {
        let phrase = tokens[range].map(\.text).joined(separator: " ")
        result.append(OutOfContext(link: index, phrase: phrase, context: [a.key, b.key], contextLinks: [a.value, b.value]))
        break
      }
    }
    return result
  }

  /// Pairs of mentions with one conjunction between them, and the tokens they span.
  private static func pairs(in mentions: [Mention], tokens: [Token]) -> [(pair: Pair, range: Range<Int>)] {
    zip(mentions, mentions.dropFirst()).compactMap { left, right in
      guard left.country != right.country, right.range.lowerBound == left.range.upperBound + 1,
        conjunctions.contains(tokens[left.range.upperBound].lower)
      else { return nil }
      return (Pair(left.country, right.country), left.range.lowerBound..<right.range.upperBound)
    }
  }

  private static let conjunctions: Set<String> = ["und", "and", "et", "sowie"]

  private static func country(at index: Int, in tokens: [Token]) -> (String, Int)? {
    for length in stride(from: 3, through: 1, by: -1) where index + length <= tokens.count {
      let words = tokens[index..<index + length]
      if length == 1, let acronym = acronyms[words.first!.text] { return (acronym, 1) }
      let key = words.map(\.lower).joined(separator: " ")
      if let country = forms[key] { return (country, length) }
      if let country = adjectiveStems.first(where: { $0.words == length && key.hasPrefix($0.stem) })?.country {
        return (country, length)
      }
    }
    return nil
  }

  /// Uppercase abbreviations, matched as written ("US", never "us").
  private static let acronyms: [String: String] = [
    "USA": "USA", "US": "USA", "UK": "United Kingdom", "VAE": "UAE", "UAE": "UAE",
  ]

  /// Countries by name and capital (lowercase), each country named as in English.
  private static let forms: [String: String] = {
    let table: [(String, [String])] = [
      ("Russia", ["russland", "russia", "russie", "moskau", "moscow", "moscou", "kreml", "kremlin"]),
      ("North Korea", ["nordkorea", "nord-korea", "north korea", "corée du nord", "pjöngjang", "pyongyang"]),
      ("South Korea", ["südkorea", "süd-korea", "south korea", "corée du sud", "seoul", "séoul"]),
      ("USA", ["vereinigte staaten", "vereinigten staaten", "united states", "états-unis", "amerika", "america",
               "amérique", "washington"]),
      ("China", ["china", "chine", "peking", "beijing", "pékin", "volksrepublik china"]),
      ("Japan", ["japan", "japon", "tokio", "tokyo"]),
      ("Ukraine", ["ukraine", "kiew", "kyjiw", "kyiv", "kiev"]),
      ("Germany", ["deutschland", "germany", "allemagne", "berlin"]),
      ("France", ["frankreich", "france", "paris"]),
      ("United Kingdom", ["großbritannien", "grossbritannien", "britain", "great britain", "united kingdom",
                          "royaume-uni", "london", "londres", "england", "angleterre"]),
      ("Italy", ["italien", "italy", "italie", "rom", "rome"]),
      ("Spain", ["spanien", "spain", "espagne", "madrid"]),
      ("Poland", ["polen", "poland", "pologne", "warschau", "warsaw", "varsovie"]),
      ("Switzerland", ["schweiz", "switzerland", "suisse", "bern", "berne"]),
      ("Austria", ["österreich", "austria", "autriche", "wien", "vienna", "vienne"]),
      ("India", ["indien", "india", "inde", "neu-delhi", "new delhi"]),
      ("Iran", ["iran", "teheran", "tehran", "téhéran"]),
      ("Israel", ["israel", "israël", "jerusalem", "jérusalem"]),
      ("Turkey", ["türkei", "turkey", "turquie", "ankara"]),
      ("Belarus", ["belarus", "weißrussland", "biélorussie", "minsk"]),
      ("Syria", ["syrien", "syria", "syrie", "damaskus", "damascus", "damas"]),
      ("Taiwan", ["taiwan", "taipeh", "taipei"]),
      ("Vietnam", ["vietnam", "hanoi"]),
      ("Canada", ["kanada", "canada", "ottawa"]),
      ("Brazil", ["brasilien", "brazil", "brésil", "brasília"]),
      ("Mexico", ["mexiko", "mexico", "mexique"]),
      ("Egypt", ["ägypten", "egypt", "égypte", "kairo", "cairo", "le caire"]),
      ("Saudi Arabia", ["saudi-arabien", "saudi arabia", "arabie saoudite", "riad", "riyadh"]),
      ("Pakistan", ["pakistan", "islamabad"]),
      ("Afghanistan", ["afghanistan", "kabul", "kaboul"]),
      ("Iraq", ["irak", "iraq", "bagdad", "baghdad"]),
      ("Netherlands", ["niederlande", "netherlands", "pays-bas", "holland", "amsterdam"]),
      ("Belgium", ["belgien", "belgium", "belgique", "brüssel", "brussels", "bruxelles"]),
      ("Sweden", ["schweden", "sweden", "suède", "stockholm"]),
      ("Norway", ["norwegen", "norway", "norvège", "oslo"]),
      ("Finland", ["finnland", "finland", "finlande", "helsinki"]),
      ("Greece", ["griechenland", "greece", "grèce", "athen", "athens", "athènes"]),
      ("Hungary", ["ungarn", "hungary", "hongrie", "budapest"]),
      ("Georgia", ["georgien", "géorgie", "tiflis", "tbilisi"]),
      ("Kazakhstan", ["kasachstan", "kazakhstan", "astana"]),
    ]
    var forms: [String: String] = [:]
    for (country, names) in table { for name in names { forms[name] = country } }
    return forms
  }()

  /// Adjective and demonym stems (lowercase prefixes: "russisch", "nordkoreanischen", "Chinese").
  private static let adjectiveStems: [(stem: String, country: String, words: Int)] = [
    ("nordkorean", "North Korea"), ("north korean", "North Korea"), ("nord-coréen", "North Korea"),
    ("südkorean", "South Korea"), ("russisch", "Russia"), ("russian", "Russia"), ("russe", "Russia"),
    ("amerikanisch", "USA"), ("american", "USA"), ("américain", "USA"), ("chinesisch", "China"),
    ("chinese", "China"), ("chinois", "China"), ("japanisch", "Japan"), ("japanese", "Japan"), ("japonais", "Japan"),
    ("ukrainisch", "Ukraine"), ("ukrainian", "Ukraine"), ("ukrainien", "Ukraine"), ("französisch", "France"),
    ("deutsch", "Germany"), ("german", "Germany"), ("britisch", "United Kingdom"), ("british", "United Kingdom"),
    ("britannique", "United Kingdom"), ("italienisch", "Italy"), ("italian", "Italy"), ("iranisch", "Iran"),
    ("iranian", "Iran"), ("israelisch", "Israel"), ("israeli", "Israel"), ("türkisch", "Turkey"),
    ("french", "France"), ("français", "France"),
  ].map { ($0.0, $0.1, $0.0.split(separator: " ").count) }
}
