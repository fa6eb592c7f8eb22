"""Lists (or adds) the domain texts the window translates but the catalogue lacks.

    python scripts/catalogue_missing.py          # list them
    python scripts/catalogue_missing.py --add    # append them to gui/qt/domain_catalogue.py

The texts: refusal reasons, input-error fields and patterns, the action forms'
labels and choices, and the labels of the domain's enums (states, kinds,
satisfaction, actions, alert kinds). tests/gui/test_translations.py fails on
any of them missing; run this, then scripts/translations.py, then translate.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CATALOGUE = ROOT / "hotline_desk" / "gui" / "qt" / "domain_catalogue.py"


def message_literals() -> tuple[set[str], list[str]]:
    """Fixed message patterns raised in services and domain, and the places that
    build one with an f-string or + (which no catalogue can translate)."""
    literals: set[str] = set()
    built: list[str] = []
    positions = {"InputError": (0, 1), "PhoneCheck": (2,)}
    keywords = {"InputError": ("field", "expected"), "PhoneCheck": ("reason",)}
    for folder in ("services", "domain"):
        for path in sorted((ROOT / "hotline_desk" / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                    continue
                name = node.func.id
                if name not in positions:
                    continue
                args = [node.args[i] for i in positions[name] if i < len(node.args)]
                args += [k.value for k in node.keywords if k.arg in keywords[name]]
                for arg in args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        if not arg.value.isascii():
                            literals.add(arg.value)
                    elif isinstance(arg, ast.JoinedStr | ast.BinOp):
                        built.append(f"{path.name}:{arg.lineno}")
    return literals, built


def action_texts() -> set[str]:
    from hotline_desk.services.ticket_actions import ACTIONS

    texts: set[str] = set()
    for spec in ACTIONS.values():
        texts |= {spec.title, spec.note}
        for field in spec.fields:
            texts |= {field.label, field.none_choice, field.hint}
            texts |= {label for label, _value in field.choices}
    return {t for t in texts if t}


def enum_labels() -> set[str]:
    from hotline_desk.domain.alerts import AlertKind
    from hotline_desk.domain.assessment import RULES_ERRORS
    from hotline_desk.domain.auth import AUTH_TEXTS
    from hotline_desk.domain.import_mapping import FIELD_LABELS
    from hotline_desk.domain.lifecycle import ACTION_LABELS, REFUSAL_REASONS, ROLE_LABELS
    from hotline_desk.domain.statistics import FINDING_LABELS
    from hotline_desk.domain.ticket import Satisfaction, TicketKind, TicketState
    from hotline_desk.domain.time_limits import LimitUnit
    from hotline_desk.services.exporter import HEADERS as EXPORT_HEADERS

    enums = (TicketState, TicketKind, Satisfaction, AlertKind, LimitUnit)
    labels = {x.label for enum in enums for x in enum}
    from hotline_desk.domain.errors import (
        ConcurrentChange,
        NotPermitted,
        NotStaff,
        SignInRefused,
        TokenRefused,
    )

    return (
        labels
        | set(ACTION_LABELS.values())
        | set(REFUSAL_REASONS)
        | set(ROLE_LABELS.values())
        | set(FIELD_LABELS.values())
        | set(FINDING_LABELS.values())
        | set(RULES_ERRORS)
        | set(AUTH_TEXTS)
        | set(EXPORT_HEADERS)
        | {"工单", "是", "否"}
        | {NotStaff.pattern, ConcurrentChange.pattern, SignInRefused.pattern, NotPermitted.pattern}
        | {TokenRefused.pattern}
    )


def wanted() -> set[str]:
    literals, _built = message_literals()
    return literals | action_texts() | enum_labels()


def missing() -> list[str]:
    from hotline_desk.gui.qt.domain_catalogue import CATALOGUE as known

    return sorted(wanted() - known)


def add(texts: list[str]) -> None:
    source = CATALOGUE.read_text(encoding="utf-8").rstrip()
    head, tail = source.split("\n\nCATALOGUE")
    head = head.rstrip()
    assert head.endswith("]")
    entries = "".join(f"    QT_TRANSLATE_NOOP({'Domain'!r}, {t!r}),\n" for t in texts)
    CATALOGUE.write_text(head[:-1] + entries + "]\n\nCATALOGUE" + tail + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--add", action="store_true")
    args = parser.parse_args()
    found = missing()
    for text in found:
        print(text)
    if args.add and found:
        add(found)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
