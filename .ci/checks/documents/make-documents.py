"""Makes the documents that 46-documents.sh reads, from the sample article and its translation.

make-documents.py SAMPLES OUT writes into OUT:
  article.LANG.txt   a title line, then the sample's lines (the plain-text reference)
  article.LANG.html  <nav>, <script>, <main><article><h1> and a <p> per line with <em>/<a>, a <footer>
  article.LANG.md    '# title', a paragraph per line (hard-wrapped) with **, _, [..](..) and `code`
  article.LANG.docx  python-docx: a Heading 1, a paragraph per line with bold/italic runs, a page footer
  article.LANG.xlf   monolingual XLIFF 1.2, one trans-unit (id pN) per line, <g>/<x/> inline codes
  units-12.xlf, units-20.xlf, units.po   18 bilingual units (the 14 lines and 4 short ones)
  cues.srt           3 subtitle cues with <i> tags and two-line cues
LANG is de and en.
"""
import html
import sys
from xml.sax.saxutils import escape, quoteattr

import docx

samples, out = sys.argv[1], sys.argv[2]
TITLES = {"de": "Putin und Kim unterzeichnen Partnerschaftsabkommen", "en": "Putin and Kim sign partnership agreement"}
EXTRA = [("Von unserer Korrespondentin", "By our correspondent"), ("Mehr lesen", "Read more"),
         ("Foto: Kreml", "Photo: Kremlin"), ("Aktualisiert am 19. Juni", "Updated on 19 June")]


def read(lang):
    with open(f"{samples}/putin-kim-summit.{lang}.txt", encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html_line(line):
    words = line.split(" ")
    out = []
    for k, w in enumerate(words):
        if len(words) > 6 and k == 2:
            out.append(f"<em>{html.escape(w)}</em>")
        elif len(words) > 6 and k == 5:
            out.append(f'<a href="https://example.org/a?x=1&amp;y=2">{html.escape(w)}</a>')
        else:
            out.append(html.escape(w))
    return " ".join(out)


def markdown_line(line):
    words = line.split(" ")
    if len(words) > 8:
        words[2] = f"**{words[2]}**"
        words[5] = f"[{words[5]}](https://example.org/a_b)"
        words[7] = f"_{words[7]}_"
    # hard-wrapped at about 60 columns, as Markdown sources often are
    lines, current = [], ""
    for w in words:
        if current and len(current) + len(w) > 60:
            lines.append(current)
            current = w
        else:
            current = f"{current} {w}" if current else w
    lines.append(current)
    return "\n".join(lines)


for lang in ("de", "en"):
    lines, title = read(lang), TITLES[lang]
    write(f"{out}/article.{lang}.txt", "\n".join([title] + lines) + "\n")
    body = "\n".join(f"<p>{html_line(line)}</p>" for line in lines)
    write(f"{out}/article.{lang}.html", f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>p {{ margin: 0 }}</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<main><article>
<h1>{html.escape(title)}</h1>
{body}
</article></main>
<footer><p>&copy; 2024 Example News. All rights reserved.</p></footer>
</body></html>
""")
    write(f"{out}/article.{lang}.md", f"# {title}\n\n" + "\n\n".join(markdown_line(line) for line in lines) + "\n")

    document = docx.Document()
    document.add_heading(title, level=1)
    for line in lines:
        words = line.split(" ")
        paragraph = document.add_paragraph()
        for k, w in enumerate(words):
            run = paragraph.add_run(w + (" " if k + 1 < len(words) else ""))
            run.bold = k == 2 and len(words) > 6
            run.italic = k == 5 and len(words) > 6
    document.sections[0].footer.paragraphs[0].text = "Example News. All rights reserved."
    document.save(f"{out}/article.{lang}.docx")

    units = []
    for i, line in enumerate(lines):
        words = [escape(w) for w in line.split(" ")]
        words[1] = f'<g id="1" ctype="bold">{words[1]}</g>'
        words[3] = words[3] + '<x id="2"/>'
        units.append(f'      <trans-unit id="p{i + 1}"><source>{" ".join(words)}</source></trans-unit>')
    write(f"{out}/article.{lang}.xlf", f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="article.html" source-language="{lang}" datatype="html">
    <body>
""" + "\n".join(units) + "\n    </body>\n  </file>\n</xliff>\n")

pairs = list(zip(read("de"), read("en"))) + EXTRA
assert len(pairs) == 18, len(pairs)
v12 = "\n".join(
    f'      <trans-unit id="u{i + 1}"><source>{escape(s)}</source><target state="translated">{escape(t)}</target></trans-unit>'
    for i, (s, t) in enumerate(pairs))
write(f"{out}/units-12.xlf", f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="article.html" source-language="de" target-language="en" datatype="html">
    <body>
{v12}
    </body>
  </file>
</xliff>
""")
v20 = "\n".join(
    f'    <unit id="u{i + 1}"><segment><source>{escape(s)}</source><target>{escape(t)}</target></segment></unit>'
    for i, (s, t) in enumerate(pairs))
write(f"{out}/units-20.xlf", f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="de" trgLang="en">
  <file id="f1">
{v20}
  </file>
</xliff>
""")


def po_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


po = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: en\\n"',
      '"X-Source-Language: de\\n"', ""]
for i, (s, t) in enumerate(pairs):
    po += [f"#: article.html:{i + 1}", f"msgid {po_string(s)}", f"msgstr {po_string(t)}", ""]
write(f"{out}/units.po", "\n".join(po))

write(f"{out}/cues.srt", """1
00:00:01,000 --> 00:00:04,200
<i>Putin and Kim signed</i>
a new agreement on Wednesday.

2
00:00:04,500 --> 00:00:07,000
It includes a pledge of mutual support.

3
00:00:07,300 --> 00:01:02,450
- Is it an alliance?
- Kim says it is.
""")
