<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../ui/widgets/placeholder.py" line="21"/>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="30"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Use 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>请使用 2–20 位字母、数字、“-”或“_”，以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>请使用 2–32 位小写字母、数字、“.”、“-”或“_”。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>This is already used by another record.</source>
        <translation>已被其他记录使用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>Enter a phone number (digits, spaces, + - and brackets).</source>
        <translation>请输入电话号码（数字、空格、+、- 和括号）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>请输入邮箱地址，例如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>An open store needs its opening date.</source>
        <translation>营业中的门店必须填写开业日期。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>Choose an active user with the right role.</source>
        <translation>请选择角色匹配且已启用的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>The chosen record no longer exists.</source>
        <translation>所选记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Areas cannot contain further areas.</source>
        <translation>片区下不能再建下级片区。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>You cannot deactivate the user you are signed in as.</source>
        <translation>不能停用当前登录的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>The workspace already has stores.</source>
        <translation>工作区中已有门店。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Choose one of the offered values.</source>
        <translation>请从给定选项中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>This value is not valid.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>This workspace was saved by a newer version of OpsDesk (schema %1). Update OpsDesk to open it; the file was not changed.</source>
        <translation>此工作区由更新版本的运营督导台保存（数据结构 %1）。请升级运营督导台后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>This workspace needs to be upgraded before it can be opened.</source>
        <translation>此工作区需要先升级才能打开。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>The file %1 is not an OpsDesk workspace.</source>
        <translation>文件 %1 不是运营督导台工作区。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>%1 is not a picture OpsDesk can read. Choose a JPEG, PNG or WebP photo.</source>
        <translation>%1 不是可识别的图片，请选择 JPEG、PNG 或 WebP 照片。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>%1 is too large to be a photo.</source>
        <translation>%1 过大，不能作为照片。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>The record no longer exists. It may have been removed.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Another computer&apos;s clock is more than 24 hours ahead.</source>
        <translation>另一台电脑的时钟超前 24 小时以上。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>The change was refused to protect the data.</source>
        <translation>为保护数据，此修改已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>OpsDesk</source>
        <translation>运营督导台</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="44"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Operations manager</source>
        <translation>运营经理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Staff</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Company-owned</source>
        <translation>直营</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Franchise</source>
        <translation>加盟</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Preparing</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Suspended</source>
        <translation>暂停营业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>OpsDesk</source>
        <translation>运营督导台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Checklist templates</source>
        <translation>检查模板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Inspections</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Daily checklists</source>
        <translation>开闭店检查</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Corrective actions</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Visit logs</source>
        <translation>巡店日志</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>New-store opening</source>
        <translation>新店筹备</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Signatures &amp; reports</source>
        <translation>签名与报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Switch &amp;user...</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;About OpsDesk</source>
        <translation>关于运营督导台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>nobody</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>User: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Node: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Node %1, key fingerprint %2</source>
        <translation>节点 %1，密钥指纹 %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>About OpsDesk</source>
        <translation>关于运营督导台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>OpsDesk %1
Store operations supervision, offline first.</source>
        <translation>运营督导台 %1
门店运营督导，离线优先。</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="189"/>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="191"/>
        <source>New area in %1</source>
        <translation>在 %1 下新建片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="193"/>
        <source>New region</source>
        <translation>新建大区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="196"/>
        <source>e.g. SH</source>
        <translation>例如 SH</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="201"/>
        <location filename="../../ui/pages/stores.py" line="205"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="202"/>
        <location filename="../../ui/pages/stores.py" line="205"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="207"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="208"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="29"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="33"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="38"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="40"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="43"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="55"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="58"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="59"/>
        <source>This computer (node)</source>
        <translation>本机（节点）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="60"/>
        <source>Schema revision</source>
        <translation>数据结构版本</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="47"/>
        <source>Edit store</source>
        <translation>编辑门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="47"/>
        <source>New store</source>
        <translation>新建门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="51"/>
        <source>e.g. SH012</source>
        <translation>例如 SH012</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="62"/>
        <source>Opened on</source>
        <translation>已开业于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="73"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="81"/>
        <location filename="../../ui/pages/stores.py" line="98"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="82"/>
        <location filename="../../ui/pages/stores.py" line="98"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="83"/>
        <location filename="../../ui/pages/stores.py" line="98"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="84"/>
        <location filename="../../ui/pages/stores.py" line="99"/>
        <source>Region / area</source>
        <translation>大区 / 片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="85"/>
        <location filename="../../ui/pages/stores.py" line="99"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="86"/>
        <location filename="../../ui/pages/stores.py" line="100"/>
        <source>Opening date</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="87"/>
        <location filename="../../ui/pages/stores.py" line="100"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="88"/>
        <location filename="../../ui/pages/stores.py" line="100"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="89"/>
        <location filename="../../ui/pages/stores.py" line="101"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="90"/>
        <location filename="../../ui/pages/stores.py" line="101"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="104"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="235"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="237"/>
        <source>Search code, name, address or phone (Ctrl+F)</source>
        <translation>搜索编号、名称、地址或电话（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="240"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="243"/>
        <source>+ Region</source>
        <translation>+ 大区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="246"/>
        <source>+ Area</source>
        <translation>+ 片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="244"/>
        <source>Create a region</source>
        <translation>新建大区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="247"/>
        <source>Create an area in the selected region</source>
        <translation>在所选大区下新建片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="249"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="265"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="269"/>
        <source>All but closed</source>
        <translation>全部（不含已关闭）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="277"/>
        <source>New store</source>
        <translation>新建门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="278"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="279"/>
        <location filename="../../ui/pages/stores.py" line="406"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="288"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="289"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="290"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="291"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="292"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="293"/>
        <source>Opened</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="294"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="295"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="296"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stores.py" line="323"/>
        <source>%n store(s)</source>
        <translation>
            <numerusform>共 %n 家门店</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="334"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="404"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="436"/>
        <source>Reactivate store %1 %2?</source>
        <translation>重新启用门店 %1 %2？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="440"/>
        <source>Deactivate store %1 %2? It will be marked closed and hidden from the list; its history is kept and it can be reactivated.</source>
        <translation>停用门店 %1 %2？门店将标记为已关闭并从列表中隐藏；历史记录保留，之后可重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="443"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="170"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="176"/>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="179"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="186"/>
        <source>Who is using OpsDesk now?</source>
        <translation>现在由谁使用运营督导台？</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/table_page.py" line="124"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="39"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="39"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="44"/>
        <source>e.g. zhangwei</source>
        <translation>例如 zhangwei</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="51"/>
        <source>Filter stores</source>
        <translation>筛选门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="69"/>
        <location filename="../../ui/pages/users.py" line="83"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="70"/>
        <location filename="../../ui/pages/users.py" line="83"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="71"/>
        <location filename="../../ui/pages/users.py" line="83"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="72"/>
        <location filename="../../ui/pages/users.py" line="84"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="73"/>
        <location filename="../../ui/pages/users.py" line="84"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="74"/>
        <location filename="../../ui/pages/users.py" line="84"/>
        <source>Stores</source>
        <translation>负责门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="87"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="89"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="119"/>
        <source>Tick the store(s) this manager runs.</source>
        <translation>勾选此店长负责的门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="121"/>
        <source>Tick the stores this person supervises.</source>
        <translation>勾选此人督导的门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="123"/>
        <source>Tick the store(s) this person works at.</source>
        <translation>勾选此人所在的门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="125"/>
        <source>Head office sees every store; no assignment needed.</source>
        <translation>总部可查看所有门店，无需分配。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users.py" line="163"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="165"/>
        <source>Search name, username, phone or e-mail (Ctrl+F)</source>
        <translation>搜索姓名、用户名、电话或邮箱（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="167"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="171"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="177"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="178"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="179"/>
        <location filename="../../ui/pages/users.py" line="224"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="188"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="189"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="190"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="191"/>
        <source>Stores</source>
        <translation>负责门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="192"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="193"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="194"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="205"/>
        <source>%1 and more (%n in all)</source>
        <translation>
            <numerusform>%1 等 %n 家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="218"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>共 %n 位用户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="223"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="251"/>
        <source>Reactivate user %1?</source>
        <translation>重新启用用户 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="253"/>
        <source>Deactivate user %1? They can no longer be chosen for new work; their records are kept.</source>
        <translation>停用用户 %1？停用后不能再被指派新工作，其记录保留。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="255"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="37"/>
        <location filename="../../ui/welcome.py" line="48"/>
        <source>Welcome to OpsDesk</source>
        <translation>欢迎使用运营督导台</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="51"/>
        <source>This workspace is empty. Open a demo workspace with a sample chain of stores, supervisors and store managers to look around, or start with an empty workspace.</source>
        <translation>当前工作区为空。您可以打开演示工作区（包含示例连锁门店、督导和店长）先熟悉功能，也可以从空白工作区开始。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="54"/>
        <source>Open the demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="56"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="84"/>
        <source>Building the demo workspace...</source>
        <translation>正在生成演示工作区…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="108"/>
        <source>Start an empty workspace</source>
        <translation>新建空白工作区</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="111"/>
        <source>e.g. East China operations</source>
        <translation>例如 华东区运营部</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="114"/>
        <source>e.g. zhangwei</source>
        <translation>例如 zhangwei</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="120"/>
        <source>Workspace name</source>
        <translation>工作区名称</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="121"/>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="122"/>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="123"/>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="130"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="132"/>
        <source>Create workspace</source>
        <translation>创建工作区</translation>
    </message>
</context>
</TS>
