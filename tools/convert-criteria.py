#!/usr/bin/env python3
"""Chuyển bộ tiêu chí (criteria sheets) from the shared research JSON into the app's own format.

Reads  <shared>/domain/criteria/{qd26-2026,qd148-2023}/*.json  (default shared = ../shared, next to the repo)
Writes src/main/resources/criteria/{qd26-2026,qd148-2023}/*.json, one file per sheet, same file names.

Re-run from the repository root:   python3 tools/convert-criteria.py [path/to/shared]
The output is written exactly as the application's SheetJson writes it (2-space indent, "key": value,
UTF-8, trailing newline), so SheetJson.write(SheetJson.read(file)) is byte-identical to the file.
The format is described in docs/criteria-format.md.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
OUT = ROOT / "src/main/resources/criteria"

STATUS = {"OFFICIAL_TRANSCRIBED": "OFFICIAL", "HISTORICAL": "HISTORICAL"}
CLASSIFICATION_VERSION = {"qd26-2026": "QD26-2026", "qd148-2023": "QD148-2023"}
LEAF_148 = "I.1.a"  # the only 148-era sheet is "Rau, củ, quả, hạt tươi" (QD148-2023 leaf I.1.a)

# Notes that are knock-out rules (matched case-insensitively); the text stays in `notes` too.
KNOCK_OUT_WORDS = ["bị loại", "loại bỏ", "không đánh giá các bước tiếp theo",
                   "không xem xét các chỉ tiêu khác", "không đánh giá những sản phẩm"]


def is_knock_out(note):
    low = note.lower()
    return any(word in low for word in KNOCK_OUT_WORDS)


def knock_outs(code, notes):
    found = [n for n in notes if is_knock_out(n)]
    return [{"code": f"{code}-KO" + ("" if i == 0 else str(i + 1)), "text": n} for i, n in enumerate(found)]


def split_outside_parentheses(text, pattern):
    """Splits on `pattern` matches that are not inside (...): [(separator before, piece), ...]."""
    parts, depth, start, i, sep, regex = [], 0, 0, 0, "", re.compile(pattern)
    while i < len(text):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        m = regex.match(text, i) if depth == 0 else None
        if m and m.end() > i:
            parts.append((sep, text[start:i]))
            sep, start, i = m.group(0), m.end(), m.end()
            continue
        i += 1
    parts.append((sep, text[start:]))
    return parts


def disqualifications(text):
    """Splits "Hồ sơ bị loại khi" into D1, D2, … on "; hoặc", ";" and " hoặc " outside parentheses.

    A piece that does not open a condition of its own (it does not start with "không", "giả mạo" or
    "hồ sơ", e.g. "giấy phép sản xuất theo quy định" in QĐ26-17) stays joined to the piece before it.
    """
    if not text:
        return []
    pieces = []
    for sep, raw in split_outside_parentheses(text, r";\s*hoặc\s+|;\s*|\s+hoặc\s+"):
        piece = raw.strip().rstrip(".;").strip()
        if pieces and not re.match(r"(không|giả mạo|hồ sơ)\b", piece, re.I):
            pieces[-1] = pieces[-1] + sep + piece
        elif piece:
            pieces.append(piece)
    return [{"code": f"D{i + 1}", "text": p[0].upper() + p[1:]} for i, p in enumerate(pieces)]


def option(o):
    return {"code": o["code"], "label": o["label"], "points": o["points"],
            "minStar": o["minStar"], "variant": o.get("variant")}


def criterion(c):
    return {"code": c["code"], "name": c["name"], "max": c["max"],
            "wardAssessed": c["wardAssessed"], "wardItem": c["wardItem"],
            "notes": c["notes"], "knockOuts": knock_outs(c["code"], c["notes"]),
            "options": [option(o) for o in c["options"]],
            "subCriteria": [criterion(s) for s in c["subCriteria"]]}


def section(s):
    return {"code": s["code"], "name": s["name"], "max": s["max"], "notes": s["notes"],
            "knockOuts": knock_outs(s["code"], s["notes"]),
            "criteria": [criterion(c) for c in s["criteria"]]}


def as_text(value):
    return None if value is None else str(value)


def sheet(d, folder):
    leaf = d["classification"]["code"] or LEAF_148
    src = d["source"]
    return {
        "code": d["code"], "version": 1, "decision": d["decision"], "name": d["name"],
        "header": d["classification"].get("sheetHeader"),
        "effectiveFrom": d["effectiveFrom"], "effectiveUntil": d.get("effectiveUntil"),
        "status": STATUS[d["status"]], "checkedAgainstSignedText": False,
        "source": {"document": src.get("document"), "official": src.get("official"),
                   "transcribedFrom": src.get("transcribedFrom"), "trust": src.get("trust")},
        "classificationVersion": CLASSIFICATION_VERSION[folder], "appliesTo": [leaf],
        "disqualifiedWhen": d["disqualifiedWhen"],
        "disqualifications": disqualifications(d["disqualifiedWhen"]),
        "notes": d["notes"],
        "parts": [{"code": p["code"], "name": p["name"], "max": p["max"],
                   "sections": [section(s) for s in p["sections"]]} for p in d["parts"]],
        "corrections": [{k: as_text(c.get(k)) for k in ("target", "label", "field", "from", "to", "reason")}
                        for c in d["corrections"]],
    }


def main():
    count = 0
    for folder in CLASSIFICATION_VERSION:
        target = OUT / folder
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted((SHARED / "domain/criteria" / folder).glob("*.json")):
            converted = sheet(json.loads(path.read_text(encoding="utf-8")), folder)
            text = json.dumps(converted, ensure_ascii=False, indent=2) + "\n"
            (target / path.name).write_text(text, encoding="utf-8")
            count += 1
    print(f"{count} sheets written to {OUT}")


if __name__ == "__main__":
    main()
