// Counts <tu> elements and segment characters with Foundation's XMLParser (libxml2 SAX),
// streaming from an InputStream. bench-tmx.sh compiles and runs it (COMPARE_XMLPARSER=1)
// to compare Foundation's parser with Tandem's on the same file.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

final class Counter: NSObject, XMLParserDelegate {
  var units = 0
  var characters = 0
  var inSegment = false
  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
              attributes: [String: String] = [:]) {
    if name == "tu" { units += 1 }
    if name == "seg" { inSegment = true }
  }
  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "seg" { inSegment = false }
  }
  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inSegment { characters += string.utf16.count }
  }
}

guard CommandLine.arguments.count == 2, let stream = InputStream(fileAtPath: CommandLine.arguments[1]) else {
  print("usage: xmlparser-count FILE.tmx")
  exit(2)
}
let parser = XMLParser(stream: stream)
let counter = Counter()
parser.delegate = counter
parser.shouldResolveExternalEntities = false
let ok = parser.parse()
print("\(counter.units) units, \(counter.characters) UTF-16 units of text, ok=\(ok)")
