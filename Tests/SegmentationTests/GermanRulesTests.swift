import Testing
@testable import Segmentation

/// German rules, one group per rule; each case is text → expected sentences.
@Suite struct GermanRulesTests {
  @Test(arguments: [
    // spaced and unspaced, lower and capital, inner and at the end
    ("Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw. Danach gehen wir.",
     ["Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw.", "Danach gehen wir."]),
    ("Ich kann u.a. Spanisch sprechen. Er nicht.", ["Ich kann u.a. Spanisch sprechen.", "Er nicht."]),
    ("Z. T. ist die Lieferung unvollständig.", ["Z. T. ist die Lieferung unvollständig."]),
    ("Das gilt d. h. für alle. Auch für dich.", ["Das gilt d. h. für alle.", "Auch für dich."]),
    ("Es kostet ca. 5 Euro bzw. 6 Dollar.", ["Es kostet ca. 5 Euro bzw. 6 Dollar."]),
    ("Der Umsatz stieg auf 3 Mio. Euro, der Verlust auf 2 Mrd. Dollar.",
     ["Der Umsatz stieg auf 3 Mio. Euro, der Verlust auf 2 Mrd. Dollar."]),
    ("Sie besucht eine kath. Schule.", ["Sie besucht eine kath. Schule."]),
    ("Zeitschriften u. Ä. für das Projekt.", ["Zeitschriften u. Ä. für das Projekt."]),
    ("Äpfel, Birnen u. Ä. Die Kiste ist voll.", ["Äpfel, Birnen u. Ä.", "Die Kiste ist voll."]),
    ("Wir kamen am 3. Jan. zurück.", ["Wir kamen am 3. Jan. zurück."]),
    ("Ab Febr. Die Preise steigen.", ["Ab Febr.", "Die Preise steigen."]),
    ("Das war z. B. Die Zeit von gestern.", ["Das war z. B.", "Die Zeit von gestern."]),
    ("Der Vertrag (vgl. Art. 23 GG a. F.) regelte den Beitritt.", ["Der Vertrag (vgl. Art. 23 GG a. F.) regelte den Beitritt."]),
    ("Laut Prof. Müller von der Univ. Bonn war das einmalig.", ["Laut Prof. Müller von der Univ. Bonn war das einmalig."]),
    ("Die Müller GmbH & Co. KG meldete Gewinn.", ["Die Müller GmbH & Co. KG meldete Gewinn."]),
    ("Karl d. Gr. wurde Kaiser.", ["Karl d. Gr. wurde Kaiser."]),
    ("Sie wohnt in der Goethestr. 12. Der Mann nicht.", ["Sie wohnt in der Goethestr. 12.", "Der Mann nicht."]),
    // Formal "Sie" is capitalised inside sentences too.
    ("Das ist viel, d. h. Sie zahlen mehr.", ["Das ist viel, d. h. Sie zahlen mehr."]),
    ("Sie wohnt in der Goethestr. Der Mann nicht.", ["Sie wohnt in der Goethestr.", "Der Mann nicht."]),
    ("Das war's. Mehr gibt es nicht.", ["Das war's.", "Mehr gibt es nicht."]),
  ])
  func abbreviations(text: String, expected: [String]) throws {
    #expect(try split(text) == expected)
  }

  @Test(arguments: [
    ("Wir trafen Dr. med. Meyer in der Stadt.", ["Wir trafen Dr. med. Meyer in der Stadt."]),
    ("Frau Prof. Schulze ist z. Z. nicht da.", ["Frau Prof. Schulze ist z. Z. nicht da."]),
    ("Er wohnt in der Berliner Str. 5 in Bremen.", ["Er wohnt in der Berliner Str. 5 in Bremen."]),
    ("Das finden Sie auf S. 225. Dort steht mehr.", ["Das finden Sie auf S. 225.", "Dort steht mehr."]),
    ("Siehe Art. 5 Abs. 2 GG. Danach ist alles klar.", ["Siehe Art. 5 Abs. 2 GG.", "Danach ist alles klar."]),
    // "Art." before a capitalised word is the noun "Art"
    ("Das ist eine neue Art. Sie wächst schnell.", ["Das ist eine neue Art.", "Sie wächst schnell."]),
    ("Das war seine Art. Wasser trank er nie.", ["Das war seine Art.", "Wasser trank er nie."]),
    ("Wir gingen zu Nr. 12 und dann nach Hause.", ["Wir gingen zu Nr. 12 und dann nach Hause."]),
    ("Der Fall (Az. 12 O 345/19) ist entschieden.", ["Der Fall (Az. 12 O 345/19) ist entschieden."]),
  ])
  func titlesAndNumberAbbreviations(text: String, expected: [String]) throws {
    #expect(try split(text) == expected)
  }

  @Test(arguments: [
    ("Was geschah am 19. Juni? Niemand weiß es.", ["Was geschah am 19. Juni?", "Niemand weiß es."]),
    ("Mit Inkrafttreten zum 01. Januar 2015 änderte sich viel.", ["Mit Inkrafttreten zum 01. Januar 2015 änderte sich viel."]),
    ("Im 16. Jahrhundert blühte die Stadt.", ["Im 16. Jahrhundert blühte die Stadt."]),
    ("Der 1. FC Köln gewann.", ["Der 1. FC Köln gewann."]),
    ("Tongefäße aus dem 1. -3. Jahrhundert nach Christus.", ["Tongefäße aus dem 1. -3. Jahrhundert nach Christus."]),
    ("Er wurde am 24.12. Vater.", ["Er wurde am 24.12. Vater."]),
    ("Die Information steht auf Seite 12. Dort kannst du nachlesen.",
     ["Die Information steht auf Seite 12.", "Dort kannst du nachlesen."]),
    ("Das geschah im Jahr 1990. Berlin war geteilt.", ["Das geschah im Jahr 1990.", "Berlin war geteilt."]),
    ("Die Mannschaft belegte Platz 3. Trainer Klopp war zufrieden.",
     ["Die Mannschaft belegte Platz 3.", "Trainer Klopp war zufrieden."]),
    ("Um 11 Uhr begann die 2. Um 13 Uhr war Pause.", ["Um 11 Uhr begann die 2.", "Um 13 Uhr war Pause."]),
    ("Wir haben 1.000.000 Euro. Das reicht.", ["Wir haben 1.000.000 Euro.", "Das reicht."]),
    ("Was pro Jahr10. Zudem pro Jahr um 0.3 %11. Der Anstieg folgt.",
     ["Was pro Jahr10.", "Zudem pro Jahr um 0.3 %11.", "Der Anstieg folgt."]),
  ])
  func ordinalsAndNumbers(text: String, expected: [String]) throws {
    #expect(try split(text) == expected)
  }

  @Test(arguments: [
    ("Heinrich VIII. war König von England.", ["Heinrich VIII. war König von England."]),
    ("Papst Johannes Paul II. Kardinal Ratzinger folgte ihm.", ["Papst Johannes Paul II. Kardinal Ratzinger folgte ihm."]),
    ("Ludwig XIV. Er baute Versailles.", ["Ludwig XIV.", "Er baute Versailles."]),
    ("Er kaufte eine CD. Musik hört er gern.", ["Er kaufte eine CD.", "Musik hört er gern."]),
    ("Das Buch von J. R. R. Tolkien ist lang.", ["Das Buch von J. R. R. Tolkien ist lang."]),
    ("Es sprach Thomas M. Müller. Dann gingen alle.", ["Es sprach Thomas M. Müller.", "Dann gingen alle."]),
    ("Wir nehmen Plan B. Der ist besser.", ["Wir nehmen Plan B.", "Der ist besser."]),
  ])
  func romanNumeralsAndInitials(text: String, expected: [String]) throws {
    #expect(try split(text) == expected)
  }

  @Test(arguments: [
    ("Sie bekommen 3,50 Euro zurück. Danke.", ["Sie bekommen 3,50 Euro zurück.", "Danke."]),
    ("Bitte überweisen Sie 5.300,25 Euro.", ["Bitte überweisen Sie 5.300,25 Euro."]),
    ("Die Frist endet am 31.12.2024 um Mitternacht.", ["Die Frist endet am 31.12.2024 um Mitternacht."]),
    ("Wir treffen uns um 10.30 Uhr. Sei pünktlich.", ["Wir treffen uns um 10.30 Uhr.", "Sei pünktlich."]),
    ("Besuchen Sie www.example.de. Dort gibt es mehr.", ["Besuchen Sie www.example.de.", "Dort gibt es mehr."]),
    ("Schreiben Sie an info@firma.de. Wir antworten.", ["Schreiben Sie an info@firma.de.", "Wir antworten."]),
    ("Siehe https://www.Beispiel.de/Seite.Html für Details.", ["Siehe https://www.Beispiel.de/Seite.Html für Details."]),
    ("Das war gut.Danach kam mehr.", ["Das war gut.", "Danach kam mehr."]),
  ])
  func decimalsDatesTimesAndAddresses(text: String, expected: [String]) throws {
    #expect(try split(text) == expected)
  }

  @Test(arguments: [
    ("Er zögerte … und ging dann.", ["Er zögerte … und ging dann."]),
    ("Er zögerte… Dann ging er.", ["Er zögerte…", "Dann ging er."]),
    ("Und dann... nichts. Gar nichts.", ["Und dann... nichts.", "Gar nichts."]),
    ("Das Zitat „Wir [...] kommen“ ist kurz.", ["Das Zitat „Wir [...] kommen“ ist kurz."]),
  ])
  func ellipses(text: String, expected: [String]) throws {
    #expect(try split(text) == expected)
  }

  @Test(arguments: [
    ("1. Dies ist eine Punkteliste.", ["1. Dies ist eine Punkteliste."]),
    ("• 3. Seien Sie achtsam! \n• 4. Essen Sie Fisch! \n", ["• 3. Seien Sie achtsam!", "• 4. Essen Sie Fisch!"]),
    ("1) Planen 2) Essen 3) Schlafen", ["1) Planen", "2) Essen", "3) Schlafen"]),
    ("a. Erstens b. Zweitens", ["a. Erstens", "b. Zweitens"]),
    ("1. Planen. 2. Essen. 3. Schlafen.", ["1. Planen.", "2. Essen.", "3. Schlafen."]),
    ("• Käse • Fleisch • Salat", ["• Käse", "• Fleisch", "• Salat"]),
  ])
  func numberedListItems(text: String, expected: [String]) throws {
    #expect(try split(text) == expected)
  }

  @Test(arguments: [
    ("„Ich habe heute keine Zeit“, sagte die Frau: „Und auch keine Lust.“ Wir haben 1.000.000 Euro.",
     ["„Ich habe heute keine Zeit“, sagte die Frau: „Und auch keine Lust.“", "Wir haben 1.000.000 Euro."]),
    ("„Lass uns essen gehen!“, sagte die Mutter.", ["„Lass uns essen gehen!“, sagte die Mutter."]),
    ("»Komm her!« Er lief weg.", ["»Komm her!«", "Er lief weg."]),
    ("«Komm her.» Er lief weg.", ["«Komm her.»", "Er lief weg."]),
    ("Er sagte: „Hallo, wie geht´s Ihnen, Frau Prof. Müller?“", ["Er sagte: „Hallo, wie geht´s Ihnen, Frau Prof. Müller?“"]),
    ("„Wirklich?“ fragte er. „Ja.“", ["„Wirklich?“ fragte er.", "„Ja.“"]),
    ("Ich kaufe nichts (ich traue mir nicht!). Es ist komisch!",
     ["Ich kaufe nichts (ich traue mir nicht!).", "Es ist komisch!"]),
    ("Er kam (wie immer zu spät.) und setzte sich.", ["Er kam (wie immer zu spät.) und setzte sich."]),
  ])
  func quotesAndBrackets(text: String, expected: [String]) throws {
    #expect(try split(text) == expected)
  }

  @Test(arguments: [
    ("Präsident Putin und Führer Kim Jong Un Am Mittwoch unterzeichneten beide das Abkommen.",
     ["Präsident Putin und Führer Kim Jong Un", "Am Mittwoch unterzeichneten beide das Abkommen."]),
    ("Kanzler Scholz in Berlin Im Kanzleramt trafen sich alle.", ["Kanzler Scholz in Berlin", "Im Kanzleramt trafen sich alle."]),
    ("Am Mittwoch trafen sich alle in Berlin.", ["Am Mittwoch trafen sich alle in Berlin."]),
    ("Wir lasen „Im Westen nichts Neues“ in der Schule.", ["Wir lasen „Im Westen nichts Neues“ in der Schule."]),
  ])
  func captionGluedToTheFirstSentence(text: String, expected: [String]) throws {
    #expect(try split(text) == expected)
  }
}
