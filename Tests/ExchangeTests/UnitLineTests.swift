import Testing
@testable import Exchange

/// `lineOfLastUnit`: where the unit just read starts, for reports that name lines (`tandem check`).
@Suite struct UnitLineTests {
  @Test func tsvUnitsKnowTheirLine() throws {
    let reader = try TSVReader(source: MemoryByteSource("#de\ten\nA\tB\n\nC\tD\n"), fileName: "p.tsv")
    var lines: [Int?] = []
    while try reader.next() != nil { lines.append(reader.lineOfLastUnit) }
    #expect(lines == [2, 4])
  }

  @Test func tmxUnitsKnowTheLineOfTheirTU() throws {
    let tmx = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header srclang="de" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
      <body>
      <tu><tuv xml:lang="de"><seg>A</seg></tuv><tuv xml:lang="en"><seg>B</seg></tuv></tu>

      <tu>
        <tuv xml:lang="de"><seg>C</seg></tuv><tuv xml:lang="en"><seg>D</seg></tuv></tu>
      </body></tmx>
      """
    let reader = try TMXReader(source: MemoryByteSource(tmx), fileName: "p.tmx")
    var lines: [Int?] = []
    while try reader.next() != nil { lines.append(reader.lineOfLastUnit) }
    #expect(lines == [4, 6])
  }
}
