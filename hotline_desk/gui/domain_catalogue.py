"""Labels defined in the domain, listed for Qt Linguist (pyside6-lupdate).

Generated from hotline_desk.domain; tests/test_translations.py checks it is
complete. The GUI translates these at display time with tr_domain()/tr().
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

DOMAIN_LABELS = [
    QT_TRANSLATE_NOOP("Domain", "待派单"),
    QT_TRANSLATE_NOOP("Domain", "办理中"),
    QT_TRANSLATE_NOOP("Domain", "已反馈"),
    QT_TRANSLATE_NOOP("Domain", "已回访"),
    QT_TRANSLATE_NOOP("Domain", "已提交审核"),
    QT_TRANSLATE_NOOP("Domain", "办结归档"),
    QT_TRANSLATE_NOOP("Domain", "咨询"),
    QT_TRANSLATE_NOOP("Domain", "求助"),
    QT_TRANSLATE_NOOP("Domain", "投诉"),
    QT_TRANSLATE_NOOP("Domain", "举报"),
    QT_TRANSLATE_NOOP("Domain", "建议"),
    QT_TRANSLATE_NOOP("Domain", "满意"),
    QT_TRANSLATE_NOOP("Domain", "基本满意"),
    QT_TRANSLATE_NOOP("Domain", "不满意"),
    QT_TRANSLATE_NOOP("Domain", "已处理"),
    QT_TRANSLATE_NOOP("Domain", "无需处理"),
    QT_TRANSLATE_NOOP("Domain", "登记"),
    QT_TRANSLATE_NOOP("Domain", "派单"),
    QT_TRANSLATE_NOOP("Domain", "转办"),
    QT_TRANSLATE_NOOP("Domain", "退单"),
    QT_TRANSLATE_NOOP("Domain", "申请承诺件/延期"),
    QT_TRANSLATE_NOOP("Domain", "审批承诺件"),
    QT_TRANSLATE_NOOP("Domain", "单位反馈"),
    QT_TRANSLATE_NOOP("Domain", "虚假反馈退回"),
    QT_TRANSLATE_NOOP("Domain", "回访"),
    QT_TRANSLATE_NOOP("Domain", "提交市审核组"),
    QT_TRANSLATE_NOOP("Domain", "审核退回"),
    QT_TRANSLATE_NOOP("Domain", "重新交办"),
    QT_TRANSLATE_NOOP("Domain", "抄报疑难"),
    QT_TRANSLATE_NOOP("Domain", "领导批示"),
    QT_TRANSLATE_NOOP("Domain", "电话记录"),
    QT_TRANSLATE_NOOP("Domain", "查看来电人信息"),
    QT_TRANSLATE_NOOP("Domain", "新工单"),
    QT_TRANSLATE_NOOP("Domain", "派单时限将到"),
    QT_TRANSLATE_NOOP("Domain", "派单已超时"),
    QT_TRANSLATE_NOOP("Domain", "即将到期"),
    QT_TRANSLATE_NOOP("Domain", "已逾期"),
    QT_TRANSLATE_NOOP("Domain", "承诺件申请"),
    QT_TRANSLATE_NOOP("Domain", "问题原因"),
    QT_TRANSLATE_NOOP("Domain", "处理情况"),
    QT_TRANSLATE_NOOP("Domain", "下一步措施"),
    QT_TRANSLATE_NOOP("Domain", "政策法规依据"),
    QT_TRANSLATE_NOOP("Domain", "承诺件待批"),
    QT_TRANSLATE_NOOP("Domain", "无故退单"),
    QT_TRANSLATE_NOOP("Domain", "疑难"),
    QT_TRANSLATE_NOOP("Domain", "虚假反馈"),
    QT_TRANSLATE_NOOP("Domain", "重办"),
    QT_TRANSLATE_NOOP("Domain", "反馈不规范"),
    QT_TRANSLATE_NOOP("Domain", "保密"),
]

WINDOW_PATTERNS = [
    QT_TRANSLATE_NOOP("", "逾期 {n} 天"),
    QT_TRANSLATE_NOOP("", "逾期 {n} 小时"),
    QT_TRANSLATE_NOOP("", "今天到期（剩 {n} 小时）"),
    QT_TRANSLATE_NOOP("", "下一工作日到期"),
    QT_TRANSLATE_NOOP("", "剩 {n} 个工作日"),
    QT_TRANSLATE_NOOP("", "同一来电号码"),
]
