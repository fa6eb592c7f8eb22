"""Script tokens: the admin issues one to a file, a script acts with it as
that person, in that person's role; refused when revoked, expired, unknown,
used as somebody else, or kept in a file others can read."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from hotline_desk.cli import EXIT_INPUT, EXIT_REFUSED, main
from hotline_desk.services.auth import set_password, set_sign_in
from hotline_desk.services.demo import generate
from hotline_desk.services.staff import save_staff
from hotline_desk.services.tickets import TicketService


@pytest.fixture
def office(context, db_url, monkeypatch):
    """An office set up properly: an admin with a password, sign-in required."""
    monkeypatch.delenv("HOTLINE_DESK_PASSWORD", raising=False)
    monkeypatch.delenv("HOTLINE_DESK_TOKEN_FILE", raising=False)
    generate(context, 0)
    save_staff(context, "boss", "管理员甲", "admin")
    context.operator = "boss"
    save_staff(context, "night", "夜班脚本", "operator")
    save_staff(context, "tongji", "统计员", "general")
    set_password(context, "boss", "boss-secret-1")
    if context.db.dialect == "sqlite":
        set_sign_in(context, True)
    return context, db_url


def run(db_url: str, *argv: str) -> int:
    return main(["--db", db_url, "--now", "2026-11-23T09:00", *argv])


def issue(db_url: str, monkeypatch, login: str, out: Path, *extra: str) -> int:
    monkeypatch.setenv("HOTLINE_DESK_PASSWORD", "boss-secret-1")
    try:
        return run(
            db_url,
            "--operator",
            "boss",
            "staff",
            "token",
            "issue",
            login,
            "--out",
            str(out),
            *extra,
        )
    finally:
        monkeypatch.delenv("HOTLINE_DESK_PASSWORD")


def test_a_script_acts_as_the_tokens_person_without_a_password(
    office, tmp_path, monkeypatch, capsys
):
    context, db_url = office
    token_file = tmp_path / "night.token"
    assert issue(db_url, monkeypatch, "night", token_file, "--label", "夜间导入") == 0
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    secret = token_file.read_text(encoding="utf-8").splitlines()[-1]
    assert secret.startswith("hdt1_")
    with context.db.engine.connect() as connection:  # only the digest is kept
        kept = connection.execute(text("SELECT digest, label FROM script_tokens")).all()
    assert len(kept) == 1 and secret not in kept[0][0] and kept[0][1] == "夜间导入"

    # No password in the environment, no terminal: the token alone signs in.
    code = run(
        db_url, "--token-file", str(token_file), "ticket", "new",
        "--number", "T1", "--kind", "求助", "--content", "路灯不亮",
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    events = TicketService(context).events("T1")
    assert [e.actor for e in events] == ["night"]
    # The environment variable names the file just as well.
    monkeypatch.setenv("HOTLINE_DESK_TOKEN_FILE", str(token_file))
    assert run(db_url, "--format", "json", "staff", "list") == 0
    capsys.readouterr()
    monkeypatch.delenv("HOTLINE_DESK_TOKEN_FILE")

    # The admin's list says whose it is and when it was last used – never the token.
    monkeypatch.setenv("HOTLINE_DESK_PASSWORD", "boss-secret-1")
    assert run(db_url, "--operator", "boss", "--format", "json", "staff", "token", "list") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["login"], t["label"], t["last_used_at"]) for t in listed] == [
        ("night", "夜间导入", "2026-11-23T09:00")
    ]
    assert secret not in json.dumps(listed)


def test_a_token_is_refused_saying_why(office, tmp_path, monkeypatch, capsys, register):
    context, db_url = office
    token_file = tmp_path / "tongji.token"
    assert issue(db_url, monkeypatch, "tongji", token_file, "--days", "30") == 0
    capsys.readouterr()
    use = ["--token-file", str(token_file)]

    # It is its person's only, and acts in their role: 综合科 cannot dispatch.
    assert run(db_url, *use, "--operator", "boss", "staff", "list") == EXIT_REFUSED
    assert "属于 tongji，不能以 boss 的身份使用" in capsys.readouterr().err
    register(context, "T2", "求助", "路灯不亮")
    assert run(db_url, *use, "ticket", "dispatch", "T2", "--unit", "1", "--called") == EXIT_REFUSED
    assert "统计员（综合科）不能派单" in capsys.readouterr().err  # the name, not the login

    # Expired after its 30 days.
    code = main(["--db", db_url, "--now", "2026-12-23T09:01", *use, "staff", "list"])
    assert code == EXIT_REFUSED
    assert "脚本令牌不能使用：已于 2026-12-23 09:00 过期" in capsys.readouterr().err

    # Revoked by the admin: refused from then on, still listed.
    monkeypatch.setenv("HOTLINE_DESK_PASSWORD", "boss-secret-1")
    assert run(db_url, "--operator", "boss", "staff", "token", "revoke", "1") == 0
    assert run(db_url, "--operator", "boss", "staff", "token", "revoke", "99") == EXIT_INPUT
    monkeypatch.delenv("HOTLINE_DESK_PASSWORD")
    capsys.readouterr()
    assert run(db_url, *use, "staff", "list") == EXIT_REFUSED
    assert "已于 2026-11-23 09:00 撤销" in capsys.readouterr().err

    # A file others can read, a file without a token, no file: what was expected.
    token_file.chmod(0o644)
    assert run(db_url, *use, "staff", "list") == EXIT_INPUT
    assert "chmod 600" in capsys.readouterr().err
    forged = tmp_path / "forged.token"
    forged.write_text("hdt1_" + "x" * 43 + "\n", encoding="utf-8")
    forged.chmod(0o600)
    assert run(db_url, "--token-file", str(forged), "staff", "list") == EXIT_REFUSED
    assert "不是本办公室发放的令牌" in capsys.readouterr().err
    forged.write_text("not a token\n", encoding="utf-8")
    assert run(db_url, "--token-file", str(forged), "staff", "list") == EXIT_INPUT
    assert "hdt1_" in capsys.readouterr().err
    assert run(db_url, "--token-file", str(tmp_path / "none"), "staff", "list") == EXIT_INPUT
    assert "已有的文件" in capsys.readouterr().err


def test_issuing_is_the_admins_and_never_overwrites_a_file(office, tmp_path, monkeypatch, capsys):
    context, db_url = office
    existing = tmp_path / "existing.token"
    existing.write_text("somebody's token\n", encoding="utf-8")
    assert issue(db_url, monkeypatch, "night", existing) == EXIT_INPUT
    assert "不覆盖已有文件" in capsys.readouterr().err
    assert existing.read_text(encoding="utf-8") == "somebody's token\n"
    assert issue(db_url, monkeypatch, "nobody", tmp_path / "nobody.token") == EXIT_INPUT
    assert not (tmp_path / "nobody.token").exists()  # no file for a token never issued
    assert issue(db_url, monkeypatch, "night", tmp_path / "d.token", "--days", "0") == EXIT_INPUT
    assert "1 到 3650 之间的天数" in capsys.readouterr().err
    with context.db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM script_tokens")).scalar() == 0

    # Somebody who is not an admin cannot issue one, even for themselves.
    set_password(context, "night", "night-secret-1")
    monkeypatch.setenv("HOTLINE_DESK_PASSWORD", "night-secret-1")
    out = tmp_path / "self.token"
    assert (
        run(db_url, "--operator", "night", "staff", "token", "issue", "night", "--out", str(out))
        == EXIT_REFUSED
    )
    assert "发放或撤销脚本令牌" in capsys.readouterr().err
    assert not out.exists()


def test_taking_someone_off_the_list_ends_their_tokens(office, tmp_path, monkeypatch, capsys):
    context, db_url = office
    token_file = tmp_path / "night.token"
    assert issue(db_url, monkeypatch, "night", token_file, "--no-expiry") == 0
    assert "长期有效" in token_file.read_text(encoding="utf-8")
    assert run(db_url, "--token-file", str(token_file), "staff", "list") == 0
    from hotline_desk.services.staff import remove_staff

    assert remove_staff(context, "night")
    capsys.readouterr()
    assert run(db_url, "--token-file", str(token_file), "staff", "list") == EXIT_REFUSED
    assert "不是本办公室发放的令牌" in capsys.readouterr().err
