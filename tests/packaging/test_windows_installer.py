"""The Windows installer script cannot be compiled here: every file it names
must exist in the bundle's layout, and every id it shares with the app must be
the app's own."""

from __future__ import annotations

import re
from pathlib import Path

from hotline_desk import APP_ID
from hotline_desk.services import autostart

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "hotline-desk.iss"
SPEC = ROOT / "build.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'#define (\w+) "([^"]*)"', text))


def _expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)


def _section(text: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert match, f"no [{name}] section"
    return [line for line in match.group(1).splitlines() if line and not line.startswith(";")]


def test_every_file_the_installer_takes_is_in_the_bundles_layout():
    text = ISS.read_text(encoding="utf-8")
    defines = _defines(text)
    spec = SPEC.read_text(encoding="utf-8")
    # build.spec makes dist/<COLLECT name>/<EXE name>(.exe) and its _internal folder.
    collect = re.search(r'COLLECT\(.*name="([^"]+)"\)', spec, re.S)
    exe = re.search(r'EXE\(.*?name="([^"]+)"', spec, re.S)
    assert collect and exe
    layout = {f"dist/{collect.group(1)}/{exe.group(1)}.exe", f"dist/{collect.group(1)}/_internal"}
    sources = [
        _expand(re.search(r'Source: "([^"]+)"', line).group(1), defines)
        for line in _section(text, "Files")
    ]
    assert sources
    for source in sources:
        relative = (ISS.parent / source.replace("\\", "/")).resolve().relative_to(ROOT)
        wanted = str(relative).removesuffix("/*")
        assert wanted in layout, f"{source} is not in the bundle ({sorted(layout)})"
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M).group(1).replace("\\", "/")
    icon_path = (ISS.parent / icon).resolve().relative_to(ROOT)
    assert str(icon_path) in spec.replace(
        'ROOT / "resources" / "icons" / "hotline-desk.ico"', str(icon_path)
    )
    assert "--ico resources/icons/hotline-desk.ico" in WORKFLOW.read_text(encoding="utf-8")
    assert (ROOT / "packaging" / "render_icons.py").exists()


def test_the_ids_are_the_apps_own():
    text = ISS.read_text(encoding="utf-8")
    defines = _defines(text)
    assert defines["AppId"] == APP_ID  # the shortcuts' AppUserModelID = the process's
    assert text.count('AppUserModelID: "{#AppId}"') == 2  # Start menu and desktop
    run_key = re.search(r'Subkey: "([^"]+)"; ValueType: string; ValueName: "([^"]+)"', text)
    assert run_key.group(1) == autostart.RUN_KEY and run_key.group(2) == autostart.RUN_VALUE
    assert "--tray" in text  # started at login in the tray, as the app's own entry
    assert "{localappdata}\\hotline-desk" in text  # platformdirs' data folder on Windows
    assert "ChineseSimplified.isl" in text and "Default.isl" in text
    assert "PrivilegesRequiredOverridesAllowed=dialog" in text  # per-user or per-machine
