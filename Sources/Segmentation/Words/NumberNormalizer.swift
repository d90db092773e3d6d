/// Writes numbers in one form so that "1.000", "1,000" and "1'000" match, as
/// do "3,5" and "3.5".
public enum NumberNormalizer {
  /// `digitsAndSeparators` holds digits and the separators . , ' ’ between them.
  ///
  /// The last separator is a decimal mark unless exactly three digits follow it
  /// (then it groups thousands, as do all separators before it).
  public static func normalize(_ digitsAndSeparators: [Unicode.Scalar]) -> String {
    var groups: [String] = [""]
    for scalar in digitsAndSeparators {
      if scalar.value >= 48 && scalar.value <= 57 {
        groups[groups.count - 1].unicodeScalars.append(scalar)
      } else if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue {
        groups[groups.count - 1].append(Character(String(Int(value))))
      } else if !groups[groups.count - 1].isEmpty {
        groups.append("")
      }
    }
    if groups.last?.isEmpty == true { groups.removeLast() }
    guard let last = groups.last else { return "" }
    if groups.count == 1 { return trimLeadingZeros(last) }
    let integer = groups.dropLast().joined()
    if last.count == 3 { return trimLeadingZeros(integer + last) }
    var fraction = Substring(last)
    while fraction.last == "0" { fraction = fraction.dropLast() }
    let whole = trimLeadingZeros(integer)
    return fraction.isEmpty ? whole : whole + "." + fraction
  }

  private static func trimLeadingZeros(_ digits: String) -> String {
    let trimmed = digits.drop(while: { $0 == "0" })
    return trimmed.isEmpty ? "0" : String(trimmed)
  }
}
