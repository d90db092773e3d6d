/// The language rules that decide which of ICU's sentence boundaries stand,
/// and where to split further, inside one ``TextBlock``.
///
/// Offsets are UTF-16 offsets into the whole text. Only ambiguous places
/// (a period, an ellipsis, a list marker) are examined closely, so the cost
/// is a single scan of the block plus a few hash lookups per candidate.
struct BoundaryRules {
  let u: UnsafeBufferPointer<UInt16>
  let rules: SegmentationRules
  let block: Range<Int>

  private var lower: Int { block.lowerBound }
  private var upper: Int { block.upperBound }

  /// The sentence starts inside the block (after its first), ascending.
  func breaks(candidates: ArraySlice<Int>) -> [Int] {
    var result: [Int] = []
    for candidate in candidates {
      if let position = boundary(at: candidate) { result.append(position) }
    }
    splitJoinedSentences(into: &result)
    result.sort()
    if !rules.neverInside.isEmpty, let glued = gluedHeadingEnd(before: result.first ?? upper) {
      result.insert(glued, at: 0)
    }
    applyListMarkers(to: &result)
    var unique: [Int] = []
    unique.reserveCapacity(result.count)
    for position in result where position > lower && position < upper && position != unique.last {
      unique.append(position)
    }
    return unique
  }

  // MARK: ICU's candidates

  /// Where the sentence that ICU ends at `candidate` really ends, or nil
  /// if `candidate` is not a sentence boundary.
  func boundary(at candidate: Int) -> Int? {
    var end = candidate
    while end > lower && CodeUnit.isWhite(u[end - 1]) { end -= 1 }
    var terminal = end
    while terminal > lower && CodeUnit.isClosing(u[terminal - 1]) { terminal -= 1 }
    guard terminal > lower, CodeUnit.isTerminal(u[terminal - 1]) else { return nil }
    var next = candidate
    while next < upper && CodeUnit.isWhite(u[next]) { next += 1 }
    guard next < upper else { return nil }
    var word = next
    while word < upper && CodeUnit.isOpening(u[word]) { word += 1 }
    let first = word < upper ? u[word] : CodeUnit.space
    let mark = u[terminal - 1]

    if mark == CodeUnit.period, let ellipsis = dotRun(endingAt: terminal - 1), ellipsis.dots >= 2 {
      // "[...]" and "(...)" mark an omission inside a sentence, not its end.
      if isBracketed(ellipsis.start..<terminal) { return nil }
      guard startsSentenceAfterEllipsis(word) else { return nil }
      // "compounds. . . . The": a period, then an ellipsis that belongs to the next sentence.
      if ellipsis.spaced, ellipsis.dots >= 4, ellipsis.start > lower, CodeUnit.isLetter(u[ellipsis.start - 1]) {
        return ellipsis.start + 1
      }
      return candidate
    }
    if mark == CodeUnit.ellipsis {
      if isBracketed(terminal - 1..<terminal) { return nil }
      return startsSentenceAfterEllipsis(word) ? candidate : nil
    }
    if mark != CodeUnit.period {
      // ! ? and the like inside a token: "search?q=", "index.php?Page=Home"
      if end == candidate && isInsideAddress(endingAt: terminal - 1) { return nil }
      guard CodeUnit.isLower(first) else { return candidate }
      // A lowercase word still ends the sentence ("Is it? i think so"), except
      // after a quote or bracket it continues ("„Wirklich?“ fragte er") and
      // after a capitalised name with "!" ("works at Yahoo! in").
      if !rules.lowercaseStartsSentence || terminal < end || end == candidate { return nil }
      return mark == 0x21 && isNameInsideSentence(endingAt: terminal - 1) ? nil : candidate
    }
    if CodeUnit.isLower(first) { return nil }
    if terminal < end { return candidate }  // a period inside quotes or brackets
    return periodEndsSentence(at: terminal - 1, word: word, first: first) ? candidate : nil
  }

  private func startsSentenceAfterEllipsis(_ word: Int) -> Bool {
    guard word < upper, CodeUnit.isUpper(u[word]) else { return false }
    return !rules.capitalized.contains(self.word(at: word, apostrophes: true))
  }

  /// Whether `range` stands between "[" and "]" or "(" and ")".
  private func isBracketed(_ range: Range<Int>) -> Bool {
    guard range.lowerBound > lower, range.upperBound < upper else { return false }
    let open = u[range.lowerBound - 1], close = u[range.upperBound]
    return (open == 0x5B && close == 0x5D) || (open == 0x28 && close == 0x29)
  }

  /// Whether the token that ends at `mark` (back to white space) is part of
  /// a web address or query: it holds "/", "=", "&" or "www.".
  private func isInsideAddress(endingAt mark: Int) -> Bool {
    var start = mark
    while start > lower && !CodeUnit.isWhite(u[start - 1]) { start -= 1 }
    for index in start..<mark {
      let unit = u[index]
      if unit == 0x2F || unit == 0x3D || unit == 0x26 { return true }
      if unit == 0x77 && index + 3 < mark && u[index + 1] == 0x77 && u[index + 2] == 0x77 && u[index + 3] == CodeUnit.period {
        return true
      }
    }
    return false
  }

  /// Whether the word that ends at `mark` is capitalised and follows a
  /// lowercase word on the same line: a name such as "Yahoo" inside a sentence.
  private func isNameInsideSentence(endingAt mark: Int) -> Bool {
    var start = mark
    while start > lower && CodeUnit.isLetter(u[start - 1]) { start -= 1 }
    guard start < mark, CodeUnit.isUpper(u[start]), start > lower, CodeUnit.isBlank(u[start - 1]) else { return false }
    var end = start - 1
    while end > lower && CodeUnit.isBlank(u[end - 1]) { end -= 1 }
    var previous = end
    while previous > lower && CodeUnit.isLetter(u[previous - 1]) { previous -= 1 }
    return previous < end && CodeUnit.isLower(u[previous])
  }

  /// The run of dots, single-spaced (". . .") or not ("..."), that ends at `period`.
  private func dotRun(endingAt period: Int) -> (start: Int, dots: Int, spaced: Bool)? {
    var start = period, dots = 1, spaced = false
    while true {
      if start - 1 >= lower && u[start - 1] == CodeUnit.period {
        start -= 1; dots += 1
      } else if start - 2 >= lower && u[start - 1] == CodeUnit.space && u[start - 2] == CodeUnit.period {
        start -= 2; dots += 1; spaced = true
      } else {
        break
      }
    }
    return dots >= 2 ? (start, dots, spaced) : nil
  }

  /// Whether the period at `period`, followed by a word that is not
  /// lowercase (`first` at `word`), ends a sentence.
  private func periodEndsSentence(at period: Int, word: Int, first: UInt16) -> Bool {
    var start = period
    while start > lower && isWordUnit(u[start - 1]) { start -= 1 }
    if start < period {
      let before = start > lower ? u[start - 1] : CodeUnit.space
      // The end of a longer word: "war's", "Jahr10a"
      if CodeUnit.isDigit(before) || before == 0x27 || before == 0x2019 || before == 0xB4 { return true }
      if let decision = abbreviationDecision(period: period, wordStart: start, word: word, first: first) {
        return decision
      }
      let letters = period - start
      if before == CodeUnit.period && letters <= 2 && isInitialism(endingAt: period) {
        return startsSentence(word, first: first)  // U.S.A. and other initialisms
      }
      // An initial ("J. Smith") or a single-letter abbreviation ("a. F."): one letter rarely ends a sentence.
      if letters == 1 { return startsSentence(word, first: first) }
      // "Goethestr. 12": a compound ending in an abbreviation used before numbers.
      if CodeUnit.isDigit(first) && hasNumberSuffix(start..<period) { return false }
      if isRomanNumeral(start..<period) && previousWordIsCapitalized(before: start) {
        return startsSentence(word, first: first)  // Heinrich VIII.
      }
      return true
    }
    if period > lower && CodeUnit.isDigit(u[period - 1]) { return numberEndsSentence(at: period, word: word, first: first) }
    return true
  }

  /// Letters, and the degree sign of "N°.".
  @inline(__always) private func isWordUnit(_ unit: UInt16) -> Bool {
    unit == 0xB0 || CodeUnit.isLetter(unit)
  }

  // MARK: Abbreviations

  /// The decision of the abbreviation list about the period at `period`, if any.
  ///
  /// Looks at up to four groups of letters with periods before it ("z. B.",
  /// "u.a.") and three after it, so that the first period of "z. B." is
  /// recognised as well as the last.
  private func abbreviationDecision(period: Int, wordStart: Int, word: Int, first: UInt16) -> Bool? {
    guard rules.longestAbbreviation > 0 else { return nil }
    var groups: [Range<Int>] = [wordStart..<period]
    var cursor = wordStart
    while groups.count < 4 {
      var dot = cursor - 1
      if dot >= lower && u[dot] == CodeUnit.space { dot -= 1 }
      guard dot >= lower, u[dot] == CodeUnit.period else { break }
      var start = dot
      while start > lower && isWordUnit(u[start - 1]) { start -= 1 }
      guard start < dot, dot - start <= 5 else { break }
      groups.insert(start..<dot, at: 0)
      cursor = start
    }
    var following: [Range<Int>] = []
    cursor = period + 1
    while following.count < 3 {
      var start = cursor
      if start < upper && u[start] == CodeUnit.space { start += 1 }
      var end = start
      while end < upper && isWordUnit(u[end]) && end - start <= 5 { end += 1 }
      guard end > start, end < upper, u[end] == CodeUnit.period else { break }
      following.append(start..<end)
      cursor = end + 1
    }
    // Inside a longer abbreviation ("z." of "z. B."): never a boundary.
    if !following.isEmpty {
      for count in stride(from: following.count, through: 1, by: -1) {
        for index in groups.indices where lookup(groups[index...] + following[..<count]) != nil {
          return false
        }
      }
    }
    for index in groups.indices {
      guard let kind = lookup(groups[index...]) else { continue }
      switch kind {
      case .title: return false
      case .number: if CodeUnit.isDigit(first) { return false }
      case .inner: return CodeUnit.isDigit(first) ? false : startsSentence(word, first: first)
      case .final: return CodeUnit.isUpper(first) && !isAcronym(at: word)  // "GmbH & Co. KG"
      }
    }
    return nil
  }

  /// The kind of the abbreviation spelled by `groups` ("z" + "B" → "z.B."),
  /// trying the entry with a lowercase first letter too. Builds a key only
  /// when the fingerprints match.
  private func lookup<C: Collection>(_ groups: C) -> SegmentationRules.AbbreviationKind?
  where C.Element == Range<Int> {
    guard let first = groups.first?.first else { return nil }
    var exact: UInt64 = 0xcbf2_9ce4_8422_2325
    var folded = exact
    var length = 0
    for group in groups {
      length += group.count + 1
      guard length <= rules.longestAbbreviation else { return nil }
      exact = SegmentationRules.fingerprint(UnsafeBufferPointer(rebasing: u[group]), into: exact)
      exact = SegmentationRules.fingerprint(CollectionOfOne(CodeUnit.period), into: exact)
    }
    let lower = CodeUnit.lowercased(u[first])
    if lower != u[first] {
      folded = SegmentationRules.fingerprint(CollectionOfOne(lower), into: folded)
      for (index, group) in groups.enumerated() {
        let units = UnsafeBufferPointer(rebasing: u[(index == 0 ? group.lowerBound + 1 : group.lowerBound)..<group.upperBound])
        folded = SegmentationRules.fingerprint(units, into: folded)
        folded = SegmentationRules.fingerprint(CollectionOfOne(CodeUnit.period), into: folded)
      }
    }
    guard rules.abbreviationFingerprints.contains(exact)
      || (lower != u[first] && rules.abbreviationFingerprints.contains(folded))
    else { return nil }
    return rules.abbreviationKind(key(groups))
  }

  /// Whether the word at `position` is all capitals (two or more), like "KG" or "USA".
  private func isAcronym(at position: Int) -> Bool {
    var end = position
    while end < upper && CodeUnit.isUpper(u[end]) { end += 1 }
    return end - position >= 2 && (end == upper || !CodeUnit.isLetter(u[end]))
  }

  /// Whether the letters `range` end in a suffix of ``SegmentationRules/numberSuffixes`` ("…str").
  private func hasNumberSuffix(_ range: Range<Int>) -> Bool {
    rules.numberSuffixes.contains { suffix in
      range.count > suffix.count && u[range.upperBound - suffix.count..<range.upperBound].elementsEqual(suffix)
    }
  }

  /// "z" + "B" → "z.B." as UTF-16.
  private func key<C: Collection>(_ groups: C) -> [UInt16] where C.Element == Range<Int> {
    var key: [UInt16] = []
    key.reserveCapacity(rules.longestAbbreviation + 1)
    for group in groups {
      key.append(contentsOf: u[group])
      key.append(CodeUnit.period)
    }
    return key
  }

  /// Whether the period at `period` ends a run like "U.S.A." (letters, each followed by a period).
  private func isInitialism(endingAt period: Int) -> Bool {
    var position = period
    var groups = 0
    while position > lower && u[position] == CodeUnit.period {
      var start = position
      while start > lower && CodeUnit.isLetter(u[start - 1]) { start -= 1 }
      guard start < position, position - start <= 2 else { return false }
      groups += 1
      position = start - 1
      if start == lower || u[position] != CodeUnit.period { break }
    }
    return groups >= 2
  }

  // MARK: Numbers

  /// A period after digits: a decimal, a date, an ordinal ("am 19. Juni") or a sentence end.
  private func numberEndsSentence(at period: Int, word: Int, first: UInt16) -> Bool {
    var start = period
    var separators = 0
    while start > lower {
      let unit = u[start - 1]
      if CodeUnit.isDigit(unit) {
        start -= 1
      } else if (unit == CodeUnit.period || unit == CodeUnit.comma) && start - 2 >= lower
        && CodeUnit.isDigit(u[start - 2])
      {
        start -= 1
        separators += 1
      } else {
        break
      }
    }
    let before = start > lower ? u[start - 1] : CodeUnit.space
    let standsAlone =
      start == lower || CodeUnit.isWhite(before) || CodeUnit.isOpening(before) || CodeUnit.isDash(before)
      || CodeUnit.isBullet(before)
    // "Jahr10." or "%11.": a footnote mark after a word ends the sentence.
    guard standsAlone else { return true }
    guard CodeUnit.isUpper(first) else { return false }  // "1.000. 5", "1. -3. Jahrhundert"
    guard rules.ordinalPeriod else { return true }
    let digits = period - start
    let ordinal = separators == 0 ? digits <= 3 : isDayAndMonth(start..<period)
    guard ordinal else { return true }
    if isMonth(at: word) { return false }
    // "Platz 3. Trainer …", "Seite 12. Dort …": a number after a noun counts, it does not order.
    if followsNoun(start) { return true }
    return startsSentence(word, first: first)
  }

  /// Whether the word before `position` (one space back) is capitalised and
  /// no sentence starter: a noun, as in "Platz 3".
  private func followsNoun(_ position: Int) -> Bool {
    var end = position
    guard end > lower, CodeUnit.isBlank(u[end - 1]) else { return false }
    while end > lower && CodeUnit.isBlank(u[end - 1]) { end -= 1 }
    var start = end
    while start > lower && CodeUnit.isLetter(u[start - 1]) { start -= 1 }
    guard start < end, CodeUnit.isUpper(u[start]), end - start >= 2 else { return false }
    return !rules.starters.contains(Array(u[start..<end]))
  }

  /// "24.12" (day and month of a date without year).
  private func isDayAndMonth(_ range: Range<Int>) -> Bool {
    guard let dot = u[range].firstIndex(of: CodeUnit.period) else { return false }
    let day = dot - range.lowerBound, month = range.upperBound - dot - 1
    return (1...2).contains(day) && (1...2).contains(month) && !u[range].contains(CodeUnit.comma)
  }

  private func isMonth(at position: Int) -> Bool {
    var name = word(at: position, apostrophes: false)
    if rules.months.contains(name) { return true }
    let end = position + name.count
    guard end < upper, u[end] == CodeUnit.period else { return false }
    name.append(CodeUnit.period)
    return rules.months.contains(name)
  }

  // MARK: Initials, Roman numerals, sentence starters

  /// Whether a capitalised word at `word` starts a new sentence after an
  /// abbreviation, initial or ordinal: only a listed starter ("Die", "The")
  /// does; a name or noun continues the sentence.
  private func startsSentence(_ word: Int, first: UInt16) -> Bool {
    guard CodeUnit.isUpper(first) else { return false }
    return rules.starters.contains(self.word(at: word, apostrophes: false))
  }

  /// The letters starting at `position` (with apostrophes, for "I'm").
  private func word(at position: Int, apostrophes: Bool) -> [UInt16] {
    var end = position
    while end < upper
      && (CodeUnit.isLetter(u[end]) || (apostrophes && (u[end] == 0x27 || u[end] == 0x2019)))
    {
      end += 1
    }
    return Array(u[position..<end])
  }

  private func isRomanNumeral(_ range: Range<Int>) -> Bool {
    guard range.count <= 8 else { return false }
    var total = 0, previous = Int.max, repeats = 0
    var values: [Int] = []
    for unit in u[range] {
      let value: Int
      switch unit {
      case 0x49: value = 1
      case 0x56: value = 5
      case 0x58: value = 10
      case 0x4C: value = 50
      case 0x43: value = 100
      case 0x44: value = 500
      case 0x4D: value = 1000
      default: return false
      }
      values.append(value)
    }
    // Standard form only: subtractive pairs IV IX XL XC CD CM, at most three repeats.
    var index = 0
    while index < values.count {
      let value = values[index]
      if index + 1 < values.count && values[index + 1] > value {
        let next = values[index + 1]
        guard [1, 10, 100].contains(value), next == value * 5 || next == value * 10, next <= previous
        else { return false }
        total += next - value
        previous = value
        index += 2
        repeats = 0
        continue
      }
      guard value <= previous else { return false }
      repeats = value == previous ? repeats + 1 : 0
      guard repeats < 3 else { return false }
      previous = value
      total += value
      index += 1
    }
    return total > 0
  }

  private func previousWordIsCapitalized(before position: Int) -> Bool {
    var end = position
    while end > lower && CodeUnit.isBlank(u[end - 1]) { end -= 1 }
    guard end < position else { return false }
    var start = end
    while start > lower && CodeUnit.isLetter(u[start - 1]) { start -= 1 }
    return start < end && CodeUnit.isUpper(u[start])
  }

  // MARK: Splits ICU does not make

  /// "world.Today" and "Tuesday.Mr.": a period between a lowercase word and
  /// a capitalised one, outside URLs, e-mail addresses and abbreviations.
  private func splitJoinedSentences(into result: inout [Int]) {
    var index = lower + 2
    while index + 2 < upper {
      // Skip four ASCII code units at a time while none of them is a period.
      if index + 4 <= upper {
        let word = UnsafeRawPointer(u.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let x = word ^ 0x002E_002E_002E_002E
        if (x &- 0x0001_0001_0001_0001) & ~x & 0x8000_8000_8000_8000 == 0 && word & 0xFF80_FF80_FF80_FF80 == 0 {
          index += 4
          continue
        }
      }
      defer { index += 1 }
      if u[index] == CodeUnit.ellipsis {
        splitAfterEllipsis(at: index, into: &result)
        continue
      }
      if u[index] == CodeUnit.period, startsWithYear(after: index) {
        result.append(index + 2)
        continue
      }
      guard u[index] == CodeUnit.period, CodeUnit.isLower(u[index - 1]), CodeUnit.isLower(u[index - 2]),
        CodeUnit.isUpper(u[index + 1]), CodeUnit.isLower(u[index + 2])
      else { continue }
      var start = index - 1
      while start > lower && CodeUnit.isLetter(u[start - 1]) { start -= 1 }
      if start > lower && !CodeUnit.isWhite(u[start - 1]) && !CodeUnit.isOpening(u[start - 1]) { continue }
      var end = index + 1
      while end < upper && !CodeUnit.isWhite(u[end]) { end += 1 }
      if u[index + 1..<end].contains(where: { $0 == 0x40 || $0 == 0x2F || $0 == 0x3A }) { continue }  // @ / :
      if lookup(CollectionOfOne(start..<index)) != nil { continue }
      result.append(index + 1)
    }
  }

  /// "closed in March. 2009 was a bad year": ICU does not break before a
  /// number that a lowercase word follows. A year (1000–2099) after a period,
  /// one space and a word that ends a sentence, followed by a space and a
  /// word, starts a sentence.
  private func startsWithYear(after period: Int) -> Bool {
    let year = period + 2
    guard year + 5 < upper, u[period + 1] == CodeUnit.space, CodeUnit.isLetter(u[period - 1]),
      u[year] == 0x31 || (u[year] == 0x32 && u[year + 1] == 0x30),
      CodeUnit.isDigit(u[year + 1]), CodeUnit.isDigit(u[year + 2]), CodeUnit.isDigit(u[year + 3]),
      CodeUnit.isBlank(u[year + 4]), CodeUnit.isLetter(u[year + 5])
    else { return false }
    return periodEndsSentence(at: period, word: year, first: u[year])
  }

  /// A caption or heading glued to the first sentence of a block, as in
  /// "… Führer Kim Jong Un Am Mittwoch unterzeichneten …": a word that never
  /// stands capitalised inside a sentence ("Am", "Im"), after at least three
  /// words, the last of them capitalised and without punctuation, starts the
  /// sentence. Returns where, if anywhere before `end`.
  private func gluedHeadingEnd(before end: Int) -> Int? {
    var words = 1
    var position = lower
    while position + 1 < end {
      // Skip four code units at a time while none is a space.
      if position + 4 <= end {
        let x = UnsafeRawPointer(u.baseAddress! + position).loadUnaligned(as: UInt64.self) ^ 0x0020_0020_0020_0020
        if (x &- 0x0001_0001_0001_0001) & ~x & 0x8000_8000_8000_8000 == 0 {
          position += 4
          continue
        }
      }
      defer { position += 1 }
      guard u[position] == CodeUnit.space, !CodeUnit.isWhite(u[position + 1]) else { continue }
      words += 1
      let start = position + 1
      guard words >= 4, CodeUnit.isUpper(u[start]), CodeUnit.isLetter(u[position - 1]) else { continue }
      var wordEnd = start
      while wordEnd < end && !CodeUnit.isWhite(u[wordEnd]) && wordEnd - start <= rules.longestNeverInside { wordEnd += 1 }
      guard wordEnd - start <= rules.longestNeverInside, rules.neverInside.contains(Array(u[start..<wordEnd]))
      else { continue }
      var previous = position - 1
      while previous > lower && CodeUnit.isLetter(u[previous - 1]) { previous -= 1 }
      if CodeUnit.isUpper(u[previous]) { return start }
    }
    return nil
  }

  /// "Er zögerte… Dann ging er.": ICU does not count "…" as final
  /// punctuation; a capitalised word after it (and a space) starts a sentence.
  private func splitAfterEllipsis(at index: Int, into result: inout [Int]) {
    var end = index + 1
    while end < upper && CodeUnit.isClosing(u[end]) { end += 1 }
    guard end < upper, CodeUnit.isWhite(u[end]), !isBracketed(index..<index + 1) else { return }
    var next = end
    while next < upper && CodeUnit.isWhite(u[next]) { next += 1 }
    var word = next
    while word < upper && CodeUnit.isOpening(u[word]) { word += 1 }
    if startsSentenceAfterEllipsis(word) { result.append(next) }
  }

  /// Numbered, lettered and bulleted lists: no break right after a marker
  /// ("1." alone is no sentence), and a break before each next marker of the
  /// same list on the same line ("1) first 2) second", "a. one b. two").
  private func applyListMarkers(to result: inout [Int]) {
    var added: [Int] = []
    var removed: [Range<Int>] = []
    if var marker = listMarker(at: lower) {
      removed.append(lower + 1..<marker.textStart + 1)
      var position = marker.textStart
      while position < upper {
        if CodeUnit.isBlank(u[position - 1]), let next = listMarker(at: position), next.style == marker.style,
          next.value == marker.value + 1 || (next.value == 0 && marker.value == 0), next.textStart < upper,
          next.value == 0 || CodeUnit.isUpper(u[next.textStart]) || CodeUnit.isOpening(u[next.textStart])
        {
          added.append(position)
          removed.append(position + 1..<next.textStart + 1)
          marker = next
          position = next.textStart
        } else {
          position += 1
        }
      }
    }
    for start in result {
      if let marker = listMarker(at: start) { removed.append(start + 1..<marker.textStart + 1) }
    }
    guard !added.isEmpty || !removed.isEmpty else { return }
    result = (result + added).filter { position in !removed.contains { $0.contains(position) } }.sorted()
  }

  struct ListMarker {
    /// Where the item's text begins, after the marker and its spaces.
    var textStart: Int
    var value: Int
    /// Bullet, digits or letter, and the delimiter, so that "1." and "2)" differ.
    var style: [UInt16]
  }

  /// A list marker at `position`: an optional bullet, then 1–3 digits or one
  /// lowercase letter, then ".", ")" or ".)", then a space; or a bullet alone.
  func listMarker(at position: Int) -> ListMarker? {
    var i = position
    var style: [UInt16] = []
    if i < upper && CodeUnit.isBullet(u[i]) {
      style.append(u[i])
      i += 1
      while i < upper && CodeUnit.isBlank(u[i]) { i += 1 }
    }
    var value = 0
    let digitsStart = i
    while i < upper && CodeUnit.isDigit(u[i]) && i - digitsStart < 3 {
      value = value * 10 + Int(u[i] - 0x30)
      i += 1
    }
    if i > digitsStart {
      style.append(0x30)
    } else if i + 1 < upper && u[i] >= 0x61 && u[i] <= 0x7A && (u[i + 1] == CodeUnit.period || u[i + 1] == 0x29) {
      value = Int(u[i] - 0x60)
      style.append(0x61)
      i += 1
    } else if !style.isEmpty {
      return i < upper ? ListMarker(textStart: i, value: 0, style: style) : nil  // a bullet alone
    } else {
      return nil
    }
    let delimiterStart = i
    if i < upper && u[i] == CodeUnit.period { i += 1 }
    if i < upper && u[i] == 0x29 { i += 1 }
    guard i > delimiterStart else { return nil }
    style.append(contentsOf: u[delimiterStart..<i])
    guard i < upper, CodeUnit.isBlank(u[i]) else { return nil }
    while i < upper && CodeUnit.isBlank(u[i]) { i += 1 }
    return ListMarker(textStart: i, value: value, style: style)
  }
}
