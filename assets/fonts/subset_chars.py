#!/usr/bin/env python3
"""Helper for cut-subset.sh: character set, renaming and verification of the
bundled CJK font (Faultline CJK, a renamed subset of Noto Sans CJK TC).

Sub-commands (all paths are explicit; cut-subset.sh passes them):

  find-index --font TTC --psname NotoSansCJKtc-Regular
      Print the index of that face inside the TTC collection.

  charset  --root DIR --font TTC --index N --out UNICODES_FILE
      Compute the required character set, write it (hex code points, one a
      line, only those the source face has) for `pyftsubset --unicodes-file`,
      write the full required set next to it (UNICODES_FILE.required), and
      print a report, including every project-text character the font lacks.

  ofl --font TTC --index N --copyright /usr/share/doc/fonts-noto-cjk/copyright --out OFL.txt
      Write the licence: upstream copyright line + SIL OFL 1.1 text.

  verify   (same arguments as finalize) checks only, changes nothing.

  finalize --font OTF --required UNICODES_FILE.required --source TTC --index N
      Rename the subset (name table and CFF names) to "Faultline CJK" /
      FaultlineCJK-Regular, save it in place, then re-open it and verify the
      names and that every required character the source face has is in the
      cmap. Exits non-zero if a check fails.

Needs fontTools (Debian: fonttools / python3-fonttools).
"""
import argparse
import collections
import glob
import json
import os
import re
import sys
import unicodedata

FAMILY = "Faultline CJK"
SUBFAMILY = "Regular"
FULL_NAME = "Faultline CJK Regular"
PS_NAME = "FaultlineCJK-Regular"

# A few extra symbols that UI text and the seeds tend to use (only the ones
# the font has end up in the subset).
EXTRA_SYMBOLS = (
    "←↑→↓↔↕⇒⇔"        # arrows
    "●○◎◆◇■□▲△▼▽★☆※"   # geometric shapes / reference mark
    "×÷±°′″℃№™"        # math-ish and letterlike
    "①②③④⑤⑥⑦⑧⑨⑩"    # circled digits
    "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"    # roman numerals
    "\ufffd"            # replacement character
)


# --------------------------------------------------------------------------
# character sources


def big5_level1():
    """The 5,401 frequently used hanzi: Big5 0xA440-0xC67E."""
    out = set()
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            code = (lead << 8) | trail
            if not 0xA440 <= code <= 0xC67E:
                continue
            try:
                out.add(bytes([lead, trail]).decode("big5"))
            except UnicodeDecodeError:
                pass
    return out


def gb2312_all():
    """Every valid 2-byte GB2312 (EUC-CN) code: 6,763 hanzi + 682 symbols."""
    out = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                out.add(bytes([lead, trail]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def code_range(lo, hi):
    return {chr(c) for c in range(lo, hi + 1)}


_U_ESC = re.compile(r"\\u([0-9a-fA-F]{4})")


def decode_java_escapes(text):
    """Decode \\uXXXX escapes (Java .properties), joining surrogate pairs."""
    def repl(m):
        return chr(int(m.group(1), 16))
    s = _U_ESC.sub(repl, text)
    # join surrogate pairs produced by escapes such as \ud83d\ude00
    return s.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


_CSS_ESC = re.compile(r"\\([0-9a-fA-F]{1,6})\s?")


def decode_css_escapes(text):
    def repl(m):
        cp = int(m.group(1), 16)
        if 0 < cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF:
            return chr(cp)
        return ""
    return _CSS_ESC.sub(repl, text)


def read_text(path):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Java's old default for .properties files
        return data.decode("iso-8859-1")


def json_strings(obj, out):
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.append(str(k))
            json_strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            json_strings(v, out)


def read_json_chars(path):
    text = read_text(path)
    parts = [text]
    try:
        strings = []
        json_strings(json.loads(text), strings)
        parts.extend(strings)
    except ValueError:
        # not (yet) valid JSON: fall back on decoding \\uXXXX escapes
        parts.append(decode_java_escapes(text))
    return "".join(parts)


def project_texts(root):
    """Yield (relative path, text) for every project file whose characters
    must be covered."""
    pats = [
        ("seeds/*.txt", read_text),
        ("assets/model/*.json", read_json_chars),
        ("src/main/resources/**/*.properties",
         lambda p: decode_java_escapes(read_text(p))),
        ("src/main/resources/**/*.css",
         lambda p: decode_css_escapes(read_text(p))),
        ("src/main/resources/**/*.fxml", read_text),
        # UI text that lives in code (e.g. date formats such as 年/月/日)
        ("src/main/java/**/*.java", lambda p: decode_java_escapes(read_text(p))),
    ]
    for pat, reader in pats:
        for path in sorted(glob.glob(os.path.join(root, pat), recursive=True)):
            if os.path.isfile(path):
                yield os.path.relpath(path, root), reader(path)


def wanted(ch):
    """Characters that may need a glyph (not controls, not surrogates)."""
    cat = unicodedata.category(ch)
    return cat not in ("Cc", "Cs")


# --------------------------------------------------------------------------
# commands


def load_face(path, index):
    from fontTools.ttLib import TTFont
    return TTFont(path, fontNumber=index, lazy=True)


def fmt(ch):
    return "U+%04X %s (%s)" % (ord(ch), ch if unicodedata.category(ch)[0] not in "CM" else " ",
                               unicodedata.name(ch, "unnamed"))


def cmd_charset(args):
    face = load_face(args.font, args.index)
    name = face["name"].getDebugName(4)
    cmap = face.getBestCmap()
    print("source face: %s #%d = %s (%d cmap entries)" % (args.font, args.index, name, len(cmap)))

    sets = collections.OrderedDict()
    sets["Big5 level 1 (A440-C67E)"] = big5_level1()
    sets["GB2312"] = gb2312_all()
    sets["ASCII printable"] = code_range(0x20, 0x7E)
    sets["Latin-1 Supplement"] = code_range(0xA0, 0xFF)
    sets["General Punctuation"] = code_range(0x2000, 0x206F)
    sets["CJK Symbols and Punctuation"] = code_range(0x3000, 0x303F)
    sets["Halfwidth and Fullwidth Forms"] = code_range(0xFF00, 0xFFEF)
    sets["extra UI symbols"] = set(EXTRA_SYMBOLS)

    where = collections.defaultdict(set)   # char -> files
    nfiles = 0
    for rel, text in project_texts(args.root):
        nfiles += 1
        for ch in text:
            if wanted(ch):
                where[ch].add(rel)
    sets["project text (%d files)" % nfiles] = set(where)

    required = set()
    for label, chars in sets.items():
        chars = {c for c in chars if wanted(c)}
        have = sum(1 for c in chars if ord(c) in cmap)
        print("  %-36s %6d chars, %6d in font" % (label, len(chars), have))
        required |= chars
    covered = sorted(c for c in required if ord(c) in cmap)
    print("required: %d chars, %d of them in the font" % (len(required), len(covered)))

    # invisible format characters (BOM, zero-width joiners, bidi marks) need
    # no glyph, so a font lacking them is not worth a line
    lacking = sorted((c for c in where if ord(c) not in cmap
                      and unicodedata.category(c) != "Cf"), key=ord)
    if lacking:
        print("project-text characters the font lacks (%d; not covered, not an error):" % len(lacking))
        for c in lacking:
            files = sorted(where[c])
            more = "" if len(files) <= 3 else " +%d more" % (len(files) - 3)
            print("    %s  in %s%s" % (fmt(c), ", ".join(files[:3]), more))
    else:
        print("project-text characters the font lacks: none")

    with open(args.out, "w", encoding="ascii") as fh:
        for c in covered:
            fh.write("%04X\n" % ord(c))
    with open(args.out + ".required", "w", encoding="ascii") as fh:
        for c in sorted(required, key=ord):
            fh.write("%04X\n" % ord(c))
    return 0


def set_name(table, name_id, value):
    # Windows Unicode English and Mac Roman English, like most fonts
    table.setName(value, name_id, 3, 1, 0x409)


def cmd_finalize(args):
    from fontTools.ttLib import TTFont
    font = TTFont(args.font, recalcTimestamp=False)
    # keep the source's timestamp so that re-runs give identical bytes
    font["head"].modified = load_face(args.source, args.index)["head"].modified
    name = font["name"]
    src_ps = name.getDebugName(6) or ""
    src_full = name.getDebugName(4) or ""
    version = font["head"].fontRevision

    # drop every family/style/ID record (all platforms and languages,
    # including the zh-TW localised "Noto Sans CJK TC"), then write ours.
    renamed_ids = (1, 2, 3, 4, 6, 16, 17, 18, 20, 21, 22, 25)
    name.names = [r for r in name.names if r.nameID not in renamed_ids]
    set_name(name, 1, FAMILY)
    set_name(name, 2, SUBFAMILY)
    set_name(name, 3, "%.3f;%s;subset of %s" % (version, PS_NAME, src_ps))
    set_name(name, 4, FULL_NAME)
    set_name(name, 6, PS_NAME)
    set_name(name, 16, FAMILY)
    set_name(name, 17, SUBFAMILY)
    old5 = name.getDebugName(5) or ("Version %.3f" % version)
    if "Faultline" not in old5:
        set_name(name, 5, "%s; Faultline subset of %s" % (old5, src_full))
    name.names.sort(key=lambda r: (r.platformID, r.platEncID, r.langID, r.nameID))

    if "CFF " in font:
        cff = font["CFF "].cff
        old = cff.fontNames[0]
        cff.fontNames = [PS_NAME]
        top = cff.topDictIndex[0]
        if hasattr(top, "FullName"):
            top.FullName = FULL_NAME
        if hasattr(top, "FamilyName"):
            top.FamilyName = FAMILY
        fdarray = getattr(top, "FDArray", None)
        if fdarray is not None:
            for fd in fdarray:
                fn = getattr(fd, "FontName", None)
                if fn and fn.startswith(old):
                    fd.FontName = PS_NAME + fn[len(old):]
    font.save(args.font)
    font.close()
    return verify(args)


def verify(args):
    from fontTools.ttLib import TTFont
    ok = True
    font = TTFont(args.font)
    name = font["name"]
    for nid, want in ((1, FAMILY), (2, SUBFAMILY), (4, FULL_NAME), (6, PS_NAME),
                      (16, FAMILY), (17, SUBFAMILY)):
        got = name.getDebugName(nid)
        if got != want:
            print("FAIL: name ID %d is %r, want %r" % (nid, got, want))
            ok = False
    leftovers = [r for r in name.names if r.nameID in (1, 3, 4, 6, 16, 17)
                 and "noto" in r.toUnicode().lower()
                 and r.nameID != 3]
    for r in leftovers:
        print("FAIL: name ID %d (lang %#x) still says %r" % (r.nameID, r.langID, r.toUnicode()))
        ok = False
    if "CFF " in font:
        cff = font["CFF "].cff
        if cff.fontNames != [PS_NAME]:
            print("FAIL: CFF font name %r" % cff.fontNames)
            ok = False
        top = cff.topDictIndex[0]
        for fd in getattr(top, "FDArray", []) or []:
            if "Noto" in (getattr(fd, "FontName", "") or ""):
                print("FAIL: CFF FDArray FontName %r" % fd.FontName)
                ok = False

    cmap = font.getBestCmap()
    src = load_face(args.source, args.index).getBestCmap()
    with open(args.required, encoding="ascii") as fh:
        required = [int(line, 16) for line in fh if line.strip()]
    need = [cp for cp in required if cp in src]
    missing = [cp for cp in need if cp not in cmap]
    if missing:
        ok = False
        print("FAIL: %d required characters the source has are not in the subset cmap: %s"
              % (len(missing), " ".join("U+%04X" % cp for cp in missing[:40])))
    nglyphs = font["maxp"].numGlyphs
    size = os.path.getsize(args.font)
    print("verify: family %r, PostScript %r, %d glyphs, %d cmap entries, "
          "%d/%d required chars present (%d lacking in source), %d bytes"
          % (name.getDebugName(1), name.getDebugName(6), nglyphs, len(cmap),
             len(need) - len(missing), len(required), len(required) - len(need), size))
    if size >= args.max_bytes:
        print("FAIL: %d bytes, limit %d" % (size, args.max_bytes))
        ok = False
    print("verify: %s" % ("OK" if ok else "FAILED"))
    return 0 if ok else 1


def cmd_ofl(args):
    """Write OFL.txt: the upstream copyright line (built from the source
    face's name ID 0, plus upstream's Reserved Font Name 'Source') and the
    SIL OFL 1.1 text as Debian ships it in the package's copyright file."""
    face = load_face(args.font, args.index)
    notice = (face["name"].getDebugName(0) or "").strip()
    m = re.match(r"^(?:\u00a9|\(c\)|Copyright)\s*(.*?)\.?$", notice, re.I)
    if not m:
        print("unexpected copyright notice %r" % notice, file=sys.stderr)
        return 1
    copyright_line = ("Copyright %s, with Reserved Font Name 'Source'." % m.group(1))

    # DEP-5: paragraphs are separated by blank lines; the licence text is the
    # stand-alone paragraph "License: SIL-1.1" followed by indented lines.
    with open(args.copyright, encoding="utf-8") as fh:
        paragraphs = fh.read().split("\n\n")
    body = []
    for para in paragraphs:
        lines = para.strip("\n").split("\n")
        if lines[0].strip() == "License: SIL-1.1" and len(lines) > 1:
            for line in lines[1:]:
                text = line[1:] if line.startswith(" ") else line
                body.append("" if text.strip() == "." else text)
            break
    while body and not body[-1].strip():
        body.pop()
    if not any("SIL OPEN FONT LICENSE Version 1.1" in b for b in body):
        print("no SIL OFL 1.1 text found in %s" % args.copyright, file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(copyright_line + "\n\n")
        fh.write("This Font Software is licensed under the SIL Open Font License, Version 1.1.\n")
        fh.write("This license is copied below, and is also available with a FAQ at:\n")
        fh.write("https://openfontlicense.org\n\n\n")
        fh.write("\n".join(body) + "\n")
    print("wrote %s (%s)" % (args.out, copyright_line))
    return 0


def cmd_find_index(args):
    """Print the index of the face whose PostScript name is args.psname."""
    from fontTools.ttLib import TTCollection
    coll = TTCollection(args.font, lazy=True)
    for i, face in enumerate(coll.fonts):
        if face["name"].getDebugName(6) == args.psname:
            print(i)
            return 0
    print("no face named %s in %s" % (args.psname, args.font), file=sys.stderr)
    return 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("charset")
    a.add_argument("--root", required=True)
    a.add_argument("--font", required=True)
    a.add_argument("--index", type=int, required=True)
    a.add_argument("--out", required=True)
    b = sub.add_parser("finalize")
    c = sub.add_parser("verify")
    for p in (b, c):
        p.add_argument("--font", required=True)
        p.add_argument("--required", required=True)
        p.add_argument("--source", required=True)
        p.add_argument("--index", type=int, required=True)
        p.add_argument("--max-bytes", type=int, default=10 * 1024 * 1024)
    d = sub.add_parser("find-index")
    d.add_argument("--font", required=True)
    d.add_argument("--psname", required=True)
    e = sub.add_parser("ofl")
    e.add_argument("--font", required=True)
    e.add_argument("--index", type=int, required=True)
    e.add_argument("--copyright", required=True)
    e.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    if args.cmd == "ofl":
        return cmd_ofl(args)
    if args.cmd == "find-index":
        return cmd_find_index(args)
    if args.cmd == "charset":
        return cmd_charset(args)
    if args.cmd == "finalize":
        return cmd_finalize(args)
    return verify(args)


if __name__ == "__main__":
    sys.exit(main())
