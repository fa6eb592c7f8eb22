"""知识库 through the real services, on SQLite and PostgreSQL: kept by the
general desk, every change a version, found by two-character words and
ranked title first, retired entries kept out unless asked, past-review ones
marked, a workbook round trip that names its bad rows and never writes a
formula."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hotline_desk.domain.errors import NotPermitted
from hotline_desk.services import knowledge
from hotline_desk.services.demo import generate
from hotline_desk.services.errors import InputError
from hotline_desk.services.safe_sheets import append_rows
from hotline_desk.services.staff import save_staff

FEES = {
    "title": "城乡居民医保缴费标准",
    "answer": "个人缴费标准为每人每年400元，9月至12月集中缴费。",
    "category": "社会保障/医疗保险/缴费",
    "basis": "《关于做好城乡居民基本医疗保障工作的通知》第二条",
    "source_unit": "县医疗保障局",
    "keywords": "医保 缴费",
    "review_due": "2027-06-30",
}


@pytest.fixture
def office(context, clock):
    clock.current = datetime(2026, 9, 30, 10, 0)
    generate(context, 0)
    save_staff(context, "zonghe", "综合科小王", "general")
    context.operator = "zonghe"
    knowledge.add_entry(context, FEES)
    knowledge.add_entry(context, {
        "title": "新生儿参保", "answer": "出生后三个月内参保的，自出生之日起享受医保待遇。",
        "category": "社会保障/医疗保险/参保", "keywords": "新生儿",
    })  # fmt: skip
    knowledge.add_entry(context, {
        "title": "路灯报修", "answer": "路灯由县城市管理和综合执法局负责维修，一般3个工作日内修复。",
        "category": "城乡建设/市政设施", "source_unit": "县城市管理和综合执法局",
    })  # fmt: skip
    return context


def _titles(found):
    return [f.entry.title for f in found]


def test_two_character_words_find_entries_ranked_title_first(office):
    assert _titles(knowledge.search(office, "医保"))[0] == "城乡居民医保缴费标准"
    assert set(_titles(knowledge.search(office, "医保"))) == {"城乡居民医保缴费标准", "新生儿参保"}
    assert _titles(knowledge.search(office, "医保 三个月")) == ["新生儿参保"]  # every term
    assert _titles(knowledge.search(office, "路灯", category="城乡建设")) == ["路灯报修"]
    assert knowledge.search(office, "医保", unit="县城市管理和综合执法局") == []
    with pytest.raises(InputError, match="两个字"):
        knowledge.search(office, "医")


def test_every_change_is_a_version_and_a_retired_entry_is_kept_out(office, clock):
    entry = knowledge.search(office, "缴费标准")[0].entry
    knowledge.edit_entry(office, entry.id, {"answer": "每人每年400元。", "basis": FEES["basis"]})
    knowledge.edit_entry(office, entry.id, {"answer": "每人每年400元。"})  # the same: no version
    shown, versions = knowledge.show(office, entry.id)
    assert shown.version == 2 and [v.action for v in versions] == ["add", "edit"]
    assert versions[1].changes == {"answer": (FEES["answer"], "每人每年400元。")}
    assert versions[1].actor == "zonghe"
    knowledge.retire_entry(office, entry.id)
    assert "城乡居民医保缴费标准" not in _titles(knowledge.search(office, "医保"))
    retired = knowledge.search(office, "医保", statuses=("retired",))
    assert _titles(retired) == ["城乡居民医保缴费标准"]
    # the search index followed the edit: the old words are gone
    assert knowledge.search(office, "集中缴费", statuses=("active", "review", "retired")) == []


def test_past_its_review_date_an_entry_reads_to_be_reviewed(office, clock):
    clock.current = datetime(2027, 7, 1, 9, 0)
    due = knowledge.due_for_review(office)
    assert [e.title for e in due] == ["城乡居民医保缴费标准"]
    assert due[0].shown_status(clock.current.date()) == "review"
    found = knowledge.search(office, "医保", statuses=("review",))
    assert _titles(found) == ["城乡居民医保缴费标准"]
    knowledge.edit_entry(office, due[0].id, {"review_due": "2028-06-30"})  # reviewed
    assert knowledge.due_for_review(office) == []


def test_only_the_general_desk_and_the_admin_edit_and_bad_input_stores_nothing(office):
    office.operator = "liqing"  # an operator reads
    assert knowledge.search(office, "路灯")
    with pytest.raises(NotPermitted):
        knowledge.add_entry(office, {"title": "x", "answer": "y"})
    office.operator = "zonghe"
    with pytest.raises(InputError, match="标题"):
        knowledge.add_entry(office, {"title": "  ", "answer": "y"})
    with pytest.raises(InputError, match="复核日期"):
        knowledge.add_entry(office, {"title": "x", "answer": "y", "review_due": "明年"})
    assert len(knowledge.search(office, "")) == 3


def test_a_workbook_round_trip_names_its_bad_rows_and_writes_no_formula(office, tmp_path):
    entry = knowledge.search(office, "路灯")[0].entry
    knowledge.edit_entry(office, entry.id, {"keywords": '=HYPERLINK("x")'})
    path = tmp_path / "kb.xlsx"
    assert knowledge.export_entries(office, path) == 3
    sheet = load_workbook(path).active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)  # stays text
    # Edit the workbook as an office would: one row changed, one added, one bad.
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    title_at, answer_at = header.index("标题"), header.index("答复内容")
    rows[1][answer_at] = "改过的答复"
    new = [None] * len(header)
    new[title_at], new[answer_at] = "公积金提取", "购房、退休可提取。"
    bad = [None] * len(header)
    bad[title_at] = "没有答复的条目"
    book = Workbook(write_only=True)  # the formula-looking keyword stays text, as Excel keeps it
    append_rows(book.create_sheet("知识库"), [*rows, new, bad])
    book.save(tmp_path / "edited.xlsx")
    report = knowledge.import_entries(office, tmp_path / "edited.xlsx")
    assert (report.added, report.updated, report.unchanged) == (1, 1, 2), report.problems
    assert report.problems and report.problems[0][0] == 6 and "答复内容" in report.problems[0][2]
    assert _titles(knowledge.search(office, "公积金")) == ["公积金提取"]
    assert len(knowledge.search(office, "")) == 4  # the bad row stored nothing
    assert date(2027, 6, 30) in {f.entry.review_due for f in knowledge.search(office, "")}


def test_older_entries_are_found_beyond_the_newest(office, monkeypatch):
    """PostgreSQL walks the newest entries first, then asks the index for the
    rest: the answer is the same as with a window holding them all."""
    from hotline_desk.store.knowledge import KnowledgeStore

    everything = _titles(knowledge.search(office, "医保"))
    monkeypatch.setattr(KnowledgeStore, "RECENT_WINDOW", 1)
    assert _titles(knowledge.search(office, "医保")) == everything
    assert _titles(knowledge.search(office, "集中缴费")) == ["城乡居民医保缴费标准"]


def test_the_category_tree_is_read_from_a_workbook_and_offered(office, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    for row in [
        ("一级分类", "二级分类", "三级分类"),
        ("劳动和社会保障", "社会保险", "医疗保险"),
        ("劳动和社会保障", "社会保险", "养老保险"),
        ("城乡建设", "市政设施", None),
    ]:
        book.active.append(row)  # fmt: skip
    book.save(tmp_path / "tree.xlsx")
    assert knowledge.import_categories(office, tmp_path / "tree.xlsx") == 6
    found = knowledge.categories(office)
    assert "劳动和社会保障/社会保险/养老保险" in found and "城乡建设/市政设施" in found
    assert "社会保障/医疗保险/缴费" in found  # an entry's own category too
    book = Workbook()
    book.active.append(("分类", "名称"))
    book.save(tmp_path / "wrong.xlsx")
    with pytest.raises(InputError, match="一级分类"):
        knowledge.import_categories(office, tmp_path / "wrong.xlsx")
    assert "城乡建设/市政设施" in knowledge.categories(office)  # the tree kept


@pytest.mark.skipif(
    not (Path(__file__).resolve().parents[3] / "shared" / "data").exists(),
    reason="../shared/data (real exports) is not here",
)
def test_the_message_boards_real_tree_loads(office):
    path = Path(__file__).resolve().parents[3] / "shared/data/zhihuizhengwu-categories.xlsx"
    assert knowledge.import_categories(office, path) > 517  # 517 leaves and their parents
