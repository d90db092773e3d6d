import ArgumentParser
import Exchange
import Glibc

extension Tandem {
  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert translation units between TMX, TSV and JSON.",
      discussion: """
        The format follows the file extension: .tmx (TMX 1.1–1.4b in, TMX 1.4b out), \
        .tsv or .tab (source<TAB>target[<TAB>id], with \\t \\n \\r \\\\ escapes and an optional \
        '#de<TAB>en' first line), .json (an array of unit objects) or .jsonl (one object a line). \
        Use --from/--to for standard input and output ('-') or other names.

        The language pair comes from the file (TMX srclang and the variants of the first unit; \
        the TSV '#' line; the JSON objects) unless --source-lang/--target-lang name it. \
        A TMX unit without both languages, or with an empty segment, is skipped and counted. \
        The output file is written under a temporary name and renamed when complete.

        EXAMPLES:
          tandem convert memory.tmx memory.tsv
          tandem convert --source-lang de --target-lang en pairs.tsv pairs.tmx
          tandem convert --to jsonl big.tmx - | head
        """)

    @Argument(help: "Input file, or '-' for standard input (with --from).", completion: .file())
    var input: String
    @Argument(help: "Output file, or '-' for standard output (with --to).", completion: .file())
    var output: String
    @Option(name: .customLong("source-lang"), help: "Source language (BCP 47, e.g. 'de'); default: from the input.")
    var sourceLanguage: String?
    @Option(name: .customLong("target-lang"), help: "Target language (BCP 47, e.g. 'en-GB'); default: from the input.")
    var targetLanguage: String?
    @Option(help: "Input format: tmx, tsv, json or jsonl; default: from the extension.")
    var from: String?
    @Option(help: "Output format: tmx, tsv, json or jsonl; default: from the extension.")
    var to: String?
    @Flag(help: "Put the native code of TMX inline markup (bpt, ept, ph, it, ut) into the text instead of keeping it as markup.")
    var flattenMarkup = false

    func validate() throws {
      for tag in [sourceLanguage, targetLanguage].compactMap({ $0 }) where tag.isEmpty || tag.contains(" ") {
        throw ValidationError("'\(tag)' is not a BCP 47 language tag; write e.g. 'de' or 'en-GB'.")
      }
      _ = try UnitFormat.chosen(named: from, option: "--from", path: input, role: "input")
      _ = try UnitFormat.chosen(named: to, option: "--to", path: output, role: "output")
    }

    func run() throws {
      let inputFormat = try UnitFormat.chosen(named: from, option: "--from", path: input, role: "input")
      let outputFormat = try UnitFormat.chosen(named: to, option: "--to", path: output, role: "output")
      let inputName = input == "-" ? "<stdin>" : input
      let reader = try inputFormat.reader(
        source: FileByteSource(path: input), fileName: inputName, sourceLanguage: sourceLanguage,
        targetLanguage: targetLanguage, inlineMarkup: flattenMarkup ? .flatten : .keep)
      let sink = try AtomicFileSink(path: output, inputs: [input])
      var header = TMXHeader()
      header.sourceLanguage = sourceLanguage
      if let tmx = reader as? TMXReader {  // what the writer cannot make up again
        header.notes = tmx.header.notes
        header.properties = tmx.header.properties
        header.attributes = tmx.header.attributes
      }
      var writer = outputFormat.writer(sink: sink, header: header)
      let progress = isatty(2) != 0
      while let unit = try reader.next() {
        try writer.write(unit)
        if progress && writer.unitCount % 100_000 == 0 { printError("\r\(writer.unitCount) units…", terminator: "") }
      }
      try writer.finish()
      try sink.commit()
      if progress && writer.unitCount >= 100_000 { printError("\r", terminator: "") }

      let outputName = output == "-" ? "<stdout>" : output
      printError("\(outputName): \(units(writer.unitCount)) (\(outputFormat.rawValue.uppercased())).")
      if let tmx = reader as? TMXReader {
        if tmx.skipped.total > 0 { printError("Warning: \(inputName): \(tmx.skipped).") }
        for warning in tmx.warnings { printError("Warning: \(inputName): \(warning).") }
        if tmx.skippedExternalEntities > 0 {
          printError("Warning: \(inputName): \(tmx.skippedExternalEntities) references to external entities were left out (never resolved).")
        }
      }
      if let tmx = writer as? TMXWriter {
        if tmx.removedCharacters > 0 {
          printError("Warning: \(outputName): \(tmx.removedCharacters) characters that XML 1.0 forbids (control characters) were removed.")
        }
        if tmx.repairedCodes > 0 {
          printError("Warning: \(outputName): \(tmx.repairedCodes) inline codes the TMX DTD does not allow as they were (a <bpt>/<ept> without i, an <it> without pos, an unpaired <hi>) were written as <it>/<ph> or dropped.")
        }
        if tmx.skippedEmptyUnits > 0 {
          printError("Warning: \(outputName): \(units(tmx.skippedEmptyUnits)) with an empty (or only white space) source or target left out.")
        }
      }
    }
  }
}

private func units(_ n: Int) -> String { n == 1 ? "1 unit" : "\(n) units" }

/// Prints to standard error (messages never mix with output on stdout).
private func printError(_ message: String, terminator: String = "\n") {
  var bytes = Array((message + terminator).utf8)
  var sink = FileDescriptorSink(descriptor: 2, path: "<stderr>")
  bytes.withUnsafeBytes { try? sink.write($0) }
  bytes.removeAll()
}
