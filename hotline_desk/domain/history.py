"""What each event of a ticket's history says happened, in the office's words.

The history (办理记录) is read by the operator, the leader and the review
group: a row that says only "电话记录" or "回访" hides whether anyone was
reached. Each event gets its facts – who was phoned, reached or not, the
attempt's number, the answers – as (pattern, values) pairs: the window
translates the patterns, the command line and the printed sheet use them as
they are. A callee who is the citizen is masked unless revealed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hotline_desk.domain.lifecycle import Action, CallPurpose
from hotline_desk.domain.masking import mask_name
from hotline_desk.domain.ticket import Event, Satisfaction

PURPOSE_LABELS = {
    CallPurpose.DISPATCH_NOTICE.value: "派单通知",
    CallPurpose.CHASE.value: "到期前催办",
    CallPurpose.CALLBACK.value: "回访",
    CallPurpose.OTHER.value: "其他",
}
CALL = "{purpose}：拨打 {callee}{phone}，{outcome}"
REACHED = "已接通"
NOT_REACHED = "未接通"
CALLBACK_NOT_REACHED = "回访未接通（第 {n} 次，满 {required} 次可记为无法联系）"
CALLBACK_UNREACHABLE = "无法联系（已拨打 {n} 次未接通）"
CALLBACK_REACHED = "回访已接通{callee}：满意度「{satisfaction}」"
STAND_IN = "代 {owner} 回访"
REVEALED = "查看来电人信息（{reason}）"
REVEALED_PLAIN = "查看来电人信息"
NOTE = "{note}"
MERGED_INTO = "并入主工单 {main}"
REPEAT_MERGED = "重复件 {repeat} 并入本工单"
UNMERGED_FROM = "不再随主工单 {main} 办理"
REPEAT_UNMERGED = "重复件 {repeat} 不再随本工单办理"
LINKED = "与工单 {other} 关联"
UNLINKED = "取消与工单 {other} 的关联"
FOLLOWED = "随主工单 {main} 办理"
WHITELISTED = "确认属于正常情况，冻结至 {until}（白名单第 {entry} 条）"
RECOGNISED = "与白名单事项（工单 {source}）相同，该事项已确认属于正常情况，冻结至 {until}"
UNWHITELISTED = "移出白名单（第 {entry} 条）"
HISTORY_TEXTS = (
    CALL, REACHED, NOT_REACHED, CALLBACK_NOT_REACHED, CALLBACK_UNREACHABLE,
    CALLBACK_REACHED, STAND_IN, REVEALED, REVEALED_PLAIN, *PURPOSE_LABELS.values(),
    MERGED_INTO, REPEAT_MERGED, UNMERGED_FROM, REPEAT_UNMERGED, LINKED, UNLINKED, FOLLOWED,
    WHITELISTED, RECOGNISED, UNWHITELISTED,
)  # fmt: skip

# The facts of the events between tickets, by action and the key their data holds.
_BETWEEN_TICKETS = {
    (Action.MERGE.value, "main"): MERGED_INTO,
    (Action.MERGE.value, "repeat"): REPEAT_MERGED,
    (Action.UNMERGE.value, "main"): UNMERGED_FROM,
    (Action.UNMERGE.value, "repeat"): REPEAT_UNMERGED,
    (Action.LINK.value, "other"): LINKED,
    (Action.UNLINK.value, "other"): UNLINKED,
}


@dataclass(frozen=True)
class Fact:
    pattern: str
    params: dict[str, object]

    def text(self) -> str:
        return self.pattern.format(**self.params)


def event_facts(
    events: Sequence[Event],
    attempts_required: int = 3,
    callee_revealed: bool = False,
    name: Callable[[str], str] | None = None,
) -> list[list[Fact]]:
    """The facts of each event, in order. ``name`` turns a login into a name."""
    named: Callable[[str], str] = name if name is not None else str
    facts: list[list[Fact]] = []
    failed = 0
    for event in events:
        data = event.data
        said: list[Fact] = []
        if event.action == Action.FEEDBACK.value:
            failed = 0  # a new round of callbacks
        if event.action == Action.CALL.value:
            purpose = str(data.get("purpose", "other"))
            callee = str(data.get("callee") or "")
            phone = str(data.get("phone") or "")
            if purpose == CallPurpose.CALLBACK.value and not callee_revealed:
                callee, phone = mask_name(callee), ""
            said.append(Fact(CALL, {
                "purpose": PURPOSE_LABELS.get(purpose, purpose),
                "callee": callee or "—",
                "phone": f"（{phone}）" if phone else "",
                "outcome": REACHED if data.get("reached") else NOT_REACHED,
            }))  # fmt: skip
        elif event.action == Action.CALLBACK.value:
            if data.get("unreachable"):
                said.append(Fact(CALLBACK_UNREACHABLE, {"n": data.get("attempts", failed)}))
                failed = 0
            elif not data.get("reached"):
                failed += 1
                said.append(
                    Fact(CALLBACK_NOT_REACHED, {"n": failed, "required": attempts_required})
                )
            else:
                callee = str(data.get("callee") or "")
                shown = callee if callee_revealed else mask_name(callee)
                value = str(data.get("satisfaction") or "")
                label = Satisfaction(value).label if value else "—"
                said.append(Fact(CALLBACK_REACHED, {
                    "callee": f"（{shown}）" if shown else "", "satisfaction": label,
                }))  # fmt: skip
            if data.get("stand_in_for"):
                said.append(Fact(STAND_IN, {"owner": named(str(data["stand_in_for"]))}))
        elif event.action == Action.REVEAL.value:
            reason = event.note.strip()
            said.append(Fact(REVEALED, {"reason": reason}) if reason else Fact(REVEALED_PLAIN, {}))
            facts.append(said)
            continue  # the reason is the note: said once
        for key in ("main", "repeat", "other"):
            pattern = _BETWEEN_TICKETS.get((event.action, key))
            if pattern and key in data:
                said.append(Fact(pattern, {key: data[key]}))
        if event.action == Action.WHITELIST.value:
            said.append(
                Fact(WHITELISTED, {"until": data.get("until"), "entry": data.get("whitelist")})
            )
        elif event.action == Action.WHITELIST_MATCH.value:
            said.append(
                Fact(RECOGNISED, {"source": data.get("source"), "until": data.get("until")})
            )
        elif event.action == Action.UNWHITELIST.value:
            said.append(Fact(UNWHITELISTED, {"entry": data.get("whitelist")}))
        if data.get("follows"):
            said.append(Fact(FOLLOWED, {"main": data["follows"]}))
        if event.note.strip():
            said.append(Fact(NOTE, {"note": event.note.strip()}))
        facts.append(said)
    return facts
