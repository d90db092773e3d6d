import Terminology

/// Writes OmegaT's glossary format: one entry a line, `source<TAB>target<TAB>comment`,
/// UTF-8, no header (OmegaT reads files ending in `.utf8` as UTF-8).
public enum OmegaTGlossaryWriter {
  public static func render(_ entries: [GlossaryEntry]) -> String {
    var out = ""
    for entry in entries {
      out += [entry.source, entry.target, entry.summary].map(GlossaryTSVWriter.flatten).joined(separator: "\t")
      out += "\n"
    }
    return out
  }
}
