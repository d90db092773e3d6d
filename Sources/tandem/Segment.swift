import ArgumentParser
import Documents
import Foundation
import Segmentation

extension Tandem {
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Split text into sentences, one per line.",
      discussion: """
        Reads UTF-8 (with or without a byte order mark) or UTF-16 with a byte \
        order mark. A blank line ends a paragraph; in a text without blank \
        lines, each line is a paragraph. No sentence continues past a line that \
        ends with . ! ? or …; a line without such punctuation (a heading, a \
        caption) is a sentence of its own, unless it ends in a space, comma or \
        semicolon (a soft wrap).

        German (de) and English (en) have rules on top of ICU's sentence \
        breaks: abbreviations, ordinals, initials, Roman numerals, ellipses, \
        lists, quotes. Add abbreviations and words in a rules directory \
        (--rules, or $TANDEM_RULES_DIR) holding LANG.abbreviations.txt and \
        LANG.words.txt in the format of the shipped files \
        (Sources/Segmentation/Rules/). Other languages get ICU's rules alone.

        --srx FILE segments with the rules of an SRX 1.0/2.0 file (as OmegaT, \
        Okapi, Trados and memoQ export them) instead; each line is then a \
        paragraph of its own, as in a CAT tool's plain-text filter. --srx \
        omegat uses rules built in that segment as OmegaT 3.6's defaults do, \
        so that a TMX from 'tandem align --srx omegat' fills OmegaT's \
        segments. --export-srx writes Tandem's own rules as SRX for a CAT \
        tool and says on standard error what SRX cannot express.

        Output formats:
          lines   one sentence a line, a blank line between paragraphs; a \
        sentence wrapped over lines is joined with a space.
          json    a JSON array of {"paragraph", "start", "end", "text"}; start \
        and end are UTF-16 offsets into the decoded text (no byte order mark, \
        LF line endings), text is exactly that range.
        Documents (--input-format, or the extension: .html, .md, .docx, .odt, \
        .xlf, .po, .srt) are read block by block (headings, paragraphs, list \
        items, table cells, cues, units); no sentence crosses a block, and \
        markup never reaches a sentence. A sentence's "paragraph" is then its \
        block's index, and start and end are offsets into the block's text. \
        --unwrap reads plain text exported from PDF: the lines of a paragraph \
        are rejoined and words hyphenated at line ends put back together.
        --jsonl reads JSON lines {"id": ..., "text": ...} on standard input and \
        writes one JSON array of sentences per line, in order.

        EXAMPLES:
          tandem segment --lang de article.txt
          tandem segment --lang en --format json notes.txt > notes.json
          tandem segment --lang de article.html
          tandem segment --lang de --unwrap report-from-pdf.txt
          cat article.txt | tandem segment --lang de -
          echo '{"id":1,"text":"Dr. Smith left. He was late."}' | tandem segment --lang en --jsonl
          TANDEM_RULES_DIR=~/tandem-rules tandem segment --lang de article.txt
          tandem segment --lang de --srx omegat article.txt
          tandem segment --lang de --srx segment.srx article.txt
          tandem segment --export-srx > tandem.srx
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case lines, json
    }

    @Argument(help: "Input file, or '-' for standard input.", completion: .file())
    var input = "-"

    @Option(name: .customLong("lang"), help: "Language of the input as a BCP 47 tag, e.g. 'de' or 'en-GB'.")
    var language = ""

    @Option(help: "Output format: lines or json.")
    var format: Format = .lines

    @Flag(help: "Read JSON lines {\"id\", \"text\"} on standard input; write a JSON array of sentences per line.")
    var jsonl = false

    @Option(
      name: .customLong("rules"),
      help: ArgumentHelp(
        "Directory with extra rule files LANG.abbreviations.txt and LANG.words.txt (default: $TANDEM_RULES_DIR).",
        valueName: "dir"),
      completion: .directory)
    var rulesDirectory: String?

    @Option(help: SRXOption.help, completion: .file(extensions: ["srx"]))
    var srx: String?

    @Flag(help: "Write Tandem's own rules (all languages) as an SRX 2.0 file to standard output and exit.")
    var exportSRX = false
    @OptionGroup var documents: DocumentInputOptions

    func validate() throws {
      if exportSRX {
        guard srx == nil, rulesDirectory == nil, !jsonl else {
          throw ValidationError("--export-srx writes Tandem's shipped rules; drop --srx, --rules and --jsonl.")
        }
        return
      }
      guard !language.isEmpty else {
        throw ValidationError("Missing --lang: give the language of the input, e.g. '--lang de'.")
      }
      guard language.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
        throw ValidationError("'\(language)' is not a BCP 47 language tag; write e.g. 'de' or 'en-GB'.")
      }
      if jsonl && input != "-" {
        throw ValidationError("--jsonl reads standard input; drop the file argument '\(input)'.")
      }
      if jsonl && format != .lines {
        throw ValidationError("--jsonl has its own output; drop --format.")
      }
    }

    func run() throws {
      var output = StandardOutput()
      if exportSRX {
        Self.exportSRX(into: &output)
        output.flush()
        return
      }
      let segmenter: SentenceSegmenter
      if let srx {
        guard rulesDirectory == nil else {
          throw ValidationError("--rules extends Tandem's rules, which --srx replaces; drop one of them.")
        }
        segmenter = try SRXOption.segmenter(argument: srx, language: language)
      } else {
        let (found, warning) = try Self.segmenter(
          language: language, rulesDirectory: rulesDirectory, environment: ProcessInfo.processInfo.environment)
        if let warning { StandardError.print(warning) }
        segmenter = found
      }
      if jsonl {
        try segmentJSONLines(with: segmenter, into: &output)
      } else {
        let file = InputFile(argument: input)
        let sentences: [Sentence]
        switch try file.readDocument(options: documents, language: language, isTarget: false).content {
        case .text(let text): sentences = try segmenter.sentences(in: Document(text: text, name: file.displayName))
        case .blocks(let blocks): sentences = try segmenter.sentences(inBlocks: blocks)
        }
        switch format {
        case .lines: Self.writeLines(sentences, into: &output)
        case .json: Self.writeJSON(sentences, into: &output)
        }
      }
      output.flush()
    }

    /// The shipped rules for `language` plus those in `rulesDirectory` (or
    /// $TANDEM_RULES_DIR in `environment`), and a warning when the language
    /// has no rules at all.
    static func segmenter(
      language: String, rulesDirectory: String?, environment: [String: String]
    ) throws -> (segmenter: SentenceSegmenter, warning: String?) {
      var rules = SegmentationRules.builtin(for: language)
      let fromEnvironment = environment["TANDEM_RULES_DIR"].flatMap { $0.isEmpty ? nil : $0 }
      if let directory = rulesDirectory ?? fromEnvironment {
        let source = rulesDirectory != nil ? "--rules" : "TANDEM_RULES_DIR"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
          throw InputFileError.notADirectory(directory, source: source)
        }
        let names = SegmentationRules.fileNames(for: language)
        let url = URL(fileURLWithPath: directory)
        for name in [names.abbreviations, names.words] {
          let path = url.appendingPathComponent(name).path
          guard FileManager.default.fileExists(atPath: path) else { continue }
          let text = try Document(decoding: try InputFile(argument: path).readBytes(), name: path).text
          var extended = rules ?? SegmentationRules()
          if name == names.abbreviations {
            try extended.add(abbreviationsFile: text, name: path)
          } else {
            try extended.add(wordsFile: text, name: path)
          }
          rules = extended
        }
      }
      var warning: String? = nil
      if rules == nil {
        let known = SegmentationRules.builtinLanguages.joined(separator: ", ")
        warning = "warning: no segmentation rules for '\(language)' (rules exist for \(known)); "
          + "using ICU's sentence rules for '\(language)' alone."
      }
      return (SentenceSegmenter(language: language, rules: rules), warning)
    }

    /// Tandem's shipped rules as SRX on `output`; what SRX cannot say goes to standard error.
    static func exportSRX(into output: inout StandardOutput) {
      var rules: [String: SegmentationRules] = [:]
      for language in SegmentationRules.builtinLanguages {
        rules[language] = SegmentationRules.builtin(for: language)
      }
      let exported = SRXRules.tandem(rules)
      output.append(SRXWriter.xml(exported, comment: "Tandem's sentence segmentation rules (tandem segment --export-srx)"))
      StandardError.print("note: SRX cannot express all of Tandem's segmentation; a CAT tool using this file differs where:")
      for limitation in SRXRules.tandemLimitations { StandardError.print("  - \(limitation)") }
    }

    /// One sentence a line, a blank line between paragraphs.
    static func writeLines(_ sentences: [Sentence], into output: inout StandardOutput) {
      var paragraph = sentences.first?.paragraph
      for sentence in sentences {
        if sentence.paragraph != paragraph {
          output.append("\n")
          paragraph = sentence.paragraph
        }
        output.append(sentence.content.joiningLines)
        output.append("\n")
      }
    }

    /// A JSON array, one sentence object a line.
    static func writeJSON(_ sentences: [Sentence], into output: inout StandardOutput) {
      output.append("[")
      for (index, sentence) in sentences.enumerated() {
        output.append(index == 0 ? "\n" : ",\n")
        output.append(
          "{\"paragraph\":\(sentence.paragraph),\"start\":\(sentence.range.lowerBound),\"end\":\(sentence.range.upperBound),\"text\":"
        )
        output.appendJSONString(sentence.content)
        output.append("}")
      }
      output.append(sentences.isEmpty ? "]\n" : "\n]\n")
    }

    /// The protocol of ../shared/tools/score-segmentation: a JSON object with
    /// "text" per input line, a JSON array of sentence strings per output line.
    private func segmentJSONLines(with segmenter: SentenceSegmenter, into output: inout StandardOutput) throws {
      var number = 0
      while let line = readLine(strippingNewline: true) {
        number += 1
        if line.allSatisfy(\.isWhitespace) { continue }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let text = object["text"] as? String
        else {
          throw InputFileError.malformedJSONLine(line: number)
        }
        let document = Document(text: text)
        output.append("[")
        for (index, sentence) in try segmenter.sentences(in: document).enumerated() {
          if index > 0 { output.append(",") }
          output.appendJSONString(sentence.content.joiningLines)
        }
        output.append("]\n")
        output.flush()  // one answer per question, for a client that waits for it
      }
    }
  }
}
