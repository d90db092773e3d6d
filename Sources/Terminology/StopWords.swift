/// Function words that bound term candidates: articles, pronouns,
/// prepositions, conjunctions, auxiliaries and frequent adverbs.
/// A term never starts or ends with one of these.
enum StopWords {
  /// The stopwords of `language` (a BCP 47 tag; only its primary subtag
  /// counts), lowercase. Empty for a language without a list.
  static func list(for language: String) -> Set<String> {
    switch primarySubtag(language) {
    case "de": german
    case "en": english
    default: []
    }
  }

  static func primarySubtag(_ language: String) -> String {
    String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
  }

  static let german: Set<String> = Set("""
    der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen
    und oder aber sondern denn doch als wie wenn dass daß ob weil obwohl während damit sodass nachdem
    bevor seit seitdem bis sowie sowohl weder noch entweder falls ich du er sie es wir ihr mich dich
    sich uns euch ihm ihn ihnen mir dir mein meine meiner meines meinem meinen dein deine sein seine
    seiner seines seinem seinen ihre ihrer ihres ihrem ihren unser unsere unserer unseres unserem
    unseren euer eure dieser diese dieses diesem diesen jener jene jenes jenem jenen welche welcher
    welches welchem welchen man nicht auch nur so zu zum zur im in ins am an ans auf aus bei beim mit
    nach von vom vor über unter um durch für gegen ohne zwischen neben hinter laut wegen trotz
    gegenüber innerhalb außerhalb inmitten ab per pro je ist sind war waren sei seien wäre wären bin
    bist seid hat haben hatte hatten hätte hätten habe hast wird werden wurde wurden würde würden
    werde wirst worden kann können konnte konnten könnte könnten muss müssen musste sollen soll
    sollte sollten will wollen wollte darf dürfen mag möchte hier dort da dann jetzt heute gestern
    morgen immer nie oft bereits schon etwa rund fast sogar außerdem jedoch zudem allerdings deshalb
    daher also ebenfalls ebenso beide beiden beider beides alle aller allen alles viel viele vielen
    mehr weniger einige einigen einiger andere anderen anderer anderes etwas nichts jeder jede jedes
    jedem jeden was wer wo wann warum wieso weshalb dessen deren denen dort sehr ganz gar eher bitte
    nun zwar wohl mal ja nein nicht nichts selbst selber wieder weiter weiterhin zunächst später
    dabei dazu darauf darüber damit davon dafür dagegen daran darin hierzu zugleich zusammen
    gemeinsam insbesondere vor allem bzw usw etc sowie hin her herum gerade eben noch einmal zweimal
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  static let english: Set<String> = Set("""
    a an the this that these those and or but nor so yet if then than as because while although
    though since until unless whether when where who whom whose which what why how i you he she it
    we they me him her us them my your his its our their mine yours hers ours theirs myself himself
    herself itself ourselves themselves of in on at to for from by with without about against
    between into through during before after above below over under again further once up down out
    off within along across behind beyond among amid amidst towards toward upon via per despite
    be is am are was were been being have has had having do does did doing will would shall should
    can could may might must ought not no yes also only just even still already very too more most
    less least much many some any all both each every either neither other another such same own
    here there now today yesterday tomorrow ever never always often s t don't said says say
    according including whose however therefore thus hence rather quite almost nearly well
    """.split(whereSeparator: \.isWhitespace).map(String.init))
}
