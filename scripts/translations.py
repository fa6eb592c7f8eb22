"""Updates the Qt Linguist sources from the code and builds the .qm files.

    python scripts/translations.py          # lupdate + lrelease
    python scripts/translations.py --check  # exit 1 when the .qm is stale or strings are untranslated

The .ts files in resources/translations/ are edited with Qt Linguist
(pyside6-linguist); the .qm files are built from them and committed so that a
wheel and a frozen build carry them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["en"]


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    gui = ROOT / "hotline_desk" / "gui"
    code = (p for p in gui.rglob("*.py") if p.parent.name != "forms")  # forms: from their .ui
    return sorted(str(p) for p in [*code, *(ROOT / "ui").glob("*.ui")])


def untranslated(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or "").strip()
        ):
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            missing.append(message.findtext("source") or "")
    return missing


def set_translation(ts: Path, source: str, text: str) -> None:
    tree = ET.parse(ts)
    found = False
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == source:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            found = True
    if not found:
        raise SystemExit(f"{ts.name}: no source text {source!r} (run without --set first)")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    parser.add_argument(
        "--set",
        nargs=3,
        action="append",
        default=[],
        metavar=("LANG", "SOURCE", "TEXT"),
        help="fill in one translation without opening Linguist",
    )
    args = parser.parse_args()
    for language, source, text in args.set:
        set_translation(TRANSLATIONS / f"hotline_desk_{language}.ts", source, text)
    status = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"hotline_desk_{language}.ts"
        qm = TRANSLATIONS / f"hotline_desk_{language}.qm"
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh_ts = Path(tmp) / ts.name
                shutil.copy(ts, fresh_ts)
                subprocess.run(
                    [tool("pyside6-lupdate"), *sources(), "-ts", str(fresh_ts), "-no-obsolete"],
                    check=True,
                    capture_output=True,
                )
                missing = untranslated(fresh_ts)
                fresh_qm = Path(tmp) / qm.name
                subprocess.run(
                    [tool("pyside6-lrelease"), str(ts), "-qm", str(fresh_qm)],
                    check=True,
                    capture_output=True,
                )
                stale = not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes()
            if missing:
                print(f"{ts.name}: {len(missing)} untranslated: {missing[:10]}")
                status = 1
            if stale:
                print(f"{qm.name} is older than {ts.name}: run scripts/translations.py")
                status = 1
            continue
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-ts",
                str(ts),
                "-no-obsolete",
                "-source-language",
                "zh_CN",
                "-target-language",
                language,
            ],
            check=True,
        )
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    status |= build_qt_fixes(check=args.check)
    return status


def build_qt_fixes(check: bool) -> int:
    """Our Chinese for Qt's own strings its translation has not caught up with
    (qt_fixes_*.ts, written by hand: there is no code of ours to scan)."""
    status = 0
    for ts in sorted(TRANSLATIONS.glob("qt_fixes_*.ts")):
        qm = ts.with_suffix(".qm")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            subprocess.run(
                [tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)],
                check=True,
                capture_output=True,
            )
            if not check:
                shutil.copy(fresh, qm)
            elif not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                print(f"{qm.name} is older than {ts.name}: run scripts/translations.py")
                status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
