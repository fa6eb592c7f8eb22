"""What a newcomer's demo office also keeps: a few knowledge-base entries the
demo's requests ask about (one past its review date), and a unit's photos of
the site before and after on the tickets it answered.

The pictures are drawn here, in plain Python (a PNG is rows of pixels
deflated): a street with a pothole, and the same street mended.
"""

from __future__ import annotations

import struct
import zlib
from datetime import timedelta

from hotline_desk.domain.queue_query import QueueQuery
from hotline_desk.domain.ticket import TicketState
from hotline_desk.services import attachments, knowledge
from hotline_desk.services.attachments import NewFile
from hotline_desk.services.context import AppContext
from hotline_desk.services.queue import read_page
from hotline_desk.store.units import ensure_operator

DESK = ("zhouke", "周科长")  # the general desk, who keeps the knowledge base

ENTRIES = (
    {
        "title": "城乡居民医保个人缴费",
        "category": "社会保障/医疗保险/缴费",
        "answer": "城乡居民基本医疗保险按年度缴费，个人缴费标准以当年县医保局公布为准；"
        "可通过税务部门的缴费渠道或社区代收点缴纳。",
        "basis": "《中华人民共和国社会保险法》第二十五条",
        "source_unit": "县医疗保障局",
        "keywords": "医保 缴费 城乡居民",
    },
    {
        "title": "夜间施工噪声",
        "category": "生态环境/噪声污染/施工噪声",
        "answer": "噪声敏感建筑物集中区域夜间禁止产生噪声的建筑施工作业（抢修、抢险等除外）；"
        "确需连续施工的，应取得证明并公告附近居民。",
        "basis": "《中华人民共和国噪声污染防治法》第四十三条",
        "source_unit": "县住房和城乡建设局",
        "keywords": "噪音 施工 夜间",
    },
    {
        "title": "餐饮油烟污染",
        "category": "生态环境/大气污染/餐饮油烟",
        "answer": "排放油烟的餐饮服务经营者应安装油烟净化设施并保持正常使用；"
        "居民楼内未配套专用烟道的商住综合楼不得新建产生油烟的餐饮项目。",
        "basis": "《中华人民共和国大气污染防治法》第八十一条",
        "source_unit": "县生态环境局",
        "keywords": "油烟 餐饮",
    },
    {
        "title": "不动产登记办理时限",
        "category": "自然资源/不动产登记/办理时限",
        "answer": "不动产登记机构自受理登记申请之日起 30 个工作日内办结（法律另有规定的除外）。",
        "basis": "《不动产登记暂行条例》第二十条",
        "source_unit": "县自然资源局",
        "keywords": "不动产 房产证 登记",
    },
)
OVERDUE_REVIEW = "不动产登记办理时限"  # shows the 待复核 alert


def add_demo_evidence(context: AppContext) -> tuple[int, int]:
    """Adds the entries and the photos; returns (entries, files)."""
    today = context.clock.now().date()
    with context.db.session() as session:
        ensure_operator(session, DESK[0], DESK[1], role="general")
    acting, context.operator = context.operator, DESK[0]
    try:
        for values in ENTRIES:
            review = today + timedelta(days=-3 if values["title"] == OVERDUE_REVIEW else 180)
            knowledge.add_entry(
                context, {**values, "effective": "2024-01-01", "review_due": review.isoformat()}
            )
    finally:
        context.operator = acting
    answered = read_page(
        context,
        QueueQuery(states=[TicketState.FEEDBACK, TicketState.CALLED_BACK], limit=2),
        with_count=False,
        count_cap=None,
    ).tickets
    files = 0
    for ticket in answered:
        photos = [
            NewFile("整改前.png", site_photo(pothole=True)),
            NewFile("整改后.png", site_photo(pothole=False)),
        ]
        files += len(attachments.attach(context, ticket.number, photos, "feedback"))
    return len(ENTRIES), files


def site_photo(pothole: bool, width: int = 320, height: int = 240) -> bytes:
    """A street under a sky: with a pothole before the work, mended after."""
    horizon, rows = height * 2 // 5, []
    for y in range(height):
        row = bytearray([0])  # PNG filter: none
        for x in range(width):
            if y < horizon:
                pixel = (120 + y * 100 // horizon, 170 + y * 60 // horizon, 235)
            elif abs(x - width // 2) < 3 and (y // 12) % 2:
                pixel = (240, 200, 40)  # the road's middle line
            elif pothole and ((x - width * 0.35) / 40) ** 2 + ((y - height * 0.75) / 14) ** 2 < 1:
                pixel = (45, 40, 35)
            else:
                pixel = (128, 128, 124) if pothole else (92, 94, 98)  # new asphalt is darker
            row += bytes(pixel)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )
