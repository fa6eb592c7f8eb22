<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="78"/>
        <source>提醒设置</source>
        <translation>Alert settings</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="83"/>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="88"/>
        <source>关闭窗口时保留在托盘，继续检查</source>
        <translation>Keep running in the tray when the window is closed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="91"/>
        <source>检查间隔</source>
        <translation>Check every</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="92"/>
        <source>同类提醒超过此数时合并</source>
        <translation>Group alerts of one kind above</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="94"/>
        <source>开机自动启动（在托盘中运行并检查）</source>
        <translation>Start at login (in the tray, checking)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="99"/>
        <source>不设置：只从「工单 → 导入」导入</source>
        <translation>Not set: import only through Tickets → Import</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="100"/>
        <source>选择(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="105"/>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="128"/>
        <source>导入文件夹</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/alert_settings_dialog.py" line="107"/>
        <source>非工作时间提醒值班人员的内容</source>
        <translation>What on-duty staff are alerted for outside office hours</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/alerts.py" line="46"/>
        <source>全部标为已读</source>
        <translation>Mark all read</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/alerts.py" line="67"/>
        <source>桌面通知</source>
        <translation>desktop notification</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/alerts.py" line="67"/>
        <source>托盘通知</source>
        <translation>tray notification</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/alerts.py" line="68"/>
        <source>仅在本窗口</source>
        <translation>in this window only</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/alerts.py" line="70"/>
        <source>，值班：{who}</source>
        <translation>, on duty: {who}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/alerts.py" line="80"/>
        <source>提醒：{unseen} 条未读 / 共 {total} 条</source>
        <translation>Alerts: {unseen} unread / {total} in all</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="69"/>
        <source>检查失败：{message}</source>
        <translation>Check failed: {message}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="102"/>
        <source>意外错误（{type}），操作未完成，已记入日志</source>
        <translation>Unexpected error ({type}): nothing was done; it is in the log</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="137"/>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="68"/>
        <source>办公室数据库</source>
        <translation>Office database</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="138"/>
        <source>{server} 的密码：</source>
        <translation>Password of {server}:</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="173"/>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="175"/>
        <source>发生意外错误（{type}），刚才的操作没有完成，已保存的数据不受影响。</source>
        <translation>An unexpected error ({type}) stopped what you just did; what was already saved is unaffected.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="178"/>
        <source>详细情况已记入日志：{file}
请把这个文件交给技术人员。</source>
        <translation>The details are in the log: {file}
Please give this file to your technician.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="180"/>
        <source>详细情况已输出到控制台。</source>
        <translation>The details were printed on the console.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/app.py" line="230"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="35"/>
        <source>单位名称</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="36"/>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="37"/>
        <source>承办人手机</source>
        <translation>Handler&apos;s mobile</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="38"/>
        <source>分管领导</source>
        <translation>Supervising leader</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="39"/>
        <source>领导手机</source>
        <translation>Leader&apos;s mobile</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="49"/>
        <source>承办单位通讯录</source>
        <translation>Directory of handling units</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="66"/>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="62"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="67"/>
        <source>新增单位</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="78"/>
        <source>手机号须登记完整的11位号码，不能用短号。</source>
        <translation>Register full 11-digit mobile numbers, never short internal numbers.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/directory_dialog.py" line="128"/>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="146"/>
        <source>已保存：{name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="75"/>
        <source>逾期 {n} 天</source>
        <translation>{n} d overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="76"/>
        <source>逾期 {n} 小时</source>
        <translation>{n} h overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="77"/>
        <source>今天到期（剩 {n} 小时）</source>
        <translation>due today ({n} h left)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="78"/>
        <source>下一工作日到期</source>
        <translation>due next working day</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="79"/>
        <source>剩 {n} 个工作日</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="80"/>
        <source>派单逾期 {n} 分钟</source>
        <translation>dispatch {n} min late</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="81"/>
        <source>派单逾期 {n} 小时</source>
        <translation>dispatch {n} h late</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="82"/>
        <source>派单剩 {n} 分钟</source>
        <translation>dispatch in {n} min</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="83"/>
        <source>派单剩 {n} 小时</source>
        <translation>dispatch in {n} h</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="84"/>
        <source>同一来电号码</source>
        <translation>same caller phone</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="44"/>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="85"/>
        <source>待回访</source>
        <translation>awaiting callback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="86"/>
        <location filename="../../hotline_desk/gui/settings/rules_dialog.py" line="53"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="87"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="88"/>
        <source>事由</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="89"/>
        <source>工单</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="39"/>
        <source>值班表</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="44"/>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="60"/>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="54"/>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="52"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="44"/>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="59"/>
        <source>值班人员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="44"/>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="60"/>
        <source>开始</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="44"/>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="61"/>
        <source>结束</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="48"/>
        <source>登录名或姓名</source>
        <translation>login or name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="55"/>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="75"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="56"/>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="67"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="62"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="88"/>
        <source>（当前值班）</source>
        <translation> (on duty now)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="103"/>
        <source>请填写值班人员</source>
        <translation>Enter who is on duty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="107"/>
        <source>结束时间必须晚于开始时间</source>
        <translation>The end must be after the start</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/duty_dialog.py" line="120"/>
        <source>请先选择一条值班记录</source>
        <translation>Select a shift first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="18"/>
        <source>承诺件待批</source>
        <translation>extension pending</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="18"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="118"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="467"/>
        <source>退单</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="19"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="124"/>
        <source>重新交办</source>
        <translation>re-assigned</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="20"/>
        <source>疑难</source>
        <translation>difficult</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="20"/>
        <source>保密</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="21"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="119"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="467"/>
        <source>无故退单</source>
        <translation>unjustified return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="22"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="126"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="467"/>
        <source>虚假反馈</source>
        <translation>false feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="22"/>
        <source>重办</source>
        <translation>re-handling</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="23"/>
        <source>反馈不规范</source>
        <translation>feedback incomplete</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="24"/>
        <source>六个确保有缺项</source>
        <translation>six ensures missing</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="44"/>
        <source>未办结</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="45"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="49"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="52"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="56"/>
        <source>全部标记</source>
        <translation>All flags</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="59"/>
        <source>我的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="60"/>
        <source>下一工作日前到期</source>
        <translation>Due by next working day</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="61"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/filter_bar.py" line="64"/>
        <source>搜索编号、标题、内容、地址（Ctrl+F）</source>
        <translation>Search number, title, content, address (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/tray.py" line="12"/>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="107"/>
        <source>热线工单桌面助手</source>
        <translation>Hotline Desk</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="128"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="135"/>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="887"/>
        <source>保存视图</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="141"/>
        <source>视图</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="124"/>
        <source>语言(&amp;Y)</source>
        <translation>La&amp;nguage</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="49"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="72"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="521"/>
        <source>知识库(&amp;K)…</source>
        <translation>&amp;Knowledge base…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="74"/>
        <source>使用手册(&amp;M)</source>
        <translation>User &amp;manual</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="75"/>
        <source>快捷键(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="76"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="65"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="464"/>
        <source>版本</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="465"/>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="476"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="465"/>
        <source>读取中…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="466"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="467"/>
        <source>日志</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="467"/>
        <source>控制台</source>
        <translation>the console</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="468"/>
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="477"/>
        <source>{url}（结构版本 {revision}）</source>
        <translation>{url} (schema {revision})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="798"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="241"/>
        <source>读取失败：{message}</source>
        <translation>Loading failed: {message}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="215"/>
        <source>五个确认</source>
        <translation>Five confirmations</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="217"/>
        <source>今日催办</source>
        <translation>Phone today</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="216"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="270"/>
        <source> 等</source>
        <translation> and more</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="273"/>
        <source>{n} 件工单的办理记录在本程序之外被改动过（修改、删除或插入），已不可信：{numbers}。请报告管理员，用 hotline-desk db verify 查看详情，必要时从备份恢复。</source>
        <translation>The history of {n} tickets was changed outside hotline-desk (edited, deleted or inserted) and can no longer be trusted: {numbers}. Tell the admin, see hotline-desk db verify for details, restore from a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/notice.py" line="24"/>
        <source>知道了</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="315"/>
        <source>还没有任何工单。可以先载入一个演示办公室看看（约60件工单，可随时另建数据库正式使用）。</source>
        <translation>No tickets yet. Load a demo office to look around (about 60 tickets); start a new database for real work at any time.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="321"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="339"/>
        <source>{year} 年节假日安排尚未录入，涉及 {year} 年的期限为估算</source>
        <translation>The holidays of {year} are not entered yet: deadlines in {year} are estimates</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="341"/>
        <source>打开工作日历</source>
        <translation>Open the work calendar</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="373"/>
        <source>欢迎，{name}：从 工单 → 新建工单（Ctrl+N）开始；按 F1 打开使用手册</source>
        <translation>Welcome, {name}: start with Tickets → New ticket (Ctrl+N); F1 opens the manual</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="388"/>
        <source>正在载入……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="44"/>
        <location filename="../../hotline_desk/gui/self_test.py" line="137"/>
        <source>工单(&amp;W)</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="55"/>
        <source>新建工单(&amp;N)…</source>
        <translation>&amp;New ticket…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="56"/>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="57"/>
        <source>与市平台不一致(&amp;D)…</source>
        <translation>&amp;Differences from the platform…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="58"/>
        <source>导出当前列表(&amp;X)…</source>
        <translation>E&amp;xport the list…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="62"/>
        <source>打印疑难工单呈批单(&amp;P)…</source>
        <translation>&amp;Print difficult-ticket sheet…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="63"/>
        <source>呈批单存为 PDF…</source>
        <translation>Save sheet as PDF…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="45"/>
        <source>统计(&amp;R)</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="66"/>
        <source>月度统计(&amp;M)…</source>
        <translation>&amp;Monthly statistics…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="46"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="68"/>
        <source>恢复默认布局</source>
        <translation>Restore default layout</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="47"/>
        <source>工具(&amp;T)</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="69"/>
        <source>立即检查(&amp;C)</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="70"/>
        <source>刷新列表(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="71"/>
        <source>搜索(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/menu.py" line="48"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="25"/>
        <source>办公室数据库(&amp;O)…</source>
        <translation>&amp;Office database…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="26"/>
        <source>切换用户(&amp;W)…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="27"/>
        <source>承办单位通讯录(&amp;U)…</source>
        <translation>&amp;Units directory…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="28"/>
        <source>答复参考范本(&amp;T)…</source>
        <translation>Reply &amp;templates…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="29"/>
        <source>工作日历(&amp;C)…</source>
        <translation>Work &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="30"/>
        <source>办理时限(&amp;L)…</source>
        <translation>Time &amp;limits…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="31"/>
        <source>人员(&amp;P)…</source>
        <translation>&amp;Staff…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="32"/>
        <source>值班表(&amp;D)…</source>
        <translation>&amp;Duty roster…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="33"/>
        <source>提醒设置(&amp;A)…</source>
        <translation>&amp;Alert settings…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="34"/>
        <source>访问记录(&amp;G)…</source>
        <translation>Access lo&amp;g…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="35"/>
        <source>白名单(&amp;B)…</source>
        <translation>W&amp;hitelist…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/__init__.py" line="36"/>
        <source>附件上限(&amp;F)…</source>
        <translation>Attachment limits(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="516"/>
        <source>导出当前列表</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="516"/>
        <source>工单.xlsx</source>
        <translation>tickets.xlsx</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="516"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="606"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="531"/>
        <source>已导出 {n} 件工单到 {file}</source>
        <translation>{n} tickets exported to {file}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="534"/>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="714"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="651"/>
        <source>导出失败：{problem}</source>
        <translation>Export failed: {problem}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="562"/>
        <source>工单 {number} 已登记</source>
        <translation>Ticket {number} registered</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="567"/>
        <source>语言已更改，重新启动后生效</source>
        <translation>Language changed; it applies after a restart</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="576"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/sign_in_dialog.py" line="79"/>
        <source>现在登录的是 {login}</source>
        <translation>Signed in: {login}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="615"/>
        <source>按编号找到工单 {number}（{state}），未按其他条件筛选</source>
        <translation>Found ticket {number} ({state}) by its number; other filters ignored</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="636"/>
        <source>统计：{what}</source>
        <translation>Statistics: {what}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="670"/>
        <source>请先在列表中选择一件工单</source>
        <translation>Select a ticket in the list first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="699"/>
        <source>呈批单存为 PDF</source>
        <translation>Save sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="699"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="630"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="716"/>
        <source>已将呈批单存为 {file}</source>
        <translation>Sheet saved as {file}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="726"/>
        <source>五个确认 {index}：{label}</source>
        <translation>Confirmation {index}: {label}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="740"/>
        <source>检查发现 {n} 件新工单</source>
        <translation>The check found {n} new ticket(s)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="759"/>
        <source>导入文件夹：{files} 个文件，新工单 {new} 件，更新 {updated} 件</source>
        <translation>Import folder: {files} files, {new} new tickets, {updated} updated</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="766"/>
        <source>；无法读取：{names}（见 failed 文件夹）</source>
        <translation>; could not be read: {names} (see the failed folder)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="770"/>
        <source>；与市平台不一致 {n} 处</source>
        <translation>; {n} differences from the platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="776"/>
        <source>已 {minutes} 分钟未查看市平台</source>
        <translation>City platform not checked for {minutes} min</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="779"/>
        <source>查看市平台</source>
        <translation>Check the city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="787"/>
        <source>没有符合条件的工单。可以换个筛选条件或点「清除」，新工单按 Ctrl+N 登记。</source>
        <translation>No ticket matches. Change the filters or press &quot;Clear&quot;; register a new ticket with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="791"/>
        <source>当前时间 {now}   共 {total} 件工单</source>
        <translation>Now {now}   {total} tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="837"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="179"/>
        <source>找不到工单 {number}</source>
        <translation>No ticket {number}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="771"/>
        <source>处理不一致…</source>
        <translation>Settle differences…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="874"/>
        <source>人员名单原为空，已将 {login} 登记为经办人员（设置 → 人员）</source>
        <translation>The staff list was empty: {login} is now registered as an operator (Settings → Staff)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="883"/>
        <source>工单 {number} 已更新</source>
        <translation>Ticket {number} updated</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="887"/>
        <source>视图名称</source>
        <translation>View name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="39"/>
        <source>白名单</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="43"/>
        <source>经核实属于正常情况的重复事项，冻结期内同一地点的同类新工单到达时标记为白名单事项，并附确认答复供单位参考。在工单详情中用「列入白名单」添加；到期自动失效。</source>
        <translation>Recurring matters confirmed normal: while frozen, a new ticket about the same matter at the same place is flagged on arrival, with the confirmed answer for the unit. Add one from a ticket&apos;s detail (Whitelist); it ends by itself on its date.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="48"/>
        <source>显示已到期和已移出的(&amp;E)</source>
        <translation>Show &amp;ended and removed ones</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="52"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="114"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="52"/>
        <source>冻结至</source>
        <translation>Frozen until</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="84"/>
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="87"/>
        <source>输入两个字以上查找：标题、答复、依据、关键词</source>
        <translation>Type two or more characters: title, answer, basis, keywords</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="92"/>
        <source>有效和待复核</source>
        <translation>In force and to review</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="93"/>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="170"/>
        <source>待复核</source>
        <translation>to review</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="94"/>
        <source>已失效</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="95"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="98"/>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="52"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="98"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="107"/>
        <source>插入依据(&amp;I)</source>
        <translation>&amp;Insert the basis</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="109"/>
        <source>把所选条目的政策法规依据插入表单，插入后可以修改</source>
        <translation>Put the chosen entry&apos;s policy basis into the form; you can edit it there</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="112"/>
        <source>保存工单反馈为条目(&amp;F)…</source>
        <translation>Save the ticket&apos;s &amp;feedback as an entry…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="114"/>
        <source>以当前工单的单位反馈起草一个知识条目，保存前可修改</source>
        <translation>Draft an entry from the shown ticket&apos;s unit feedback; edit it before saving</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="116"/>
        <source>新增(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="117"/>
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="118"/>
        <source>失效(&amp;R)…</source>
        <translation>&amp;Retire…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="182"/>
        <source>请输入两个字以上</source>
        <translation>Type two characters or more</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="206"/>
        <source>找到 {n} 条</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="206"/>
        <source>没有找到知识条目</source>
        <translation>No entry found</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="268"/>
        <source>依据：{basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="281"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="295"/>
        <source>新增知识条目</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="295"/>
        <source>修改知识条目</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="314"/>
        <source>条目失效</source>
        <translation>Retire entry</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="316"/>
        <source>「{title}」失效后保留全部版本，不再出现在默认的查找结果中。确认吗？</source>
        <translation>“{title}” keeps all its versions once retired but no longer shows in a default search. Retire it?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="53"/>
        <source>确认答复</source>
        <translation>Confirmed answer</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="57"/>
        <source>移出白名单(&amp;R)…</source>
        <translation>&amp;Remove from whitelist…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="98"/>
        <source>白名单为空</source>
        <translation>The whitelist is empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="123"/>
        <source>移出白名单</source>
        <translation>Remove from whitelist</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="125"/>
        <source>第 {id} 条（{address}）移出白名单：此后同类新工单不再标记。</source>
        <translation>Entry {id} ({address}) leaves the whitelist: new tickets about it are no longer flagged.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="115"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/new_ticket_dialog.py" line="67"/>
        <source>市平台给定的办理时限</source>
        <translation>The city&apos;s own due date</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/new_ticket_dialog.py" line="72"/>
        <source>请照市平台工单填写</source>
        <translation>as on the city&apos;s ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/new_ticket_dialog.py" line="199"/>
        <source>可能重复：{links}</source>
        <translation>Possible duplicates: {links}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/new_ticket_dialog.py" line="215"/>
        <source>按「{rule}」应为 {due}</source>
        <translation>by “{rule}” it would be {due}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/new_ticket_dialog.py" line="221"/>
        <source>请核对：{warnings}（市平台给定的时限照样登记）</source>
        <translation>Please check: {warnings} (a due date the city set is registered as given)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/new_ticket_dialog.py" line="274"/>
        <source>请填写市平台工单上的「办理时限」，或在「时限规则」中选择一条规则按规则计算</source>
        <translation>Fill in the due date from the city&apos;s ticket, or choose a time-limit rule to count it by</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="37"/>
        <source>与市平台不一致</source>
        <translation>Differs from the city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="41"/>
        <source>导入时发现本地和市平台都改过、且改得不同的内容。逐条选择采用哪一方；</source>
        <translation>Imports found fields both this office and the platform changed, differently. Choose a side for each; </translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="42"/>
        <source>工单状态不能直接采用，请按工单流程办理后选「保留本地」。</source>
        <translation>a state cannot be taken over: handle the ticket through its steps, then choose “Keep ours”.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="40"/>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="52"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="408"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="563"/>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="47"/>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="44"/>
        <source>工单编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="47"/>
        <source>本地</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="47"/>
        <source>市平台</source>
        <translation>city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="47"/>
        <source>来自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="51"/>
        <source>采用市平台的值(&amp;P)</source>
        <translation>Take the &amp;platform&apos;s value</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="52"/>
        <source>保留本地的值(&amp;K)</source>
        <translation>&amp;Keep ours</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="93"/>
        <source>请先选择一条不一致</source>
        <translation>Choose a difference first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="42"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="47"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="108"/>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="44"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="51"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="107"/>
        <source>诉求类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="52"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="408"/>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="44"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="54"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="213"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="466"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="546"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="112"/>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="44"/>
        <source>承办单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="98"/>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="58"/>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="52"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="106"/>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="44"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="60"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="109"/>
        <source>派单时限</source>
        <translation>Dispatch by</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="65"/>
        <location filename="../../hotline_desk/gui/settings/rules_dialog.py" line="48"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="110"/>
        <source>办理时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="69"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="219"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="506"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="521"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="547"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="113"/>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="70"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="116"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="236"/>
        <source>按估算的工作日历计算：当年节假日安排尚未录入</source>
        <translation>Counted on an estimated calendar: that year&apos;s holidays are not entered yet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="240"/>
        <source>保密件，不显示</source>
        <translation>confidential: not shown</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/queue_model.py" line="241"/>
        <source>{content}
来电人：{caller}</source>
        <translation>{content}
Caller: {caller}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="41"/>
        <source>答复参考范本</source>
        <translation>Reply templates</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/rules_dialog.py" line="53"/>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="55"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/rules_dialog.py" line="53"/>
        <source>时限</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/rules_dialog.py" line="76"/>
        <source>上班时间(&amp;O)</source>
        <translation>Office &amp;opens</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/rules_dialog.py" line="77"/>
        <source>下班时间(&amp;C)</source>
        <translation>Office &amp;closes</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/rules_dialog.py" line="78"/>
        <source>按日计的时限在最后一天的下班时间到期。改动只影响此后计算的时限。</source>
        <translation>A limit in days falls due at closing time on its last day. Changes apply to limits computed from now on.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="59"/>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="61"/>
        <source>{part}开头</source>
        <translation>{part} starts with</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="63"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="64"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="65"/>
        <source>存为知识条目(&amp;K)…</source>
        <translation>Save as &amp;knowledge entry…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="66"/>
        <source>以所选范本起草一个知识条目，保存前可修改</source>
        <translation>Draft a knowledge entry from the chosen template; edit it before saving</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/templates_dialog.py" line="120"/>
        <source>请先在列表中选择一个范本</source>
        <translation>Choose a template in the list first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="94"/>
        <source>请选择一件工单</source>
        <translation>Select a ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="111"/>
        <source>时限规则</source>
        <translation>Time-limit rule</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="117"/>
        <source>诉求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="124"/>
        <source>查看来电人信息</source>
        <translation>Show caller</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="109"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="136"/>
        <source>交办总量</source>
        <translation>Handed down</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="110"/>
        <source>事项（并单后）</source>
        <translation>Matters (after merging)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="112"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="521"/>
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="113"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="137"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="466"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="506"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="521"/>
        <source>办结率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="114"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="138"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="115"/>
        <source>回访接通</source>
        <translation>Callbacks reached</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="116"/>
        <source>无法联系</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="117"/>
        <source>保密件</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="120"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="467"/>
        <source>转办</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="121"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="507"/>
        <source>逾期办理</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="122"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="467"/>
        <source>逾期答复</source>
        <translation>Late reply</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="123"/>
        <source>申请承诺件</source>
        <translation>Commitment request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="125"/>
        <source>审核退回</source>
        <translation>Review returns</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="127"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="506"/>
        <source>按时派单率</source>
        <translation>On-time dispatch</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="128"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="139"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="506"/>
        <source>按时办结率</source>
        <translation>On-time completion</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="129"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="229"/>
        <source>典型工单</source>
        <translation>Typical cases</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="135"/>
        <source>近12个月趋势</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="140"/>
        <source>承办单位考核得分</source>
        <translation>Unit scores</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="170"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="649"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="660"/>
        <source>月度统计</source>
        <translation>Monthly statistics</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="182"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="185"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="187"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="189"/>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="197"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="206"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="227"/>
        <source>责任追究</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="230"/>
        <source>考核规则</source>
        <translation>Assessment rules</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="263"/>
        <source>列出这些工单</source>
        <translation>List these tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="285"/>
        <source> 分</source>
        <translation> points</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="288"/>
        <source>扣分事项</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="288"/>
        <source>每件扣分</source>
        <translation>Points each</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="288"/>
        <source>每月最多扣</source>
        <translation>At most a month</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="300"/>
        <source>不扣分</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="301"/>
        <source>不限</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="308"/>
        <source> 件</source>
        <translation> tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="313"/>
        <source>保存规则</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="316"/>
        <source>单位起始分</source>
        <translation>A unit&apos;s starting score</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="317"/>
        <source>经办人每月未按期办结超过</source>
        <translation>Report an operator with more overdue tickets a month than</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="318"/>
        <source>或有工单延误超过</source>
        <translation>or any ticket delayed more than</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="321"/>
        <source>须报告。每类事项对单位的扣分：</source>
        <translation>What each finding costs a unit:</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="590"/>
        <source>已保存考核规则</source>
        <translation>Assessment rules saved</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="599"/>
        <source>工单有变化，按「刷新」重新统计</source>
        <translation>Tickets have changed: press Refresh to count again</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="367"/>
        <source>正在统计 {month}…</source>
        <translation>Counting {month}…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="377"/>
        <source>正在整理历史工单的统计数据：已完成 {n} 件…</source>
        <translation>Preparing the statistics of past tickets: {n} done…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="383"/>
        <source>统计失败：{problem}</source>
        <translation>Statistics failed: {problem}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="392"/>
        <source>{month}：按受理时间归月，统计于 {as_of}</source>
        <translation>{month}: tickets by month received, counted at {as_of}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="98"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="408"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="427"/>
        <source>双击列出这些工单</source>
        <translation>Double-click to list these tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="429"/>
        <source>双击打开工单</source>
        <translation>Double-click to open the ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="449"/>
        <source>（未派单）</source>
        <translation>(not dispatched)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="466"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="466"/>
        <source>扣分</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="466"/>
        <source>交办</source>
        <translation>Handed down</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="467"/>
        <source>不满意</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="468"/>
        <source>承诺件</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="506"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="521"/>
        <source>办理</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="507"/>
        <source>未回访</source>
        <translation>Callback missing</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="521"/>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="521"/>
        <source>按期办结</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="542"/>
        <source>须报告：</source>
        <translation>To report: </translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="542"/>
        <source>本月没有须报告的经办人。</source>
        <translation>No operator to report this month.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/access_log_dialog.py" line="36"/>
        <source>访问记录</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/access_log_dialog.py" line="40"/>
        <source>查看来电人信息、导出含来电人的工作簿和打印呈批单都记录在这里（谁、何时、做了什么、涉及几位来电人）。</source>
        <translation>Revealing a caller, exporting a workbook with callers and printing a difficult-ticket sheet are recorded here (who, when, what, how many callers).</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/access_log_dialog.py" line="46"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="563"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="152"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/access_log_dialog.py" line="46"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="563"/>
        <source>对象</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/access_log_dialog.py" line="46"/>
        <source>来电人数</source>
        <translation>Callers</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/access_log_dialog.py" line="74"/>
        <source>还没有访问记录</source>
        <translation>Nothing recorded yet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="563"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/access_log_dialog.py" line="46"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="563"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="604"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="628"/>
        <source>导出月度统计</source>
        <translation>Export monthly statistics</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="621"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="653"/>
        <source>已导出 {file}</source>
        <translation>Exported {file}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="660"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="152"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="152"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="152"/>
        <source>状态变化</source>
        <translation>State change</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="73"/>
        <source>粘贴国务院放假通知</source>
        <translation>Paste the State Council&apos;s holiday notice</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="79"/>
        <source>把《国务院办公厅关于××年部分节假日安排的通知》全文粘贴在这里</source>
        <translation>Paste the whole notice (国务院办公厅关于××年部分节假日安排的通知) here</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="81"/>
        <source>读取(&amp;R)</source>
        <translation>&amp;Read</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/access_log_dialog.py" line="46"/>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="85"/>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="149"/>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="165"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="563"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="152"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="85"/>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="149"/>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="163"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="85"/>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="149"/>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="60"/>
        <source>上班</source>
        <translation>working day</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="60"/>
        <source>放假</source>
        <translation>rest day</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="104"/>
        <source>{year} 年：读出 {n} 天。请逐条核对后保存。</source>
        <translation>{year}: {n} days read. Check each one, then save.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="109"/>
        <source>读不出（请改正通知文字后重新读取）：{problems}</source>
        <translation>Could not read (correct the text and read again): {problems}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="134"/>
        <source>工作日历</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="145"/>
        <source>红色：放假（含补休）&#x3000;蓝色：调休上班&#x3000;本年未录入国务院通知时为估算</source>
        <translation>Red: rest day (days in lieu included)   Blue: make-up working day   A year without the State Council notice is an estimate</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="156"/>
        <source>上班（不勾选为放假）</source>
        <translation>Working day (unticked: a rest day)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="158"/>
        <source>添加或修改(&amp;A)</source>
        <translation>&amp;Add or change</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="159"/>
        <source>删除所选(&amp;D)</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="160"/>
        <source>粘贴国务院通知(&amp;P)…</source>
        <translation>&amp;Paste the notice…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="176"/>
        <source>本单位录入的日期</source>
        <translation>The office&apos;s own entries</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="231"/>
        <source>{year} 年为估算：国务院通知尚未录入</source>
        <translation>{year} is an estimate: the State Council notice is not entered yet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="233"/>
        <source>{year} 年按国务院通知和本单位录入</source>
        <translation>{year} follows the State Council notice and the office&apos;s entries</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="239"/>
        <source>已保存。{n} 件工单的办理时限按新日历重算：{tickets}</source>
        <translation>Saved. The due dates of {n} ticket(s) were counted again on the new calendar: {tickets}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="244"/>
        <source>已保存，没有工单的办理时限因此改变。</source>
        <translation>Saved; no ticket&apos;s due date changed.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="251"/>
        <source>请写明说明（如：国庆节 调休上班）</source>
        <translation>Write a note (e.g. National Day make-up working day)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="266"/>
        <source>请先选择一个日期</source>
        <translation>Select a date first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="168"/>
        <source>六个确保</source>
        <translation>Six ensures</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="177"/>
        <source>工单详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="178"/>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="181"/>
        <source>相关工单</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="183"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="250"/>
        <source>工单 {number}  {title}</source>
        <translation>Ticket {number}  {title}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="261"/>
        <source>（按估算的工作日历，当年节假日安排尚未录入）</source>
        <translation> (counted on an estimated calendar: that year&apos;s holidays are not entered yet)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="265"/>
        <source>（按此规则应为 {due}，以市平台给定的时限为准）</source>
        <translation> (by this rule {due}; the city platform&apos;s date stands)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="272"/>
        <source>（协办：{units}）</source>
        <translation> (with: {units})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="294"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="466"/>
        <location filename="../../hotline_desk/gui/ticket/dispatch_suggestion.py" line="43"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="323"/>
        <source>保密件：来电人信息不显示</source>
        <translation>Confidential: the caller is not shown</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="334"/>
        <source>白名单事项：与工单 {source} 同一事项，已确认属于正常情况（{reason}），冻结至 {until}。</source>
        <translation>Whitelisted matter: the same as ticket {source}, confirmed normal ({reason}), frozen until {until}.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="337"/>
        <source>该白名单条目已{status}。</source>
        <translation>That whitelist entry is {status}.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="370"/>
        <source>未选择工单</source>
        <translation>No ticket selected</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="451"/>
        <source>正在读取要拨打的号码…</source>
        <translation>Reading the number to dial…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="474"/>
        <source>六个确保中还有 {n} 项未满足：{items}。仍要提交市审核组吗？</source>
        <translation>{n} of the six ensures are still open: {items}. Submit to the city&apos;s review group anyway?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="523"/>
        <source>查知识库，把条目的政策法规依据插入本表单</source>
        <translation>Search the knowledge base and put an entry&apos;s basis into this form</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="536"/>
        <source>白名单事项（工单 {source}）的确认答复：{answer}</source>
        <translation>Confirmed answer of the whitelisted matter (ticket {source}): {answer}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="540"/>
        <source>采用确认答复(&amp;Y)</source>
        <translation>Use the confirmed answer</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="547"/>
        <source>已{action}</source>
        <translation>Done: {action}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/action_forms.py" line="65"/>
        <source>主办单位</source>
        <translation>Main unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="88"/>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="102"/>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="130"/>
        <source>未接通</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="69"/>
        <source>今天需电话联系 {n} 个单位</source>
        <translation>{n} units to phone today</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="71"/>
        <source>今天没有需要电话催办的单位</source>
        <translation>No unit to phone today</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="79"/>
        <source>{handler}&#x3000;&lt;b&gt;{phone}&lt;/b&gt;</source>
        <translation>{handler}  &lt;b&gt;{phone}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="81"/>
        <source>{reason}：{numbers}</source>
        <translation>{reason}: {numbers}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="88"/>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="102"/>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="130"/>
        <source>接通</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="105"/>
        <source>记录这次电话？</source>
        <translation>Record this call?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="106"/>
        <source>记录：{time} 给 {unit}（{handler} {phone}）打了电话，{result}；记在 {n} 件工单上。</source>
        <translation>Record: at {time} you called {unit} ({handler} {phone}), {result}; on {n} tickets.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="113"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="114"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="129"/>
        <source>已记录：{unit} {result}，{n} 件工单</source>
        <translation>Recorded: {unit} {result}, {n} tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/action_forms.py" line="85"/>
        <source>请先选择单位：这里会显示承办人和电话</source>
        <translation>Choose the unit first: its handler and number will show here</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/action_forms.py" line="87"/>
        <source>拨打承办人：&lt;b&gt;{phone}&lt;/b&gt;&#x3000;{name}</source>
        <translation>Call the handler: &lt;b&gt;{phone}&lt;/b&gt;  {name}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/action_forms.py" line="89"/>
        <source>（分管领导 {name} {phone}）</source>
        <translation> (supervising leader {name} {phone})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="457"/>
        <source>回访拨号</source>
        <translation>dialled for the callback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/action_forms.py" line="97"/>
        <source>拨打：&lt;b&gt;{phone}&lt;/b&gt;&#x3000;{name}</source>
        <translation>Dial: &lt;b&gt;{phone}&lt;/b&gt;  {name}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/action_forms.py" line="98"/>
        <source>（来电人未留电话）</source>
        <translation>(the caller left no number)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/action_forms.py" line="125"/>
        <source>确认{action}工单 {number}？</source>
        <translation>{action} ticket {number}?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/tray.py" line="29"/>
        <source>打开主窗口</source>
        <translation>Open window</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/tray.py" line="30"/>
        <source>立即检查</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/tray.py" line="31"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/tray.py" line="48"/>
        <source>{title}：{count} 条未读提醒</source>
        <translation>{title}: {count} unread alerts</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="67"/>
        <source>登录市平台</source>
        <translation>Logging in to the city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="68"/>
        <source>开始新一轮五个确认，并记录一次查看市平台</source>
        <translation>Start a new round of the five confirmations and record a platform check</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="69"/>
        <source>已查看市平台</source>
        <translation>Platform checked</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="72"/>
        <source>今日查看记录</source>
        <translation>Today&apos;s checks</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="97"/>
        <source>在工单列表中只显示这些工单</source>
        <translation>Show only these tickets in the queue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="155"/>
        <source>{count} 件，其中已逾期 {overdue} 件</source>
        <translation>{count} tickets, {overdue} of them overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="173"/>
        <source>本次尚未开始五个确认</source>
        <translation>No confirmation round yet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="180"/>
        <source>本轮 {start} 开始，{end} 全部确认</source>
        <translation>Round started {start}, all confirmed {end}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="186"/>
        <source>本轮 {start} 开始，已确认 {done}/5（未完成）</source>
        <translation>Round started {start}, {done}/5 confirmed (unfinished)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="232"/>
        <source>手动记录</source>
        <translation>recorded by hand</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="249"/>
        <source>今日查看市平台记录</source>
        <translation>City platform checks today</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="255"/>
        <source>共 {n} 次</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="275"/>
        <source>已 {minutes} 分钟未查看市平台（每15分钟至少一次）</source>
        <translation>City platform not checked for {minutes} min (at least every 15 min)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="314"/>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="381"/>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="384"/>
        <location filename="../../hotline_desk/gui/knowledge/dialog.py" line="245"/>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="270"/>
        <location filename="../../hotline_desk/gui/mainwindow/window.py" line="767"/>
        <location filename="../../hotline_desk/gui/panels/phone_today.py" line="82"/>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="26"/>
        <location filename="../../hotline_desk/gui/qt/form_dialog.py" line="283"/>
        <location filename="../../hotline_desk/gui/settings/calendar_dialog.py" line="241"/>
        <location filename="../../hotline_desk/gui/ticket/detail.py" line="276"/>
        <location filename="../../hotline_desk/gui/ticket/new_ticket_dialog.py" line="195"/>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="84"/>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="143"/>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="158"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="42"/>
        <source>工单 {number} 当前为「{state}」，不能{action}：{reason}</source>
        <translation>Ticket {number} is &quot;{state}&quot;; cannot {action}: {reason}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="55"/>
        <source>第 {row} 行</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/panels/confirmations.py" line="159"/>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="56"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="56"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="392"/>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="57"/>
        <source>（实际为「{got}」）</source>
        <translation> (got &quot;{got}&quot;)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="58"/>
        <source>「{field}」应为{expected}{got}</source>
        <translation>&quot;{field}&quot;: expected {expected}{got}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="70"/>
        <source>工单编号「{number}」已存在：市平台的工单编号不会重复</source>
        <translation>Ticket number &quot;{number}&quot; already exists: the city&apos;s numbers are unique</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="90"/>
        <source>本工作站没有本办公室的记录密钥，只能查看、不能办理：请管理员在已有密钥的工作站运行 hotline-desk db trail-key export 文件名，再在本机运行 hotline-desk db trail-key import 文件名，然后重新启动</source>
        <translation>This workstation does not have the office&apos;s trail key: it can read but not act. Ask the admin to run hotline-desk db trail-key export FILE on a workstation that has it, then run hotline-desk db trail-key import FILE here and restart.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="95"/>
        <source>没有编号为「{number}」的工单</source>
        <translation>No ticket with the number &quot;{number}&quot;</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="98"/>
        <source>连不上数据库（服务器停止、网络断开，或数据库文件被别的程序占用）：刚才的操作没有完成，什么也没有保存。恢复后再试；办公室的数据库恢复后列表会自动重新读取。</source>
        <translation>Cannot reach the database (the server stopped, the network is down, or another program holds the database file): what you just did did not happen and nothing was saved. Try again once it is back; the office&apos;s database is read again by itself.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/error_text.py" line="118"/>
        <source>意外错误（{kind}），已记入日志。请把日志交给技术人员。</source>
        <translation>Unexpected error ({kind}), written to the log. Please give the log to your technician.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/form_dialog.py" line="191"/>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/form_dialog.py" line="195"/>
        <source>输入名称中的字查找</source>
        <translation>Type part of the name to find it</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/form_dialog.py" line="282"/>
        <source>还不能保存，请填写：{fields}</source>
        <translation>Not saved yet; please fill in: {fields}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/form_dialog.py" line="283"/>
        <source>「{field}」</source>
        <translation>“{field}”</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="47"/>
        <source>脚本令牌</source>
        <translation>Script tokens</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="52"/>
        <source>令牌让脚本（如夜间导入、月报）以某位人员的身份和角色办理，无需密码。令牌只在发放时写入文件一次，请像密码一样交给脚本的主人；不再需要时撤销。</source>
        <translation>A token lets a script (a nightly import, a monthly report) act as one person, in their role, without a password. It is written to a file once, when issued: hand it to the script&apos;s owner like a password, and revoke it when no longer needed.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/access_log_dialog.py" line="46"/>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="61"/>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="48"/>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="62"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="63"/>
        <source>发放</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="64"/>
        <source>有效至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="65"/>
        <source>撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="66"/>
        <source>上次使用</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="74"/>
        <source>例如：夜间导入</source>
        <translation>e.g. nightly import</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="78"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="311"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="79"/>
        <source>长期有效（直到撤销）</source>
        <translation>No expiry (until revoked)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="85"/>
        <source>人员(&amp;W)</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="86"/>
        <source>用途(&amp;U)</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="87"/>
        <source>有效期(&amp;V)</source>
        <translation>&amp;Valid for</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="90"/>
        <source>发放并存入文件…</source>
        <translation>Issue to a file…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="91"/>
        <source>撤销所选</source>
        <translation>Revoke selected</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="140"/>
        <source>长期有效</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="142"/>
        <source>未使用过</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="152"/>
        <source>令牌存入文件</source>
        <translation>Save the token to a file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="154"/>
        <source>令牌文件 (*.token)</source>
        <translation>Token files (*.token)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="171"/>
        <source>已为 {login} 发放令牌 {id}，写入 {path}：只有您可读，请像密码一样交给脚本的主人</source>
        <translation>Token {id} issued for {login} and written to {path}: only you can read it; hand it to the script&apos;s owner like a password</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="185"/>
        <source>请先选择一个令牌</source>
        <translation>Select a token first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/script_tokens_dialog.py" line="196"/>
        <source>已撤销：用它的脚本从现在起会被拒绝</source>
        <translation>Revoked: scripts using it are refused from now on</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="51"/>
        <source>只有名单中的人员可以办理工单；不在名单中的登录名只能查看。</source>
        <translation>Only the staff on this list may act on tickets; any other login may only read.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="54"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="54"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="54"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="64"/>
        <source>至少 8 个字符；管理员可为他人重设</source>
        <translation>At least 8 characters; an admin may reset anyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="65"/>
        <source>设置密码</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="66"/>
        <source>添加或修改</source>
        <translation>Add or change</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="68"/>
        <source>脚本令牌…</source>
        <translation>Script tokens…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/sign_in_dialog.py" line="36"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/sign_in_dialog.py" line="43"/>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="71"/>
        <source>登录名(&amp;L)</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="77"/>
        <source>保存在系统密钥环中，不写入任何文件</source>
        <translation>Kept in the system keyring, never in a file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="80"/>
        <source>服务器(&amp;H)</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="81"/>
        <source>端口(&amp;O)</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="82"/>
        <source>数据库(&amp;D)</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="83"/>
        <source>用户(&amp;U)</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="84"/>
        <location filename="../../hotline_desk/gui/settings/sign_in_dialog.py" line="44"/>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="77"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="90"/>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="92"/>
        <source>改用本机数据库</source>
        <translation>Use this computer&apos;s database</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="101"/>
        <source>保存后重新启动本程序生效；每台工作站各自设置。</source>
        <translation>Takes effect when the app starts again; set on each workstation.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="126"/>
        <source>连接成功：{version}</source>
        <translation>Connected: {version}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/connection_dialog.py" line="151"/>
        <source>下次启动使用本机数据库。</source>
        <translation>The next start uses this computer&apos;s database.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/sign_in_dialog.py" line="50"/>
        <source>忘记密码请找管理员重设。</source>
        <translation>Forgot your password? An admin resets it.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="72"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="73"/>
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="142"/>
        <source>已设置 {login} 的密码</source>
        <translation>Password of {login} set</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/staff_dialog.py" line="157"/>
        <source>请先选择一位人员</source>
        <translation>Select someone first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="71"/>
        <source>导入工单</source>
        <translation>Import tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="83"/>
        <source>市平台导出的 .xlsx、.xls 或 .csv 文件</source>
        <translation>The city platform&apos;s export: .xlsx, .xls or .csv</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="84"/>
        <source>选择文件(&amp;F)…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="93"/>
        <source>工作表</source>
        <translation>sheet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="95"/>
        <source>映射</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="103"/>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="149"/>
        <location filename="../../hotline_desk/gui/ticket/conflicts_dialog.py" line="47"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="103"/>
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="114"/>
        <source>保存为映射(&amp;S)…</source>
        <translation>&amp;Save as mapping…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="127"/>
        <source>与市平台同步（变化记入工单历史）</source>
        <translation>Keep in step with the platform (changes go into the history)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="128"/>
        <source>跳过已有工单</source>
        <translation>Skip tickets already here</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="133"/>
        <source>只检查，不导入</source>
        <translation>Check only, import nothing</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="140"/>
        <source>已有工单</source>
        <translation>Tickets already here</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="149"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="149"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="152"/>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="155"/>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="158"/>
        <source>保存报告(&amp;R)…</source>
        <translation>Save &amp;report…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="161"/>
        <source>处理不一致(&amp;D)…</source>
        <translation>Settle &amp;differences…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="163"/>
        <location filename="../../hotline_desk/gui/qt/widgets.py" line="111"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="197"/>
        <source>自动选择</source>
        <translation>Choose automatically</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="206"/>
        <source>选择市平台导出的文件</source>
        <translation>Choose the platform&apos;s export</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="208"/>
        <source>导出文件 (*.xlsx *.xls *.csv *.ods)</source>
        <translation>Exports (*.xlsx *.xls *.csv *.ods)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="233"/>
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="261"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="270"/>
        <source>第 {row} 行像是表头，但没有映射认得它：请为每个字段选择列。</source>
        <translation>Row {row} looks like the header, but no mapping knows it: choose a column for each field.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="276"/>
        <source>表头在第 {row} 行；映射「{name}」认出 {count} 列。</source>
        <translation>Header on row {row}; mapping “{name}” recognises {count} columns.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="290"/>
        <source>手工映射</source>
        <translation>mapping by hand</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="293"/>
        <source>保存映射</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="293"/>
        <source>映射名称（本单位共用）：</source>
        <translation>Mapping name (shared by the office):</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="302"/>
        <source>映射「{name}」已保存。</source>
        <translation>Mapping “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="313"/>
        <source>请为必填字段选择列：{fields}</source>
        <translation>Choose a column for the required fields: {fields}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="330"/>
        <source>已读 %v 行</source>
        <translation>%v rows read</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="348"/>
        <source>导入失败：{problem}</source>
        <translation>Import failed: {problem}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="359"/>
        <source>读取 {read} 行：新导入 {imported} 件，更新 {updated} 件，无变化 {unchanged} 件，拒绝 {rejected} 行，与市平台不一致 {conflicts} 处。</source>
        <translation>{read} rows read: {imported} new, {updated} updated, {unchanged} unchanged, {rejected} rows rejected, {conflicts} differences from the platform.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="367"/>
        <source>只检查：什么也没有保存。</source>
        <translation>Check only: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="369"/>
        <source>已取消：已导入的保留，再次导入同一文件可补全。</source>
        <translation>Cancelled: what was imported stays; importing the same file again completes it.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="373"/>
        <source>另有 {n} 行被拒绝，未逐行列出</source>
        <translation>{n} more rows were rejected (not listed one by one)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="376"/>
        <source>{n} 件工单重复尚未办结的事项（同一来电人或同一地点），见下表</source>
        <translation>{n} tickets repeat a matter still open (the same caller or place): see the table</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="381"/>
        <source>新增单位：{units}</source>
        <translation>Units added: {units}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="384"/>
        <source>未用的列：{columns}</source>
        <translation>Columns not used: {columns}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="400"/>
        <source>{number} 与市平台不一致：本地「{local}」，市平台「{platform}」</source>
        <translation>{number} differs from the platform: here “{local}”, platform “{platform}”</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="411"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="111"/>
        <location filename="../../hotline_desk/gui/statistics/window.py" line="466"/>
        <source>重复投诉</source>
        <translation>Repeat complaints</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="412"/>
        <source>{number} 与未办结的 {open} 为{why}</source>
        <translation>{number} and the open {open}: {why}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="427"/>
        <source>保存导入报告</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="428"/>
        <source>导入报告.xlsx</source>
        <translation>import report.xlsx</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="429"/>
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/importing/dialog.py" line="443"/>
        <source>报告已保存：{file}</source>
        <translation>Report saved: {file}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/sheet_printing.py" line="26"/>
        <source>疑难工单呈批单 {number}</source>
        <translation>Difficult-ticket sheet {number}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/widgets.py" line="65"/>
        <source>放弃填写的内容？</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/widgets.py" line="66"/>
        <source>已填写的内容还没有保存，放弃后不会保留。</source>
        <translation>What you typed has not been saved; it will be lost.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/widgets.py" line="70"/>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/widgets.py" line="71"/>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/help.py" line="152"/>
        <source>使用手册</source>
        <translation>User manual</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/help.py" line="198"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/help.py" line="200"/>
        <source>工单详情、办理记录、相关工单、附件</source>
        <translation>Details, History, Related, Attachments</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/help.py" line="201"/>
        <source>关闭表单</source>
        <translation>Close a form</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/help.py" line="203"/>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/help.py" line="203"/>
        <source>作用</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/help.py" line="220"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/first_start.py" line="33"/>
        <source>欢迎使用热线工单桌面助手</source>
        <translation>Welcome to Hotline Desk</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/first_start.py" line="37"/>
        <source>&lt;p&gt;这里记下 12345 热线的每一件工单、每一个期限和每一次电话：12 小时内派单，到期前一个工作日催办，回访群众，提交市审核组，办结归档。快到期的工单会在桌面上提醒您。&lt;/p&gt;&lt;p&gt;&lt;b&gt;从哪里开始：&lt;/b&gt;工单 → 新建工单（Ctrl+N）登记市平台的工单，或 工单 → 导入（Ctrl+I）导入市平台导出的文件；帮助 → 使用手册（F1）一步步讲解每天的工作。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Every 12345 ticket, deadline and call in one place: dispatch within 12 hours, chase the unit one working day before the due date, call the citizen back, submit to the city&apos;s review group, archive. Tickets about to be due are announced on the desktop.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where to begin:&lt;/b&gt; Tickets → New ticket (Ctrl+N) to register a ticket from the city platform, or Tickets → Import (Ctrl+I) for the platform&apos;s export; Help → User manual (F1) walks through the day.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/first_start.py" line="45"/>
        <source>例如：李青</source>
        <translation>e.g. Li Qing</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/first_start.py" line="48"/>
        <source>先载入一个演示办公室看看（约 60 件工单，以后可另建数据库正式使用）</source>
        <translation>Load a demo office first to look around (about 60 tickets; use a new database for real work)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/first_start.py" line="51"/>
        <source>您的姓名(&amp;N) *</source>
        <translation>Your &amp;name *</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/first_start.py" line="52"/>
        <source>本机登录名</source>
        <translation>Login on this computer</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/first_start.py" line="55"/>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/first_start.py" line="60"/>
        <source>办理记录里的每一步都记在这个姓名下。</source>
        <translation>Every step in the history is recorded under this name.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/mainwindow/first_start.py" line="69"/>
        <source>请填写您的姓名：办理记录用它记下每一步是谁办的</source>
        <translation>Please give your name: the history records who did each step by it</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/operations.py" line="44"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="44"/>
        <source>相关原因</source>
        <translation>Why related</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="51"/>
        <source>关联(&amp;L)…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="53"/>
        <source>选中的工单与本工单关联，各自办理</source>
        <translation>Link the chosen tickets with this one; each keeps its own handling</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="56"/>
        <source>选中的重复件并入本工单，随本工单派单、反馈、回访和办结</source>
        <translation>Merge the chosen repeats into this ticket: they follow its dispatch, feedback, callback and closing</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="54"/>
        <source>并单(&amp;M)…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="57"/>
        <source>取消(&amp;U)…</source>
        <translation>&amp;Undo…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="59"/>
        <source>取消选中工单与本工单的关联或并单</source>
        <translation>Undo the link or merge of the chosen ticket with this one</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="100"/>
        <source>{n} 件相关工单，双击打开</source>
        <translation>{n} related tickets; double-click to open</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="102"/>
        <source>没有相关工单</source>
        <translation>No related tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="105"/>
        <source>；另有同一来电人的保密件 {n} 件，不列出</source>
        <translation>; {n} confidential tickets of the same caller, not listed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="142"/>
        <source>{numbers} 与本工单 {this} 关联：各自办理，办理记录中互相注明。</source>
        <translation>{numbers} will be linked with this ticket {this}: each keeps its own handling, and each history names the other.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="145"/>
        <source>关联工单</source>
        <translation>Link tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="156"/>
        <source>{numbers} 并入主工单 {this}：保留各自的工单编号并分别答复市平台，随主工单派单、反馈和办结；同一来电人的随主工单回访。可随时取消并单。</source>
        <translation>{numbers} will be merged into the main ticket {this}: they keep their own numbers and are each answered to the platform, and follow the main ticket&apos;s dispatch, feedback and closing; those of the same caller also follow its callback. A merge can be undone at any time.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="159"/>
        <source>并单</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="172"/>
        <source>取消 {other} 与本工单的并单：重复件从现在的状态起单独办理。</source>
        <translation>Undo the merge of {other} with this ticket: the repeat goes on on its own from where it stands.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="174"/>
        <source>取消 {other} 与本工单的关联。</source>
        <translation>Undo the link of {other} with this ticket.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="176"/>
        <source>取消关联/并单</source>
        <translation>Undo link/merge</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="53"/>
        <location filename="../../hotline_desk/gui/settings/whitelist_dialog.py" line="124"/>
        <location filename="../../hotline_desk/gui/ticket/related_tab.py" line="188"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/dispatch_suggestion.py" line="23"/>
        <source>派单建议：正在计算…</source>
        <translation>Suggested unit: working it out…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/dispatch_suggestion.py" line="28"/>
        <source>采用建议(&amp;S)</source>
        <translation>Use the &amp;suggestion</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/dispatch_suggestion.py" line="36"/>
        <source>派单建议：档案中还没有可学习的同类工单（已学习 {n} 件）</source>
        <translation>Suggested unit: the archive holds nothing like it yet ({n} tickets learnt)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/dispatch_suggestion.py" line="40"/>
        <source>{unit}（{score}）：{reasons}</source>
        <translation>{unit} ({score}): {reasons}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/dispatch_suggestion.py" line="47"/>
        <source>派单建议（由经办人决定）：</source>
        <translation>Suggested units (you decide):</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/dispatch_suggestion.py" line="51"/>
        <source>主办单位选为 {unit}</source>
        <translation>Choose {unit} as the main unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/dispatch_suggestion.py" line="58"/>
        <source>派单建议：{error}</source>
        <translation>Suggested unit: {error}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="72"/>
        <source>把文件拖到这里，或按“添加”；Ctrl+V 粘贴截图</source>
        <translation>Drop files here, or press Add; Ctrl+V pastes a screenshot</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="75"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="75"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="75"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="75"/>
        <source>所属记录</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="83"/>
        <source>添加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="84"/>
        <source>打开(&amp;O)</source>
        <translation>Ope&amp;n</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="86"/>
        <source>删除(&amp;D)…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="87"/>
        <source>缩略图(&amp;P)</source>
        <translation>&amp;Pictures</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="88"/>
        <source>图片和 PDF 的缩略图；查看记入办理记录</source>
        <translation>Thumbnails of images and PDFs; looking is recorded in the history</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="85"/>
        <source>另存为(&amp;E)…</source>
        <translation>Sav&amp;e as…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="91"/>
        <source>附于(&amp;B)：</source>
        <translation>&amp;Belongs to:</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="145"/>
        <source>工单本身</source>
        <translation>The ticket itself</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="148"/>
        <source>第 {seq} 条：{label} {when} {who}</source>
        <translation>No. {seq}: {label} {when} {who}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="170"/>
        <source>{n} 个附件；把文件拖到这里，或按“添加”；Ctrl+V 粘贴截图</source>
        <translation>{n} attachments; drop files here, or press Add; Ctrl+V pastes a screenshot</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="172"/>
        <source>没有附件；把文件拖到这里，或按“添加”；Ctrl+V 粘贴截图</source>
        <translation>No attachments; drop files here, or press Add; Ctrl+V pastes a screenshot</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="180"/>
        <source>{label}（第 {seq} 条）</source>
        <translation>{label} (no. {seq})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="208"/>
        <source>正在读取缩略图…</source>
        <translation>Reading thumbnails…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="226"/>
        <source>添加附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="238"/>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="245"/>
        <source>正在添加附件…</source>
        <translation>Adding attachments…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="281"/>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="295"/>
        <source>正在打开附件…</source>
        <translation>Opening the attachment…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="309"/>
        <source>另存附件</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="315"/>
        <source>正在保存附件…</source>
        <translation>Saving the attachment…</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="324"/>
        <source>删除附件</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="327"/>
        <source>从工单删除附件「{name}」？删除记入办理记录；文件内容在备份轮换后清除。</source>
        <translation>Delete the attachment “{name}” from the ticket? The deletion is in the history; the content is purged after the backups rotate.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="374"/>
        <source>无法显示这张图片（内容损坏？可以另存后用其他程序打开）</source>
        <translation>This image cannot be shown (damaged? save it and open it with another program)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/ticket/attachments_tab.py" line="384"/>
        <source>{name}（{kind}，{size}），{who} {when} 添加</source>
        <translation>{name} ({kind}, {size}), added by {who} {when}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/attachment_limits_dialog.py" line="27"/>
        <source>附件上限</source>
        <translation>Attachment limits</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/attachment_limits_dialog.py" line="29"/>
        <source>单个附件上限（MB）</source>
        <translation>Largest file (MB)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/attachment_limits_dialog.py" line="32"/>
        <source>每件工单附件总量上限（MB）</source>
        <translation>All of one ticket&apos;s files (MB)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/settings/attachment_limits_dialog.py" line="39"/>
        <source>单个文件 {f_low}–{f_high} MB，每件工单合计 {t_low}–{t_high} MB；超过上限的文件添加时被拒绝并说明原因，已保存的附件不受影响。</source>
        <translation>One file {f_low}–{f_high} MB, one ticket&apos;s files {t_low}–{t_high} MB in all; a file over the limit is refused with the reason when added; files already kept are not affected.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="10"/>
        <source>即将到期，电话催办</source>
        <translation>due soon: chase by phone</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="11"/>
        <source>派单后未电话通知</source>
        <translation>not phoned after dispatch</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="12"/>
        <source>有无新工单</source>
        <translation>New tickets?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="13"/>
        <source>有无承诺件申请或退单</source>
        <translation>Extension requests or returns?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="14"/>
        <source>有无即将到期未办结工单</source>
        <translation>Unfinished tickets about to fall due?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="15"/>
        <source>反馈结果及满意度</source>
        <translation>Feedback and satisfaction</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="16"/>
        <source>反馈是否已提交审核、是否已办结归档</source>
        <translation>Feedback submitted for review, tickets archived?</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="17"/>
        <source>12小时内派单并电话通知承办单位</source>
        <translation>Dispatched within 12 h and the unit phoned</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="18"/>
        <source>到期前一个工作日电话催办</source>
        <translation>Unit chased one working day before due</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="19"/>
        <source>已回访群众，反馈和满意度真实</source>
        <translation>Citizen called back: feedback and satisfaction real</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="20"/>
        <source>反馈符合答复参考范本</source>
        <translation>Feedback follows its reply template</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="21"/>
        <source>承办人、分管领导手机号完整有效</source>
        <translation>Handler&apos;s and leader&apos;s full mobile numbers</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="22"/>
        <source>期限内提交审核并办结归档</source>
        <translation>Submitted before the deadline and archived</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="23"/>
        <source>待派单</source>
        <translation>to dispatch</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="24"/>
        <source>办理中</source>
        <translation>handling</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="25"/>
        <source>已反馈</source>
        <translation>feedback in</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="26"/>
        <source>已回访</source>
        <translation>called back</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="27"/>
        <source>已提交审核</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="28"/>
        <source>办结归档</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="29"/>
        <source>咨询</source>
        <translation>consult</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="30"/>
        <source>求助</source>
        <translation>help</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="31"/>
        <source>投诉</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="32"/>
        <source>举报</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="33"/>
        <source>建议</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="34"/>
        <source>满意</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="35"/>
        <source>基本满意</source>
        <translation>basically satisfied</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="36"/>
        <source>不满意</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="37"/>
        <source>已处理</source>
        <translation>handled</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="38"/>
        <source>无需处理</source>
        <translation>no action needed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="39"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="40"/>
        <source>派单</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="41"/>
        <source>转办</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="42"/>
        <source>退单</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="43"/>
        <source>申请承诺件/延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="44"/>
        <source>审批承诺件</source>
        <translation>Decide extension</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="45"/>
        <source>单位反馈</source>
        <translation>Unit feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="46"/>
        <source>虚假反馈退回</source>
        <translation>Reject false feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="47"/>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="48"/>
        <source>提交市审核组</source>
        <translation>Submit to review</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="49"/>
        <source>审核退回</source>
        <translation>Review returns</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="50"/>
        <source>重新交办</source>
        <translation>re-assigned</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="51"/>
        <source>抄报疑难</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="52"/>
        <source>领导批示</source>
        <translation>Leader&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="53"/>
        <source>电话记录</source>
        <translation>Call log</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="54"/>
        <source>查看来电人信息</source>
        <translation>Show caller</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="55"/>
        <source>新工单</source>
        <translation>new ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="56"/>
        <source>派单时限将到</source>
        <translation>dispatch limit near</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="57"/>
        <source>派单已超时</source>
        <translation>dispatch limit passed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="58"/>
        <source>即将到期</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="59"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="60"/>
        <source>承诺件申请</source>
        <translation>extension request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="61"/>
        <source>问题原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="62"/>
        <source>处理情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="63"/>
        <source>下一步措施</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="64"/>
        <source>政策法规依据</source>
        <translation>basis</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="65"/>
        <source>承诺件待批</source>
        <translation>extension pending</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="66"/>
        <source>无故退单</source>
        <translation>unjustified return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="67"/>
        <source>疑难</source>
        <translation>difficult</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="68"/>
        <source>虚假反馈</source>
        <translation>false feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="69"/>
        <source>重办</source>
        <translation>re-handling</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="70"/>
        <source>反馈不规范</source>
        <translation>feedback incomplete</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="71"/>
        <source>保密</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="94"/>
        <source>只有在工单为「{states}」时才能办理</source>
        <translation>only possible when the ticket is &quot;{states}&quot;</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="95"/>
        <source>「{what}」不能为空</source>
        <translation>&quot;{what}&quot; must not be empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="96"/>
        <source>主办单位不能同时是协办单位</source>
        <translation>the main unit cannot also be a co-unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="97"/>
        <source>工单已在该单位办理</source>
        <translation>the ticket is already with that unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="98"/>
        <source>退单理由不成立时工单仍由原单位办理，不要选择改派单位</source>
        <translation>an unjustified return stays with its unit; do not choose a new unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="99"/>
        <source>改派须选择另一个单位</source>
        <translation>re-dispatch needs a different unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="100"/>
        <source>已有申请在等待审批</source>
        <translation>a request is already waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="101"/>
        <source>办理时限 {due} 已过</source>
        <translation>the deadline {due} has passed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="102"/>
        <source>申请办结日期须晚于办理时限 {due}</source>
        <translation>the requested date must be after the deadline {due}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="103"/>
        <source>没有待审批的承诺件申请</source>
        <translation>there is no pending commitment request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="104"/>
        <source>同意申请须给出新的办理时限</source>
        <translation>an approval needs the new due date</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="105"/>
        <source>保密件不回访</source>
        <translation>confidential tickets are not called back</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="106"/>
        <source>回访由派单人 {owner} 负责；代为回访须登记</source>
        <translation>the callback belongs to the dispatching operator {owner}; record that you stand in</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="107"/>
        <source>接通的回访须回答全部四个问题，尚缺：{missing}</source>
        <translation>a reached callback answers all four questions; missing: {missing}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="108"/>
        <source>请先回访群众；只有保密件可不经回访提交</source>
        <translation>call the citizen back first; only confidential tickets skip the callback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="109"/>
        <source>工单未抄报疑难</source>
        <translation>the ticket was not escalated</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="110"/>
        <source>该角色（{role}）无需查看来电人信息（保密制度）</source>
        <translation>the role {role} has no need to see callers (confidentiality)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="111"/>
        <source>保密件的来电人信息一律不显示</source>
        <translation>the caller of a confidential ticket is never shown</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="112"/>
        <source>下一步：12小时内派单并电话通知承办单位</source>
        <translation>Next: dispatch within 12 hours and phone the unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="113"/>
        <source>下一步：改派到正确的单位</source>
        <translation>Next: re-dispatch to the right unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="114"/>
        <source>下一步：等待分管领导审批承诺件申请</source>
        <translation>Next: the leader decides on the extension request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="115"/>
        <source>下一步：等待单位反馈；到期前一个工作日电话催办</source>
        <translation>Next: wait for the unit&apos;s feedback; phone them one working day before the deadline</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="116"/>
        <source>下一步：回访群众</source>
        <translation>Next: call the citizen back</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="117"/>
        <source>下一步：提交市审核组</source>
        <translation>Next: submit to the city&apos;s review group</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="118"/>
        <source>下一步：等待市审核组审核，通过后办结归档</source>
        <translation>Next: the city&apos;s review group checks it, then archive</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="119"/>
        <source>已办结归档</source>
        <translation>Finished and archived</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="120"/>
        <source>1. 是否告知办理结果及依据</source>
        <translation>1. result and basis told</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="121"/>
        <source>2. 反馈是否属实</source>
        <translation>2. account true</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="122"/>
        <source>3. 有无违规违纪</source>
        <translation>3. misconduct</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="123"/>
        <source>4. 满意度</source>
        <translation>4. Satisfaction</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="125"/>
        <source>0 或更大的整数</source>
        <translation>a whole number, 0 or more</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="126"/>
        <source>11位手机号（这是{digits}位）</source>
        <translation>an 11-digit mobile number (this one has {digits} digits)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="127"/>
        <source>true/false、1/0 或 工作日/休息日</source>
        <translation>true/false, 1/0 or 工作日/休息日 (working day/rest day)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="128"/>
        <source>{&quot;date&quot;, &quot;workday&quot;, &quot;note&quot;} 对象的列表，或 {&quot;days&quot;: [...]}</source>
        <translation>a list of {&quot;date&quot;, &quot;workday&quot;, &quot;note&quot;} objects, or {&quot;days&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="129"/>
        <source>不晚于现在（{now}）的时间</source>
        <translation>a time no later than now ({now})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="130"/>
        <source>以下之一：{allowed}</source>
        <translation>one of: {allowed}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="131"/>
        <source>以下提醒类型：{allowed}</source>
        <translation>these alert kinds: {allowed}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="132"/>
        <source>其他单位未用过的名称</source>
        <translation>a name no other unit uses</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="133"/>
        <source>分管领导</source>
        <translation>Supervising leader</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="134"/>
        <source>分管领导姓名，不能为空</source>
        <translation>the supervising leader&apos;s name; it cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="135"/>
        <source>办理时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="136"/>
        <source>包含 date,workday[,note] 列的表头</source>
        <translation>a header with the columns date,workday[,note]</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="137"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="138"/>
        <source>单位的名称，不能为空</source>
        <translation>the unit&apos;s name; it cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="139"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="140"/>
        <source>完整的11位手机号，不能为空</source>
        <translation>a full 11-digit mobile number; it cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="141"/>
        <source>完整的11位手机号，只含数字</source>
        <translation>a full 11-digit mobile number, digits only</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="142"/>
        <source>完整的11位手机号：这是短号，在单位内网以外打不通</source>
        <translation>a full 11-digit mobile number: this is a short internal number, unreachable outside the unit&apos;s network</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="143"/>
        <source>工单编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="144"/>
        <source>市平台的工单编号，不能为空</source>
        <translation>the city platform&apos;s ticket number; it cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="145"/>
        <source>带区号的固定电话（如 0571-87654321）：缺少区号</source>
        <translation>a landline with its area code (e.g. 0571-87654321): the area code is missing</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="146"/>
        <source>必备内容</source>
        <translation>Required parts</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="147"/>
        <source>手机号或带区号的固定电话，只含数字</source>
        <translation>a mobile number or a landline with its area code, digits only</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="148"/>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="149"/>
        <source>承办人姓名，不能为空</source>
        <translation>the handler&apos;s name; it cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="150"/>
        <source>承办单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="151"/>
        <source>提醒类型</source>
        <translation>Alert kind</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="152"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="153"/>
        <source>日期 YYYY-MM-DD</source>
        <translation>a date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="154"/>
        <source>时刻 HH:MM</source>
        <translation>a time of day HH:MM</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="155"/>
        <source>晚于上班时间 {opens} 的时刻</source>
        <translation>a time later than the opening time {opens}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="156"/>
        <source>晚于受理时间的时限</source>
        <translation>a due time later than the time received</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="157"/>
        <source>有效号段的手机号（以13-19开头）</source>
        <translation>a mobile number in a valid range (starting 13-19)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="158"/>
        <source>有效的 JSON（第 {line} 行：{problem}）</source>
        <translation>valid JSON (line {line}: {problem})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="159"/>
        <source>有效的手机号或带区号的固定电话</source>
        <translation>a valid mobile number or a landline with its area code</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="160"/>
        <source>本单位的时限规则之一（{known}）</source>
        <translation>one of the office&apos;s time-limit rules ({known})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="161"/>
        <source>来电号码</source>
        <translation>Caller phone</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="162"/>
        <source>每个日期只出现一次（第 {first} 行已有）</source>
        <translation>each date only once (already on row {first})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="163"/>
        <source>由字母、数字、- 或 _ 组成的编号（最长 40 位）</source>
        <translation>a number of letters, digits, - or _ (at most 40 characters)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="164"/>
        <source>符合本单位编号格式（{pattern}）的编号</source>
        <translation>a number in the office&apos;s format ({pattern})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="165"/>
        <source>答复参考范本</source>
        <translation>Reply template</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="166"/>
        <source>群众的诉求，不能为空</source>
        <translation>the citizen&apos;s request; it cannot be empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="167"/>
        <source>至少一项：{parts}</source>
        <translation>at least one of: {parts}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="168"/>
        <source>范本代码/名称</source>
        <translation>Template code/name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="169"/>
        <source>范本的代码和名称</source>
        <translation>the template&apos;s code and name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="170"/>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="171"/>
        <source>诉求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="172"/>
        <source>诉求类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="173"/>
        <source>通讯录中单位的编号或完整名称</source>
        <translation>a unit&apos;s id or full name from the directory</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="174"/>
        <source>通讯录中的单位</source>
        <translation>a unit in the directory</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="175"/>
        <source>值班人</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="176"/>
        <source>值班人的登录名或姓名</source>
        <translation>the login or name of who is on duty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="177"/>
        <source>晚于开始时间（{starts}）的时间</source>
        <translation>a time later than the start ({starts})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="178"/>
        <source>结束时间</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="180"/>
        <source>1. 承办单位是否已告知办理结果及政策法规依据</source>
        <translation>1. Did the unit tell the result and its legal basis</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="181"/>
        <source>2. 承办单位反馈情况是否属实</source>
        <translation>2. Is the unit&apos;s account true</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="182"/>
        <source>3. 工作人员办理中有无违规违纪</source>
        <translation>3. Any misconduct by the staff</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="183"/>
        <source>不同意</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="184"/>
        <source>不实之处</source>
        <translation>What is untrue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="185"/>
        <source>不成立：无故退单</source>
        <translation>Not valid: unjustified return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="186"/>
        <source>不用范本</source>
        <translation>No template</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="187"/>
        <source>主办单位</source>
        <translation>Main unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="188"/>
        <source>交办说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="189"/>
        <source>代 {owner} 回访</source>
        <translation>Standing in for {owner}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="190"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="191"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="192"/>
        <source>到期前催办</source>
        <translation>Chase before due</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="193"/>
        <source>协办单位</source>
        <translation>Co-units</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="194"/>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="195"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="196"/>
        <source>告知群众的政策法规依据</source>
        <translation>Policy or legal basis told to the citizen</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="197"/>
        <source>回访对象</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="198"/>
        <source>回访由派单人 {owner} 进行；他人须登记代为回访。</source>
        <translation>The dispatching operator {owner} makes the callback; anyone else records standing in.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="199"/>
        <source>回访记录</source>
        <translation>Callback notes</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="200"/>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="201"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="202"/>
        <source>已通知（接通）</source>
        <translation>Called (reached)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="203"/>
        <source>市审核组退回理由</source>
        <translation>Review group&apos;s reason</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="204"/>
        <source>成立：改派（转办）</source>
        <translation>Valid: re-dispatch (transfer)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="205"/>
        <source>打给哪个单位（默认主办单位）</source>
        <translation>Unit called (default: the main unit)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="206"/>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="207"/>
        <source>批示内容</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="208"/>
        <source>抄报理由</source>
        <translation>Reason for escalating</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="209"/>
        <source>接电话的人</source>
        <translation>who answered</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="210"/>
        <source>接通</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="211"/>
        <source>改派至</source>
        <translation>Re-dispatch to</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="212"/>
        <source>新的办理时限</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="213"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="214"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="215"/>
        <source>是，代为回访</source>
        <translation>Yes, standing in</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="216"/>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="217"/>
        <source>未接通</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="218"/>
        <source>未接通（稍后再拨）</source>
        <translation>Not reached (retry later)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="219"/>
        <source>派单后请立即电话通知承办单位。</source>
        <translation>Phone the unit right after dispatching.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="220"/>
        <source>派单通知</source>
        <translation>Dispatch notice</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="221"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="222"/>
        <source>理由是否成立</source>
        <translation>Is the reason valid</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="223"/>
        <source>申请办结日期</source>
        <translation>Requested due date</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="224"/>
        <source>电话结果</source>
        <translation>Call result</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="225"/>
        <source>电话通知承办人</source>
        <translation>Phone the handler</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="226"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="227"/>
        <source>稍后再打</source>
        <translation>Call later</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="228"/>
        <source>稍后派单</source>
        <translation>Dispatch later</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="229"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="230"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="231"/>
        <source>转至单位</source>
        <translation>To unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="232"/>
        <source>退单理由</source>
        <translation>Reason for the return</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="233"/>
        <source>领导审批承诺件</source>
        <translation>Leader&apos;s decision on the extension</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="234"/>
        <source>多次未接通，记为无法联系</source>
        <translation>Not reached after several tries: unreachable</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="235"/>
        <source>无法联系</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="236"/>
        <source>记为无法联系前须先拨打 {required} 次未接通（已记录 {attempts} 次）</source>
        <translation>call {required} times without reaching the citizen before recording them as unreachable ({attempts} recorded so far)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="239"/>
        <source>记为无法联系须写明拨打情况</source>
        <translation>say in the notes when and how you tried to call before recording unreachable</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="240"/>
        <source>退回承办单位</source>
        <translation>sent back to the unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="241"/>
        <source>值班人员</source>
        <translation>on-duty staff</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="242"/>
        <source>只有分管领导可以办理（{actor} 的角色为「{role}」）</source>
        <translation>only the supervising leader may do this ({actor} is {role})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="243"/>
        <source>批准的办理时限须晚于现行时限 {due} 和现在</source>
        <translation>an approved due date must be later than the current one ({due}) and than now</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="244"/>
        <source>经办人员</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="245"/>
        <source>综合科</source>
        <translation>general desk</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="246"/>
        <source>按「{rule}」，延期后的办理时限不得晚于 {latest}</source>
        <translation>under “{rule}” the extended due date may be no later than {latest}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="247"/>
        <source>时限规则</source>
        <translation>Time-limit rule</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="248"/>
        <source>该类工单只能延期 {count} 次，已申请过</source>
        <translation>this kind of ticket may be extended {count} time(s), and already was</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="249"/>
        <source>「{login}」不在本办公室的人员名单中：可以查看，不能办理（请在 设置 → 人员 中添加）</source>
        <translation>“{login}” is not on the office&apos;s staff list: they may read but not act (add them under Settings → Staff)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="253"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="254"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="255"/>
        <source>UTF-8 编码的 CSV 或 JSON 文件（第 {byte} 字节无法读取）</source>
        <translation>a UTF-8 CSV or JSON file (byte {byte} cannot be read)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="256"/>
        <source>可读取的文件（{problem}）</source>
        <translation>a readable file ({problem})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="257"/>
        <source>工单 {number} 刚被 {actor}「{action}」，现为「{state}」：你的操作未保存，请查看后重试</source>
        <translation>ticket {number} was just changed by {actor} (“{action}”) and is now “{state}”: yours was not saved; look at it and try again</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="261"/>
        <source>不含控制字符的文字</source>
        <translation>text without control characters</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="262"/>
        <source>不超过 {limit} 个字（实际 {length} 个）</source>
        <translation>at most {limit} characters (this has {length})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="263"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="264"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="265"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="266"/>
        <source>来电人姓名</source>
        <translation>Caller&apos;s name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="267"/>
        <source>来电人地址</source>
        <translation>Caller address</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="268"/>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="269"/>
        <source>个自然日</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="270"/>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="271"/>
        <source>按新日历重算办理时限</source>
        <translation>due date counted again on the new calendar</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="272"/>
        <source>.xlsx 或 .csv 文件（.xls 请先另存为 .xlsx）</source>
        <translation>an .xlsx or .csv file (save an .xls as .xlsx first)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="273"/>
        <source>UTF-8 或 GB18030 编码的 CSV 文件</source>
        <translation>a CSV file in UTF-8 or GB18030</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="274"/>
        <source>可读取的 Excel 工作簿（.xlsx）</source>
        <translation>a readable Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="275"/>
        <source>工作表</source>
        <translation>sheet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="276"/>
        <source>映射文件</source>
        <translation>Mapping file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="277"/>
        <source>映射认得的列名（前 {n} 行中找不到）</source>
        <translation>column names the mapping knows (none in the first {n} rows)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="278"/>
        <source>有效的映射 JSON（{problem}）</source>
        <translation>a valid mapping JSON ({problem})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="279"/>
        <source>满意、基本满意或不满意</source>
        <translation>satisfied, basically satisfied or unsatisfied</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="280"/>
        <source>.xlsx 或 .csv 文件</source>
        <translation>an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="281"/>
        <source>.xlsx、.xls 或 .csv 文件</source>
        <translation>an .xlsx, .xls or .csv file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="282"/>
        <source>与市平台不一致</source>
        <translation>Differs from the city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="283"/>
        <source>可读取的 Excel 工作簿（.xlsx、.xls）</source>
        <translation>a readable Excel workbook (.xlsx, .xls)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="284"/>
        <source>处理不一致</source>
        <translation>Difference settled</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="285"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="286"/>
        <source>市平台导入核对</source>
        <translation>Checked against a platform export</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="287"/>
        <source>市平台更新</source>
        <translation>Updated from the city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="288"/>
        <source>市平台调整办理时限</source>
        <translation>Due date moved by the city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="289"/>
        <source>报告文件</source>
        <translation>Report file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="290"/>
        <source>按工单流程办理（状态不能直接采用市平台的值）</source>
        <translation>handled through the ticket&apos;s own steps (a state cannot be taken from the platform)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="291"/>
        <source>该工单未处理的不一致之一（{fields}）</source>
        <translation>one of the ticket&apos;s unsettled differences ({fields})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="292"/>
        <source>1 到 40 个字</source>
        <translation>1 to 40 characters</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="293"/>
        <source>与自带映射不同的名称</source>
        <translation>a name other than the built-in mappings</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="294"/>
        <source>导入文件夹</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="295"/>
        <source>已存在且可写入的文件夹</source>
        <translation>an existing folder you may write to</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="296"/>
        <source>映射</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="297"/>
        <source>映射名称</source>
        <translation>Mapping name</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="298"/>
        <source>至少为工单编号和诉求内容选好列</source>
        <translation>columns chosen at least for the ticket number and the request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="299"/>
        <source>办结时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="300"/>
        <source>工单状态</source>
        <translation>Ticket state</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="301"/>
        <source>是否保密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="302"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="304"/>
        <source>为空（必填）</source>
        <translation>empty (required)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="305"/>
        <source>与本文件前面的行重复</source>
        <translation>repeats an earlier row of this file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="306"/>
        <source>反映人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="307"/>
        <source>反映人地址</source>
        <translation>Caller&apos;s address</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="308"/>
        <source>工单标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="309"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="310"/>
        <source>诉求分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="311"/>
        <source>YYYY-MM，例如 2026-10</source>
        <translation>YYYY-MM, e.g. 2026-10</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="312"/>
        <source>一两句话：问题、处理、启示</source>
        <translation>A sentence or two: problem, handling, lesson</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="313"/>
        <source>典型工单</source>
        <translation>Typical cases</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="314"/>
        <source>典型案例摘要</source>
        <translation>Typical case summary</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="315"/>
        <source>取消标记</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="316"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="317"/>
        <source>标记典型工单</source>
        <translation>Mark as typical case</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="318"/>
        <source>考核规则</source>
        <translation>Assessment rules</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="319"/>
        <source>见 README「考核规则」</source>
        <translation>see the README, &quot;Assessment rules&quot;</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="320"/>
        <source>未回访</source>
        <translation>Callback missing</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="321"/>
        <source>申请承诺件</source>
        <translation>Commitment request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="322"/>
        <source>超12小时派单</source>
        <translation>Dispatched after 12 hours</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="323"/>
        <source>逾期办理</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="324"/>
        <source>逾期答复</source>
        <translation>Late reply</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="325"/>
        <source>不早于开始月份的 YYYY-MM</source>
        <translation>YYYY-MM not before the first month</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="326"/>
        <source>结束月份</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="327"/>
        <source>JSON 对象（base、deductions、unfinished_limit、delay_days_limit）</source>
        <translation>a JSON object (base, deductions, unfinished_limit, delay_days_limit)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="330"/>
        <source>deductions 第 {position} 项的 kind：{kinds} 之一</source>
        <translation>kind of deductions entry {position}: one of {kinds}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="331"/>
        <source>deductions 第 {position} 项：对象（kind、points、monthly_cap）</source>
        <translation>deductions entry {position}: an object (kind, points, monthly_cap)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="332"/>
        <source>deductions：扣分项的列表</source>
        <translation>deductions: a list of deductions</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="333"/>
        <source>deductions：每类扣分只出现一次</source>
        <translation>deductions: each kind once</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="334"/>
        <source>{entry}：不小于 {minimum} 的数字</source>
        <translation>{entry}: a number not below {minimum}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="335"/>
        <source>可写入的自动启动位置</source>
        <translation>a writable autostart location</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="336"/>
        <source>开机自动启动</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="337"/>
        <source>人员名单中的登录名</source>
        <translation>a login on the staff list</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="338"/>
        <source>先有一位设了密码的管理员</source>
        <translation>an admin with a password first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="339"/>
        <source>在共享的 PostgreSQL 数据库上必须登录</source>
        <translation>required on the shared PostgreSQL database</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="340"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="341"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="342"/>
        <source>管理员</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="343"/>
        <source>{login}（{role}）不能{what}：这不属于该角色的职责</source>
        <translation>{login} ({role}) may not {what}: not this role&apos;s work</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="344"/>
        <source>登录名或密码不对</source>
        <translation>Wrong login or password</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="345"/>
        <source>更改登录设置</source>
        <translation>change the sign-in setting</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="346"/>
        <source>编辑人员名单</source>
        <translation>edit the staff list</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="347"/>
        <source>至少 {minimum} 个字符的密码</source>
        <translation>a password of at least {minimum} characters</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="348"/>
        <source>重设他人的密码</source>
        <translation>reset someone else&apos;s password</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="349"/>
        <source>1–65535 之间的数字</source>
        <translation>a number from 1 to 65535</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="350"/>
        <source>不能为空</source>
        <translation>not empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="351"/>
        <source>可以连上的 PostgreSQL 服务器</source>
        <translation>a PostgreSQL server that answers</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="352"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="353"/>
        <source>系统密钥环（本机没有：密码不会保存，每次启动时询问）</source>
        <translation>the system keyring (none here: the password is not kept and is asked at each start)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="354"/>
        <source>连接</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="355"/>
        <source>1 到 1440 之间的整数分钟</source>
        <translation>whole minutes from 1 to 1440</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="356"/>
        <source>1 或更大的整数</source>
        <translation>a whole number of 1 or more</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="357"/>
        <source>更改办公室设置</source>
        <translation>change the office&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="358"/>
        <source>更改考核规则</source>
        <translation>change the assessment rules</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="359"/>
        <source>1 到 {maximum} 之间的天数</source>
        <translation>a number of days from 1 to {maximum}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="360"/>
        <source>一个尚不存在的文件（不覆盖已有文件）</source>
        <translation>a file that does not exist yet (an existing file is never overwritten)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="361"/>
        <source>不是本办公室发放的令牌</source>
        <translation>it is not a token this office issued</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="362"/>
        <source>令牌列表中的编号</source>
        <translation>a number from the token list</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="363"/>
        <source>令牌文件</source>
        <translation>Token file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="364"/>
        <source>令牌编号</source>
        <translation>Token number</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="365"/>
        <source>发放或撤销脚本令牌</source>
        <translation>issue or revoke script tokens</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="366"/>
        <source>只有本人可读写的文件（chmod 600）</source>
        <translation>a file only its owner can read and write (chmod 600)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="367"/>
        <source>可以写入的位置</source>
        <translation>a place that can be written to</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="368"/>
        <source>可以读取的令牌文件</source>
        <translation>a readable token file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="369"/>
        <source>属于 {login}，不能以 {other} 的身份使用</source>
        <translation>it belongs to {login} and cannot act as {other}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="370"/>
        <source>已于 {day} 撤销</source>
        <translation>it was revoked on {day}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="371"/>
        <source>已于 {day} 过期</source>
        <translation>it expired on {day}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="372"/>
        <source>已有的文件</source>
        <translation>an existing file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="373"/>
        <source>有效天数</source>
        <translation>Valid for (days)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="374"/>
        <source>管理员发放的令牌文件（含一行 hdt1_ 开头的令牌）</source>
        <translation>a token file the admin issued (one line starting with hdt1_)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="375"/>
        <source>脚本令牌不能使用：{reason}</source>
        <translation>The script token cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="376"/>
        <source>db trail-key export 导出的记录密钥文件</source>
        <translation>a trail key file written by db trail-key export</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="377"/>
        <source>可读取的记录密钥文件</source>
        <translation>a readable trail key file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="378"/>
        <source>备份数据库</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="379"/>
        <source>密钥文件</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="380"/>
        <source>导出记录密钥</source>
        <translation>export the trail key</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="381"/>
        <source>展开后不超过 {limit} MB 的{what}（实际 {size} MB：请拆分后分别导入）</source>
        <translation>a {what} of at most {limit} MB once expanded ({size} MB: split the file and import the parts)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="384"/>
        <source>恢复备份</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="385"/>
        <source>本办公室数据库所用的密钥（指纹 {expected}）</source>
        <translation>the key this office&apos;s database is sealed with (fingerprint {expected})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="386"/>
        <source>本工作站持有的本办公室记录密钥（这里没有）</source>
        <translation>the office&apos;s trail key on this workstation (there is none here)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="387"/>
        <source>查看访问记录</source>
        <translation>read the access log</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="388"/>
        <source>记录密钥</source>
        <translation>Trail key</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="389"/>
        <source>迁移到办公室数据库</source>
        <translation>move to the office database</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="390"/>
        <source>查看来电人</source>
        <translation>revealed a caller</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="391"/>
        <source>导出含来电人的工作簿</source>
        <translation>exported a workbook with callers</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="392"/>
        <source>打印呈批单</source>
        <translation>printed a difficult-ticket sheet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="393"/>
        <source>呈批单（来电人已遮蔽）</source>
        <translation>sheet (caller masked)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="394"/>
        <source>呈批单</source>
        <translation>sheet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="395"/>
        <source>前 {rows} 行没有一行可以导入，其余未读：这不像市平台导出的工单文件</source>
        <translation>None of the first {rows} rows could be imported, the rest was not read: this does not look like a ticket export from the city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="398"/>
        <source>超过 {limit} 行，其余未读：请把文件拆分后分别导入</source>
        <translation>More than {limit} rows, the rest was not read: split the file and import the parts</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="399"/>
        <source>含有无法解码的字节（文件混用了不同编码？请另存为 UTF-8 后再导入这一行）</source>
        <translation>holds bytes that cannot be decoded (a file of mixed encodings? save it as UTF-8 and import this row again)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="402"/>
        <source>共享字符串</source>
        <translation>shared strings</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="403"/>
        <source>单位的名称，不以 = + - @ 开头（电子表格会把它当作公式）</source>
        <translation>the unit&apos;s name, not starting with = + - @ (a spreadsheet would run it as a formula)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="404"/>
        <source>{purpose}：拨打 {callee}{phone}，{outcome}</source>
        <translation>{purpose}: called {callee}{phone}, {outcome}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="405"/>
        <source>已接通</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="406"/>
        <source>回访未接通（第 {n} 次，满 {required} 次可记为无法联系）</source>
        <translation>callback not answered (attempt {n}; after {required} it may be recorded as unreachable)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="407"/>
        <source>无法联系（已拨打 {n} 次未接通）</source>
        <translation>unreachable ({n} calls not answered)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="408"/>
        <source>回访已接通{callee}：满意度「{satisfaction}」</source>
        <translation>callback reached{callee}: satisfaction “{satisfaction}”</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="409"/>
        <source>查看来电人信息（{reason}）</source>
        <translation>caller revealed ({reason})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="410"/>
        <source>市平台</source>
        <translation>city platform</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="411"/>
        <source>单位的实际答复，不是范本的开头或空白（「{text}」）</source>
        <translation>the unit&apos;s actual answer, not a template&apos;s opening or blanks (“{text}”)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="412"/>
        <source>12345 平台工单导出</source>
        <translation>12345 platform ticket export</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="413"/>
        <source>巴尔的摩 311 服务请求（示例）</source>
        <translation>Baltimore 311 service requests (example)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="414"/>
        <source>问政留言板导出（留言与答复）</source>
        <translation>Message board export (messages and replies)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="415"/>
        <source>第 {week} 周（{first}～{last}）</source>
        <translation>week {week} ({first} to {last})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="416"/>
        <source>同一来电人</source>
        <translation>same caller</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="417"/>
        <source>同一地点</source>
        <translation>same place</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="418"/>
        <source>诉求相似</source>
        <translation>similar request</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="419"/>
        <source>不能与工单自身关联或并单</source>
        <translation>A ticket cannot be linked or merged with itself</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="420"/>
        <source>与工单 {other} 没有关联</source>
        <translation>It is not linked with ticket {other}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="421"/>
        <source>关联工单</source>
        <translation>Link tickets</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="422"/>
        <source>取消关联</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="423"/>
        <source>取消并单</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="424"/>
        <source>已并入主工单 {main}，随主工单办理；如需单独办理，先取消并单</source>
        <translation>Merged into main ticket {main} and handled with it; undo the merge to handle it on its own</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="425"/>
        <source>已并入主工单的工单</source>
        <translation>a ticket merged into a main ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="426"/>
        <source>已有其他工单并入该工单，它只能作主工单</source>
        <translation>Other tickets are merged into it: it can only be a main ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="427"/>
        <source>并单</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="428"/>
        <source>至少一个工单编号</source>
        <translation>at least one ticket number</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="429"/>
        <source>该工单与主工单 {main} 由不同单位办理，不能并单；可改为关联</source>
        <translation>It is handled by another unit than the main ticket {main} and cannot be merged; link them instead</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="430"/>
        <source>该工单已在办理，主工单 {main} 尚未派单：请以已派单的工单为主工单</source>
        <translation>It is already being handled while the main ticket {main} is not dispatched: make the dispatched ticket the main one</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="431"/>
        <source>该工单已并入主工单 {main}，请并入主工单</source>
        <translation>It is merged into main ticket {main}: merge into that main ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="432"/>
        <source>该工单已并入主工单 {main}；先取消并单</source>
        <translation>It is already merged into main ticket {main}; undo that merge first</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="433"/>
        <source>该工单没有并入工单 {main}</source>
        <translation>It is not merged into ticket {main}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="434"/>
        <source>并入主工单 {main}</source>
        <translation>Merged into main ticket {main}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="435"/>
        <source>重复件 {repeat} 并入本工单</source>
        <translation>Repeat {repeat} merged into this ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="436"/>
        <source>不再随主工单 {main} 办理</source>
        <translation>No longer handled with main ticket {main}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="437"/>
        <source>重复件 {repeat} 不再随本工单办理</source>
        <translation>Repeat {repeat} no longer handled with this ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="438"/>
        <source>与工单 {other} 关联</source>
        <translation>Linked with ticket {other}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="439"/>
        <source>取消与工单 {other} 的关联</source>
        <translation>Link with ticket {other} undone</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="440"/>
        <source>随主工单 {main} 办理</source>
        <translation>Followed main ticket {main}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="441"/>
        <source>已并单</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="442"/>
        <source>已关联</source>
        <translation>Linked</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="443"/>
        <source>白名单</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="444"/>
        <source>下一步：随主工单办理（已并单）</source>
        <translation>Next: handled with its main ticket (merged)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="445"/>
        <source>冻结中的白名单条目编号</source>
        <translation>the number of a whitelist entry in force</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="446"/>
        <source>冻结至</source>
        <translation>Frozen until</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="447"/>
        <source>列入白名单</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="448"/>
        <source>同一地点、同类诉求的新工单到达时将标记为白名单事项，并附上确认答复供单位参考。</source>
        <translation>A new ticket about the same matter at the same place will be flagged on arrival as whitelisted, with the confirmed answer for the unit to consult.</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="451"/>
        <source>留空：采用单位最近一次反馈</source>
        <translation>Empty: the unit&apos;s latest feedback</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="452"/>
        <source>白名单比对</source>
        <translation>Whitelist match</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="453"/>
        <source>白名单编号</source>
        <translation>Whitelist entry</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="454"/>
        <source>确认正常的理由</source>
        <translation>Why it is normal</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="455"/>
        <source>确认答复</source>
        <translation>Confirmed answer</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="456"/>
        <source>移出白名单</source>
        <translation>Remove from whitelist</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="457"/>
        <source>确认属于正常情况，冻结至 {until}（白名单第 {entry} 条）</source>
        <translation>Confirmed normal, frozen until {until} (whitelist entry {entry})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="458"/>
        <source>与白名单事项（工单 {source}）相同，该事项已确认属于正常情况，冻结至 {until}</source>
        <translation>The same as the whitelisted matter of ticket {source}, confirmed normal until {until}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="461"/>
        <source>移出白名单（第 {entry} 条）</source>
        <translation>Removed from the whitelist (entry {entry})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="462"/>
        <source>冻结中</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="463"/>
        <source>已到期</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="464"/>
        <source>已移出</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="465"/>
        <source>今天以后、一年以内的日期</source>
        <translation>a date after today and within a year</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="466"/>
        <source>确认属于正常情况的理由</source>
        <translation>the reason it is normal</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="467"/>
        <source>有地址的工单（白名单按地点识别重复）</source>
        <translation>a ticket with an address (the whitelist recognises repeats by place)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="468"/>
        <source>工单地址</source>
        <translation>Ticket address</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="469"/>
        <source>同地址 {total} 件均由{unit}办理</source>
        <translation>all {total} tickets at this address went to {unit}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="470"/>
        <source>同地址 {total} 件中 {count} 件由{unit}办理</source>
        <translation>{count} of {total} tickets at this address went to {unit}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="471"/>
        <source>「{category}」类 {total} 件中 {count} 件由{unit}办理</source>
        <translation>{count} of {total} “{category}” tickets went to {unit}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="472"/>
        <source>相似诉求 {share} 由{unit}办理</source>
        <translation>{share} of similar requests went to {unit}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="473"/>
        <source>同地址 {total} 件中 {count} 件为「{category}」</source>
        <translation>{count} of {total} tickets at this address were “{category}”</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="474"/>
        <source>相似诉求 {share} 为「{category}」</source>
        <translation>{share} of similar requests were “{category}”</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="475"/>
        <source>两个字或更多</source>
        <translation>two characters or more</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="476"/>
        <source>有效 或 已失效</source>
        <translation>有效 or 已失效</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="477"/>
        <source>条目编号</source>
        <translation>Entry number</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="478"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="479"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="480"/>
        <source>知识库中已有的条目编号</source>
        <translation>the number of an entry in the knowledge base</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="481"/>
        <source>知识库条目的编号（整数）</source>
        <translation>an entry&apos;s number (a whole number)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="482"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="483"/>
        <source>答复内容</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="484"/>
        <source>来源单位</source>
        <translation>Source unit</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="485"/>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="486"/>
        <source>生效日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="487"/>
        <source>复核日期</source>
        <translation>Review by</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="488"/>
        <source>有效</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="489"/>
        <source>待复核</source>
        <translation>to review</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="490"/>
        <source>已失效</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="491"/>
        <source>新增</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="492"/>
        <source>修改</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="493"/>
        <source>失效</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="494"/>
        <source>导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="495"/>
        <source>条目的标题，不能为空</source>
        <translation>the entry&apos;s title, not empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="496"/>
        <source>条目的答复内容，不能为空</source>
        <translation>the entry&apos;s answer, not empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="497"/>
        <source>导出的知识库表头（{columns}）</source>
        <translation>the headers of an exported knowledge base ({columns})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="498"/>
        <source>编辑知识库</source>
        <translation>edit the knowledge base</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="499"/>
        <source>导入知识库</source>
        <translation>import into the knowledge base</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="500"/>
        <source>知识条目待复核</source>
        <translation>Knowledge entry to review</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="501"/>
        <source>「{title}」已过复核日期 {due}，请复核或修改（知识库第 {id} 条）</source>
        <translation>“{title}” passed its review date {due}: review or edit it (knowledge base entry {id})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="502"/>
        <source>不超过 {limit} 的文件</source>
        <translation>a file of at most {limit}</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="503"/>
        <source>删除附件</source>
        <translation>attachment removed</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="504"/>
        <source>可以读取的文件</source>
        <translation>a file that can be read</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="505"/>
        <source>工单上现有附件的编号</source>
        <translation>the number of an attachment the ticket has</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="506"/>
        <source>查看附件</source>
        <translation>attachment opened</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="507"/>
        <source>每件工单的附件合计不超过 {limit}</source>
        <translation>at most {limit} of attachments on one ticket</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="508"/>
        <source>添加附件</source>
        <translation>attachment added</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="509"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="510"/>
        <source>附件编号</source>
        <translation>Attachment number</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="511"/>
        <source>非空的文件</source>
        <translation>a file that is not empty</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="512"/>
        <source>图片（JPEG、PNG、GIF、BMP、WebP）、PDF、Office 文档或文本文件</source>
        <translation>an image (JPEG, PNG, GIF, BMP, WebP), a PDF, an Office document or a text file</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="513"/>
        <source>JPEG 图片</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="514"/>
        <source>PNG 图片</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="515"/>
        <source>GIF 图片</source>
        <translation>GIF image</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="516"/>
        <source>BMP 图片</source>
        <translation>BMP image</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="517"/>
        <source>PDF 文档</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="518"/>
        <source>Office 97–2003 文档</source>
        <translation>Office 97–2003 document</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="519"/>
        <source>WebP 图片</source>
        <translation>WebP image</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="520"/>
        <source>Office 文档（docx/xlsx/pptx）</source>
        <translation>Office document (docx/xlsx/pptx)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="521"/>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="522"/>
        <source>单个附件上限（MB）</source>
        <translation>Largest file (MB)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="523"/>
        <source>每件工单附件总量上限（MB）</source>
        <translation>All of one ticket&apos;s files (MB)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="524"/>
        <source>分类表</source>
        <translation>Category sheet</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="525"/>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="527"/>
        <source>分类表的表头（{columns}）</source>
        <translation>a category sheet&apos;s headers ({columns})</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="526"/>
        <source>至少一行分类</source>
        <translation>at least one row of categories</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="528"/>
        <source>知识库分类</source>
        <translation>Knowledge base categories</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="533"/>
        <source>查看附件的内容（照片、信件可能含来电人信息）</source>
        <translation>look at attachments&apos; content (a photo or a letter may show the caller)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="534"/>
        <source>导出附件（照片、信件可能含来电人信息）</source>
        <translation>export attachments (a photo or a letter may show the caller)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="529"/>
        <source>{low}–{high} 之间的整数（MB）</source>
        <translation>a whole number from {low} to {high} (MB)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="530"/>
        <source>不大于每件工单的合计上限（{limit} MB）</source>
        <translation>no more than the ticket&apos;s total limit ({limit} MB)</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="531"/>
        <source>工单上反馈、回访或延期申请记录的序号或种类（{kinds}）</source>
        <translation>the number or kind ({kinds}) of a feedback, callback or extension request in the ticket&apos;s history</translation>
    </message>
    <message>
        <location filename="../../hotline_desk/gui/qt/domain_catalogue.py" line="532"/>
        <source>所属记录</source>
        <translation>Belongs to</translation>
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
        <location filename="../../ui/new_ticket_dialog.ui" line="67"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="77"/>
        <source>诉求内容 *</source>
        <translation>Request *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="89"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="99"/>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="109"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="119"/>
        <source>来电号码</source>
        <translation>Caller phone</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="129"/>
        <source>来电人地址</source>
        <translation>Caller address</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="139"/>
        <source>保密件（来电人要求保密）</source>
        <translation>Confidential (the caller asked for it)</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="33"/>
        <source>受理时间 *</source>
        <translation>Received *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="45"/>
        <source>时限规则 *</source>
        <translation>Time-limit rule *</translation>
    </message>
    <message>
        <location filename="../../ui/new_ticket_dialog.ui" line="55"/>
        <source>办理时限 *</source>
        <translation>Due *</translation>
    </message>
</context>
</TS>
