<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../hotline_desk/gui/alert_settings_dialog.py" line="40"/>
        <source>提醒设置</source>
        <translation>Alert settings</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alert_settings_dialog.py" line="45"/>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alert_settings_dialog.py" line="50"/>
        <source>关闭窗口时保留在托盘，继续检查</source>
        <translation>Keep running in the tray when the window is closed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alert_settings_dialog.py" line="53"/>
        <source>检查间隔</source>
        <translation>Check every</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alert_settings_dialog.py" line="54"/>
        <source>同类提醒超过此数时合并</source>
        <translation>Group alerts of one kind above</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alert_settings_dialog.py" line="56"/>
        <source>非工作时间提醒值班人员的内容</source>
        <translation>What on-duty staff are alerted for outside office hours</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alerts_panel.py" line="39"/>
        <source>全部标为已读</source>
        <translation>Mark all read</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alerts_panel.py" line="58"/>
        <source>桌面通知</source>
        <translation>desktop notification</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alerts_panel.py" line="58"/>
        <source>托盘通知</source>
        <translation>tray notification</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alerts_panel.py" line="59"/>
        <source>仅在本窗口</source>
        <translation>in this window only</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alerts_panel.py" line="61"/>
        <source>，值班：{who}</source>
        <translation>, on duty: {who}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/alerts_panel.py" line="71"/>
        <source>提醒：{unseen} 条未读 / 共 {total} 条</source>
        <translation>Alerts: {unseen} unread / {total} in all</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="53"/>
        <source>检查失败：{message}</source>
        <translation>Check failed: {message}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="27"/>
        <source>单位名称</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="28"/>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="29"/>
        <source>承办人手机</source>
        <translation>Handler&apos;s mobile</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="30"/>
        <source>分管领导</source>
        <translation>Supervising leader</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="31"/>
        <source>领导手机</source>
        <translation>Leader&apos;s mobile</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="40"/>
        <source>承办单位通讯录</source>
        <translation>Directory of handling units</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="57"/>
        <location filename="../../hotline_desk/gui/templates_dialog.py" line="54"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="58"/>
        <source>新增单位</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="72"/>
        <source>手机号须登记完整的11位号码，不能用短号。</source>
        <translation>Register full 11-digit mobile numbers, never short internal numbers.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/directory_dialog.py" line="120"/>
        <location filename="../../hotline_desk/gui/templates_dialog.py" line="117"/>
        <source>已保存：{name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="75"/>
        <source>逾期 {n} 天</source>
        <translation>{n} d overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="76"/>
        <source>逾期 {n} 小时</source>
        <translation>{n} h overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="77"/>
        <source>今天到期（剩 {n} 小时）</source>
        <translation>due today ({n} h left)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="78"/>
        <source>下一工作日到期</source>
        <translation>due next working day</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="79"/>
        <source>剩 {n} 个工作日</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="80"/>
        <source>同一来电号码</source>
        <translation>same caller phone</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="81"/>
        <source>待回访</source>
        <translation>awaiting callback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="82"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="83"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="84"/>
        <source>事由</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="85"/>
        <source>工单</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="42"/>
        <source>值班表</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="47"/>
        <location filename="../../hotline_desk/gui/templates_dialog.py" line="46"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="47"/>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="63"/>
        <source>值班人员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="47"/>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="64"/>
        <source>开始</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="47"/>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="65"/>
        <source>结束</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="51"/>
        <source>登录名或姓名</source>
        <translation>login or name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="58"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="59"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="66"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="290"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="88"/>
        <source>（当前值班）</source>
        <translation> (on duty now)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="103"/>
        <source>请填写值班人员</source>
        <translation>Enter who is on duty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="108"/>
        <source>结束时间必须晚于开始时间</source>
        <translation>The end must be after the start</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/duty_dialog.py" line="120"/>
        <source>请先选择一条值班记录</source>
        <translation>Select a shift first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="18"/>
        <source>承诺件待批</source>
        <translation>extension pending</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="18"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="330"/>
        <source>退单</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="19"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="471"/>
        <source>重新交办</source>
        <translation>re-assigned</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="20"/>
        <source>疑难</source>
        <translation>difficult</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="20"/>
        <source>保密</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="21"/>
        <source>无故退单</source>
        <translation>unjustified return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="22"/>
        <source>虚假反馈</source>
        <translation>false feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="22"/>
        <source>重办</source>
        <translation>re-handling</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="23"/>
        <source>反馈不规范</source>
        <translation>feedback incomplete</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="24"/>
        <source>六个确保有缺项</source>
        <translation>six ensures missing</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="44"/>
        <source>未办结</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="45"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="49"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="53"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="57"/>
        <source>全部标记</source>
        <translation>All flags</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="60"/>
        <source>我的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="61"/>
        <source>下一工作日前到期</source>
        <translation>Due by next working day</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="62"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/filter_bar.py" line="64"/>
        <source>搜索编号、标题、内容、地址（Ctrl+F）</source>
        <translation>Search number, title, content, address (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/form_dialog.py" line="172"/>
        <source>请填写：</source>
        <translation>Please fill in: </translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="59"/>
        <location filename="../../hotline_desk/gui/tray.py" line="12"/>
        <source>热线工单桌面助手</source>
        <translation>Hotline Desk</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="72"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="79"/>
        <location filename="../../hotline_desk/gui/main_window.py" line="362"/>
        <source>保存视图</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="85"/>
        <source>视图</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="92"/>
        <source>读取失败：{message}</source>
        <translation>Loading failed: {message}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="127"/>
        <source>五个确认</source>
        <translation>Five confirmations</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="133"/>
        <source>今日催办</source>
        <translation>Phone today</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="139"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="157"/>
        <source>还没有任何工单。可以先载入一个演示办公室看看（约60件工单，可随时另建数据库正式使用）。</source>
        <translation>No tickets yet. Load a demo office to look around (about 60 tickets); start a new database for real work at any time.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="163"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="183"/>
        <source>工单(&amp;W)</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="184"/>
        <source>新建工单(&amp;N)…</source>
        <translation>&amp;New ticket…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="188"/>
        <source>工具(&amp;T)</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="190"/>
        <source>立即检查(&amp;C)</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="191"/>
        <source>刷新列表(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="192"/>
        <source>搜索(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="198"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="199"/>
        <source>承办单位通讯录(&amp;U)…</source>
        <translation>&amp;Units directory…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="202"/>
        <source>答复参考范本(&amp;T)…</source>
        <translation>Reply &amp;templates…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="205"/>
        <source>值班表(&amp;D)…</source>
        <translation>&amp;Duty roster…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="208"/>
        <source>提醒设置(&amp;A)…</source>
        <translation>&amp;Alert settings…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="211"/>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="233"/>
        <source>语言已更改，重新启动后生效</source>
        <translation>Language changed; it applies after a restart</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="242"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="296"/>
        <source>五个确认 {index}：{label}</source>
        <translation>Confirmation {index}: {label}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="302"/>
        <source>已 {minutes} 分钟未查看市平台</source>
        <translation>City platform not checked for {minutes} min</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="305"/>
        <source>查看市平台</source>
        <translation>Check the city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="312"/>
        <source>当前时间 {now}   共 {total} 件工单</source>
        <translation>Now {now}   {total} tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="343"/>
        <source>找不到工单 {number}</source>
        <translation>No ticket {number}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="356"/>
        <source>工单 {number} 已更新</source>
        <translation>Ticket {number} updated</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/main_window.py" line="362"/>
        <source>视图名称</source>
        <translation>View name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="82"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="83"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/new_ticket_dialog.py" line="95"/>
        <source>可能重复：{links}</source>
        <translation>Possible duplicates: {links}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="41"/>
        <source>工单编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="43"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="48"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="77"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="52"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="76"/>
        <source>诉求类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="53"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="55"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="80"/>
        <source>承办单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="59"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="75"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="61"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="78"/>
        <source>派单时限</source>
        <translation>Dispatch by</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="66"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="79"/>
        <source>办理时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="70"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="81"/>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="71"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="84"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/queue_model.py" line="243"/>
        <source>{content}
来电人：{caller}</source>
        <translation>{content}
Caller: {caller}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/templates_dialog.py" line="33"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="442"/>
        <source>答复参考范本</source>
        <translation>Reply templates</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/templates_dialog.py" line="47"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/templates_dialog.py" line="51"/>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/templates_dialog.py" line="53"/>
        <source>{part}开头</source>
        <translation>{part} starts with</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/templates_dialog.py" line="55"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/templates_dialog.py" line="56"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="70"/>
        <source>请选择一件工单</source>
        <translation>Select a ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="85"/>
        <source>诉求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="91"/>
        <source>查看来电人信息</source>
        <translation>Show caller</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="106"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="106"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="106"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="106"/>
        <source>状态变化</source>
        <translation>State change</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="106"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="317"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="115"/>
        <source>六个确保</source>
        <translation>Six ensures</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="121"/>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="133"/>
        <source>工单 {number}  {title}</source>
        <translation>Ticket {number}  {title}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="143"/>
        <source>（协办：{units}）</source>
        <translation> (with: {units})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="192"/>
        <source>保密件：来电人信息不显示</source>
        <translation>Confidential: the caller is not shown</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="260"/>
        <source>已{action}</source>
        <translation>Done: {action}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="276"/>
        <source>派单</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="278"/>
        <source>主办单位</source>
        <translation>Main unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="279"/>
        <source>协办单位</source>
        <translation>Co-units</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="282"/>
        <source>电话通知承办人</source>
        <translation>Phone the handler</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="285"/>
        <source>已通知（接通）</source>
        <translation>Called (reached)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/phone_today_panel.py" line="57"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="286"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="315"/>
        <source>未接通</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/phone_today_panel.py" line="65"/>
        <source>今天需电话联系 {n} 个单位</source>
        <translation>{n} units to phone today</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/phone_today_panel.py" line="67"/>
        <source>今天没有需要电话催办的单位</source>
        <translation>No unit to phone today</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="287"/>
        <source>稍后再打</source>
        <translation>Call later</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="292"/>
        <source>派单后请立即电话通知承办单位。</source>
        <translation>Phone the unit right after dispatching.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="296"/>
        <source>电话记录</source>
        <translation>Call log</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="300"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="304"/>
        <source>派单通知</source>
        <translation>Dispatch notice</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="305"/>
        <source>到期前催办</source>
        <translation>Chase before due</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="306"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="312"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/phone_today_panel.py" line="57"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="315"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="390"/>
        <source>接通</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="322"/>
        <source>转办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="324"/>
        <source>转至单位</source>
        <translation>To unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="325"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="361"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="332"/>
        <source>退单理由</source>
        <translation>Reason for the return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="335"/>
        <source>理由是否成立</source>
        <translation>Is the reason valid</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="338"/>
        <source>成立：改派（转办）</source>
        <translation>Valid: re-dispatch (transfer)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="338"/>
        <source>不成立：无故退单</source>
        <translation>Not valid: unjustified return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="342"/>
        <source>改派至（可稍后派单）</source>
        <translation>Re-dispatch to (or later)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="344"/>
        <source>稍后派单</source>
        <translation>Dispatch later</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="352"/>
        <source>申请承诺件/延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="356"/>
        <source>申请办结日期</source>
        <translation>Requested due date</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="367"/>
        <source>领导审批承诺件</source>
        <translation>Leader&apos;s decision on the extension</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="371"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="374"/>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="374"/>
        <source>不同意</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="376"/>
        <source>新的办理时限</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="377"/>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="387"/>
        <source>电话结果</source>
        <translation>Call result</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="390"/>
        <source>未接通（稍后再拨）</source>
        <translation>Not reached (retry later)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="394"/>
        <source>1. 承办单位是否已告知办理结果及政策法规依据</source>
        <translation>1. Did the unit tell the result and its legal basis</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="396"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="402"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="396"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="402"/>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="426"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="400"/>
        <source>2. 承办单位反馈情况是否属实</source>
        <translation>2. Is the unit&apos;s account true</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="406"/>
        <source>3. 工作人员办理中有无违规违纪</source>
        <translation>3. Any misconduct by the staff</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="408"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="408"/>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="412"/>
        <source>4. 满意度</source>
        <translation>4. Satisfaction</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="416"/>
        <source>回访对象</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="417"/>
        <source>回访记录</source>
        <translation>Callback notes</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="423"/>
        <source>代 {owner} 回访</source>
        <translation>Standing in for {owner}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="426"/>
        <source>是，代为回访</source>
        <translation>Yes, standing in</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="429"/>
        <source>回访由派单人 {owner} 进行；他人须登记代为回访。</source>
        <translation>The dispatching operator {owner} makes the callback; anyone else records standing in.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="432"/>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="436"/>
        <source>不用范本</source>
        <translation>No template</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="440"/>
        <source>单位反馈</source>
        <translation>Unit feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="443"/>
        <source>问题原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="444"/>
        <source>处理情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="447"/>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="452"/>
        <source>下一步措施</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="453"/>
        <source>告知群众的政策法规依据</source>
        <translation>Policy or legal basis told to the citizen</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="467"/>
        <source>虚假反馈退回</source>
        <translation>Reject false feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="467"/>
        <source>不实之处</source>
        <translation>What is untrue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="468"/>
        <source>审核退回</source>
        <translation>Returned by review</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="468"/>
        <source>市审核组退回理由</source>
        <translation>Review group&apos;s reason</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="469"/>
        <source>抄报疑难</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="469"/>
        <source>抄报理由</source>
        <translation>Reason for escalating</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="470"/>
        <source>领导批示</source>
        <translation>Leader&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="470"/>
        <source>批示内容</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="471"/>
        <source>交办说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="480"/>
        <source>提交市审核组</source>
        <translation>Submit to review</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="481"/>
        <source>办结归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket_detail.py" line="485"/>
        <source>确认{action}工单 {number}？</source>
        <translation>{action} ticket {number}?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/tray.py" line="29"/>
        <source>打开主窗口</source>
        <translation>Open window</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/tray.py" line="30"/>
        <source>立即检查</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/tray.py" line="31"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/tray.py" line="48"/>
        <source>{title}：{count} 条未读提醒</source>
        <translation>{title}: {count} unread alerts</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="47"/>
        <source>登录市平台</source>
        <translation>Logging in to the city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="48"/>
        <source>开始新一轮五个确认，并记录一次查看市平台</source>
        <translation>Start a new round of the five confirmations and record a platform check</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="49"/>
        <source>已查看市平台</source>
        <translation>Platform checked</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="52"/>
        <source>今日查看记录</source>
        <translation>Today&apos;s checks</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="65"/>
        <source>在工单列表中只显示这些工单</source>
        <translation>Show only these tickets in the queue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="117"/>
        <source>本次尚未开始五个确认</source>
        <translation>No confirmation round yet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="124"/>
        <source>本轮 {start} 开始，{end} 全部确认</source>
        <translation>Round started {start}, all confirmed {end}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="130"/>
        <source>本轮 {start} 开始，已确认 {done}/5（未完成）</source>
        <translation>Round started {start}, {done}/5 confirmed (unfinished)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="153"/>
        <source>手动记录</source>
        <translation>recorded by hand</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="160"/>
        <source>今日查看市平台记录</source>
        <translation>City platform checks today</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="165"/>
        <source>共 {n} 次</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/confirmations_panel.py" line="178"/>
        <source>已 {minutes} 分钟未查看市平台（每15分钟至少一次）</source>
        <translation>City platform not checked for {minutes} min (at least every 15 min)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="10"/>
        <source>即将到期，电话催办</source>
        <translation>due soon: chase by phone</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="11"/>
        <source>派单后未电话通知</source>
        <translation>not phoned after dispatch</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="12"/>
        <source>有无新工单</source>
        <translation>New tickets?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="13"/>
        <source>有无承诺件申请或退单</source>
        <translation>Extension requests or returns?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="14"/>
        <source>有无即将到期未办结工单</source>
        <translation>Unfinished tickets about to fall due?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="15"/>
        <source>反馈结果及满意度</source>
        <translation>Feedback and satisfaction</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="16"/>
        <source>反馈是否已提交审核、是否已办结归档</source>
        <translation>Feedback submitted for review, tickets archived?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="17"/>
        <source>12小时内派单并电话通知承办单位</source>
        <translation>Dispatched within 12 h and the unit phoned</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="18"/>
        <source>到期前一个工作日电话催办</source>
        <translation>Unit chased one working day before due</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="19"/>
        <source>已回访群众，反馈和满意度真实</source>
        <translation>Citizen called back: feedback and satisfaction real</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="20"/>
        <source>反馈符合答复参考范本</source>
        <translation>Feedback follows its reply template</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="21"/>
        <source>承办人、分管领导手机号完整有效</source>
        <translation>Handler&apos;s and leader&apos;s full mobile numbers</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="22"/>
        <source>期限内提交审核并办结归档</source>
        <translation>Submitted before the deadline and archived</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="23"/>
        <source>待派单</source>
        <translation>to dispatch</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="24"/>
        <source>办理中</source>
        <translation>handling</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="25"/>
        <source>已反馈</source>
        <translation>feedback in</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="26"/>
        <source>已回访</source>
        <translation>called back</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="27"/>
        <source>已提交审核</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="28"/>
        <source>办结归档</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="29"/>
        <source>咨询</source>
        <translation>consult</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="30"/>
        <source>求助</source>
        <translation>help</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="31"/>
        <source>投诉</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="32"/>
        <source>举报</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="33"/>
        <source>建议</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="34"/>
        <source>满意</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="35"/>
        <source>基本满意</source>
        <translation>basically satisfied</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="36"/>
        <source>不满意</source>
        <translation>unsatisfied</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="37"/>
        <source>已处理</source>
        <translation>handled</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="38"/>
        <source>无需处理</source>
        <translation>no action needed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="39"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="40"/>
        <source>派单</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="41"/>
        <source>转办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="42"/>
        <source>退单</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="43"/>
        <source>申请承诺件/延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="44"/>
        <source>审批承诺件</source>
        <translation>Decide extension</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="45"/>
        <source>单位反馈</source>
        <translation>Unit feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="46"/>
        <source>虚假反馈退回</source>
        <translation>Reject false feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="47"/>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="48"/>
        <source>提交市审核组</source>
        <translation>Submit to review</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="49"/>
        <source>审核退回</source>
        <translation>review returned</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="50"/>
        <source>重新交办</source>
        <translation>re-assigned</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="51"/>
        <source>抄报疑难</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="52"/>
        <source>领导批示</source>
        <translation>Leader&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="53"/>
        <source>电话记录</source>
        <translation>Call log</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="54"/>
        <source>查看来电人信息</source>
        <translation>Show caller</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="55"/>
        <source>新工单</source>
        <translation>new ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="56"/>
        <source>派单时限将到</source>
        <translation>dispatch limit near</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="57"/>
        <source>派单已超时</source>
        <translation>dispatch limit passed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="58"/>
        <source>即将到期</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="59"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="60"/>
        <source>承诺件申请</source>
        <translation>extension request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="61"/>
        <source>问题原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="62"/>
        <source>处理情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="63"/>
        <source>下一步措施</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="64"/>
        <source>政策法规依据</source>
        <translation>basis</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="65"/>
        <source>承诺件待批</source>
        <translation>extension pending</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="66"/>
        <source>无故退单</source>
        <translation>unjustified return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="67"/>
        <source>疑难</source>
        <translation>difficult</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="68"/>
        <source>虚假反馈</source>
        <translation>false feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="69"/>
        <source>重办</source>
        <translation>re-handling</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="70"/>
        <source>反馈不规范</source>
        <translation>feedback incomplete</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/domain_catalogue.py" line="71"/>
        <source>保密</source>
        <translation>confidential</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="7"/>
        <source>新建工单</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="13"/>
        <source>工单编号 *</source>
        <translation>Ticket number *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="23"/>
        <source>诉求类型 *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="33"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="43"/>
        <source>诉求内容 *</source>
        <translation>Request *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="55"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="65"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="75"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="85"/>
        <source>来电号码</source>
        <translation>Caller phone</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="95"/>
        <source>来电人地址</source>
        <translation>Caller address</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="105"/>
        <source>保密件（来电人要求保密）</source>
        <translation>Confidential (the caller asked for it)</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="110"/>
        <source>受理时间 *</source>
        <translation>Received *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="122"/>
        <source>办理时限 *</source>
        <translation>Due *</translation>
    </message>
</context>
</TS>
