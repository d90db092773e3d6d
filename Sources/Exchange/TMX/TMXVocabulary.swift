/// What the TMX 1.4b DTD allows: the attributes of each element Tandem keeps verbatim,
/// and the values of the enumerated ones. The reader keeps what is listed here; the writer
/// writes only that, so that its output stays valid against the DTD whatever a unit holds.
enum TMXVocabulary {
  /// `<tu>` attributes besides `tuid`, `creationdate` and `changedate` (which have fields), in DTD order.
  static let unitAttributes = [
    "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
    "creationid", "segtype", "changeid", "o-tmf", "srclang",
  ]
  /// `<tuv>` attributes besides its language, in DTD order.
  static let variantAttributes = [
    "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
    "creationdate", "creationid", "changedate", "o-tmf", "changeid",
  ]
  /// `<header>` attributes that ``TMXHeader`` has no field for, in DTD order.
  static let headerAttributes = ["o-encoding", "creationid", "changedate", "changeid"]

  static let segmentTypes: Set<String> = ["block", "paragraph", "sentence", "phrase"]

  /// The attributes an inline element may carry, in the order they are written.
  static func inlineAttributes(_ element: InlineCode.Element) -> [String] {
    switch element {
    case .bpt: ["i", "x", "type"]
    case .ept: ["i"]
    case .ph: ["x", "assoc", "type"]
    case .it: ["pos", "x", "type"]
    case .ut: ["x"]
    case .hiStart: ["x", "type"]
    case .hiEnd: []
    }
  }

  static let subflowAttributes = ["datatype", "type"]

  /// Whether `value` is allowed for an enumerated attribute (`segtype`, `pos`); any value is for the others.
  static func isValid(_ name: String, _ value: String, on element: String) -> Bool {
    switch (element, name) {
    case ("tu", "segtype"), ("header", "segtype"): segmentTypes.contains(value)
    case ("it", "pos"): value == "begin" || value == "end"
    default: true
    }
  }

  /// The attributes of `attributes` listed in `names`, with allowed values, in the order of `names`.
  static func valid(_ attributes: [String: String], _ names: [String], on element: String) -> [(String, String)] {
    names.compactMap { name in
      guard let value = attributes[name], isValid(name, value, on: element) else { return nil }
      return (name, value)
    }
  }
}
