<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>This must be text.</source>
        <translation>此项必须是文字。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>This must be a whole number.</source>
        <translation>此项必须是整数。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>This must be a number from %1 to %2.</source>
        <translation>此项必须是 %1 到 %2 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>This must be true or false.</source>
        <translation>此项必须是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>This must be a number.</source>
        <translation>此项必须是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>This number is too large.</source>
        <translation>数字过大。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>This must be an object ({ ... }).</source>
        <translation>此项必须是对象（{ ... }）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>This field is not part of the template format; remove it.</source>
        <translation>模板格式中没有此字段，请删除。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>A key has 2 to 40 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>键名须为 2–40 个小写字母、数字或“_”。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>The key %1 is used by another item.</source>
        <translation>键名 %1 已被另一检查项使用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>%1 is not allowed here; use one of: %2.</source>
        <translation>此处不能用 %1，请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>A choice item needs at least 2 options.</source>
        <translation>选择题至少需要 2 个选项。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>This field does not belong to a %1 item; remove it.</source>
        <translation>%1 类检查项没有此字段，请删除。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>The minimum is greater than the maximum.</source>
        <translation>最小值大于最大值。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>This must be “%1”: the file is not an OpsDesk template.</source>
        <translation>此项必须为“%1”：该文件不是 OpsDesk 模板。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>Format version %1 is not supported (this OpsDesk reads version %2).</source>
        <translation>不支持格式版本 %1（本版 OpsDesk 读取版本 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>A template code has 2 to 40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>模板编码须为 2–40 个小写字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>This list must not be empty.</source>
        <translation>此列表不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>This must be a percentage from 0 to 100.</source>
        <translation>此项必须是 0 到 100 的百分数。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>The lowest grade band must start at 0.</source>
        <translation>最低等级须从 0 开始。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The file must hold one JSON object.</source>
        <translation>文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>%1 is larger than %2 kB.</source>
        <translation>%1 大于 %2 kB。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation>%1 不是有效的 JSON（第 %2 行，第 %3 列）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Template %1 exists with another kind; the file cannot change its kind.</source>
        <translation>模板 %1 已存在且类型不同，文件不能更改其类型。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>Template %1 has an unpublished draft (version %2); publish or discard it first.</source>
        <translation>模板 %1 有未发布的草稿（第 %2 版），请先发布或放弃。</translation>
    </message>
</context>
<context>
    <name>AcceptanceBox</name>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="187"/>
        <source>Open acceptance</source>
        <translation>打开验收记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="192"/>
        <source>Acceptance certificate</source>
        <translation>验收单</translation>
    </message>
</context>
<context>
    <name>AcceptanceViewDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="73"/>
        <source>Acceptance certificate</source>
        <translation>验收单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="94"/>
        <source>Result: %1</source>
        <translation>验收结果：%1</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="278"/>
        <source>Acknowledge the promotion plan</source>
        <translation>确认促销方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="278"/>
        <source>Sign and acknowledge</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="287"/>
        <source>I have read the plan and will carry it out as approved.</source>
        <translation>我已阅读并将按方案执行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="291"/>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="298"/>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="300"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="302"/>
        <source>Sign in the box with the mouse, a pen or a finger.</source>
        <translation>请用鼠标、手写笔或手指在框内签名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="317"/>
        <source>Offer</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="317"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="323"/>
        <source>Materials for the store</source>
        <translation>门店物料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="325"/>
        <source>by %1</source>
        <translation>%1 前到店</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="89"/>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="92"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="102"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="116"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="102"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="117"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="102"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="118"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="103"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="107"/>
        <source>Assignee</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="103"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="110"/>
        <source>Due date</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="113"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="114"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="115"/>
        <source>Created on</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="130"/>
        <source>Fix</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="145"/>
        <source>Add photos...</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="156"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="159"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="159"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="159"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="159"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="168"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="189"/>
        <source>Corrective action · %1</source>
        <translation>整改 · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/action_dialog.py" line="196"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="198"/>
        <source>Repeat finding ×%1</source>
        <translation>重复问题 ×%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="213"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="228"/>
        <source>Nothing reported yet.</source>
        <translation>尚未提交整改情况。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="230"/>
        <source>Submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="233"/>
        <source>Verified %1 by %2</source>
        <translation>%2 验收于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="255"/>
        <source>No photos.</source>
        <translation>暂无照片。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="349"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="349"/>
        <source>Discard the unsaved changes?</source>
        <translation>放弃未保存的修改？</translation>
    </message>
</context>
<context>
    <name>ActionLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>Start fixing</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163"/>
        <source>Submit fix</source>
        <translation>提交整改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>Accept</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>Send back</source>
        <translation>退回重做</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>Cancel action</source>
        <translation>取消整改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <location filename="../../ui/pages/actions/forms.py" line="51"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="44"/>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="45"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="46"/>
        <source>Action</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="47"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="49"/>
        <source>Assignee</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="50"/>
        <source>Due date</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="52"/>
        <source>Times repeated</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="53"/>
        <source>Source inspection</source>
        <translation>来源巡检</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="54"/>
        <source>Inspection date</source>
        <translation>巡检日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="55"/>
        <source>What was done</source>
        <translation>整改说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="56"/>
        <source>Verified on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="63"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="68"/>
        <source>Added by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="130"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="132"/>
        <source>Describe what was done.</source>
        <translation>请说明整改了什么。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="139"/>
        <source>This action is closed (%1); it can no longer change.</source>
        <translation>该整改已关闭（%1），不能再更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="141"/>
        <source>This step is not allowed: the action is %1 and cannot become %2 by you.</source>
        <translation>不允许此操作：该整改当前为“%1”，您不能将其改为“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="148"/>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="127"/>
        <source>Corrective-action register</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="129"/>
        <source>Search action or store (Ctrl+F)</source>
        <translation>搜索整改事项或门店（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="158"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="189"/>
        <source>New action</source>
        <translation>新建整改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="191"/>
        <source>Open action</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="192"/>
        <source>Reassign...</source>
        <translation>批量转派…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="193"/>
        <source>Change due date...</source>
        <translation>批量改期…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="194"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="211"/>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="212"/>
        <location filename="../../ui/pages/actions/page.py" line="577"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="214"/>
        <source>Action</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="216"/>
        <location filename="../../ui/pages/actions/page.py" line="578"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="217"/>
        <location filename="../../ui/pages/actions/page.py" line="578"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="218"/>
        <location filename="../../ui/pages/actions/page.py" line="577"/>
        <source>Assignee</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="219"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="220"/>
        <location filename="../../ui/pages/actions/page.py" line="578"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="248"/>
        <location filename="../../ui/pages/actions/page.py" line="273"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="249"/>
        <location filename="../../ui/pages/actions/page.py" line="274"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="250"/>
        <location filename="../../ui/pages/actions/page.py" line="275"/>
        <source>All assignees</source>
        <translation>全部责任人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="251"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="252"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="253"/>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="312"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="290"/>
        <location filename="../../ui/pages/actions/page.py" line="316"/>
        <source>Inspection without actions</source>
        <translation>（该巡检没有整改项）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="394"/>
        <source>No corrective actions here. They come from failed inspection items, or add one with New action (Ctrl+N). Closed actions show under All statuses.</source>
        <translation>这里没有整改项。整改项来自巡检中的不合格项，也可点“新建整改”（Ctrl+N）手工添加。已关闭的整改在“全部状态”下显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="397"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>共 %n 项整改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="470"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="476"/>
        <source>Repeat finding: the same item failed and got an action %n time(s) before.</source>
        <translation>
            <numerusform>重复问题：同一检查项此前已不合格并整改过 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="493"/>
        <source>Action created.</source>
        <translation>整改项已创建。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="493"/>
        <source>Action created; the filters hide it.</source>
        <translation>整改项已创建；当前筛选条件下不显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="517"/>
        <source>Give %n action(s) to %1?</source>
        <translation>
            <numerusform>将 %n 项整改转派给 %1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="519"/>
        <location filename="../../ui/pages/actions/page.py" line="542"/>
        <source>%n closed action(s) in the selection stay as they are.</source>
        <translation>
            <numerusform>所选项中有 %n 项已关闭，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="520"/>
        <location filename="../../ui/pages/actions/page.py" line="543"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="528"/>
        <source>%n action(s) reassigned.</source>
        <translation>
            <numerusform>已转派 %n 项整改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="540"/>
        <source>Move the due date of %n action(s) to %1?</source>
        <translation>
            <numerusform>将 %n 项整改的期限改为 %1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="551"/>
        <source>Due date changed for %n action(s).</source>
        <translation>
            <numerusform>已修改 %n 项整改的期限。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="566"/>
        <location filename="../../ui/pages/actions/page.py" line="575"/>
        <source>Action register</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="577"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="567"/>
        <source>Exported %n action(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 项整改到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="44"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="119"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="137"/>
        <source>Key: %1</source>
        <translation>快捷键：%1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="330"/>
        <source>OpsDesk</source>
        <translation>运营督导台</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="362"/>
        <source>Retry to try again, Open to choose another workspace file, or Cancel to quit.</source>
        <translation>点击“重试”再试一次，点击“打开”选择其他工作区文件，或点击“取消”退出。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="364"/>
        <location filename="../../ui/app.py" line="501"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="379"/>
        <source>Choose a workspace file</source>
        <translation>选择工作区文件</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="380"/>
        <source>OpsDesk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>OpsDesk 工作区 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="403"/>
        <source>Waiting for another OpsDesk window or program to finish saving %1…</source>
        <translation>正在等待另一个 OpsDesk 窗口或程序完成保存 %1…</translation>
    </message>
</context>
<context>
    <name>BinaryEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="234"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="234"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="237"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="237"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CancelProjectDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="325"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="343"/>
        <source>Cancel the opening project</source>
        <translation>取消筹备项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="325"/>
        <source>Cancel the project</source>
        <translation>取消项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="329"/>
        <source>The opening of %1 stops; the store keeps its status and a new project can be started later.</source>
        <translation>%1 的筹备将终止；门店状态不变，之后可重新启动筹备项目。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="333"/>
        <source>Why the opening is cancelled (required)</source>
        <translation>取消原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="335"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="338"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="339"/>
        <source>Keep the project</source>
        <translation>保留项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="344"/>
        <source>Cancel the opening of %1? This cannot be undone.</source>
        <translation>确定取消 %1 的筹备吗？此操作不可撤销。</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="344"/>
        <source>Equipment categories</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="347"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="347"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="347"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="348"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="355"/>
        <source>Add...</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="356"/>
        <source>Edit...</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="357"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="398"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="363"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="398"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="306"/>
        <source>Edit category</source>
        <translation>编辑类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="306"/>
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="310"/>
        <source>e.g. KT (used in asset codes)</source>
        <translation>例如 KT（用于资产编号）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="313"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="328"/>
        <source>Active (offered for new items)</source>
        <translation>启用（新建设备时可选）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="321"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="327"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="322"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="327"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="323"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="327"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="402"/>
        <location filename="../../ui/widgets/sign_in.py" line="436"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="409"/>
        <source>Current password or PIN</source>
        <translation>当前密码或 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="410"/>
        <source>New password or PIN</source>
        <translation>新密码或 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="411"/>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="415"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="418"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="108"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="110"/>
        <location filename="../../ui/pages/daily/forms.py" line="221"/>
        <source>Close the checklist; it cannot be changed afterwards</source>
        <translation>提交检查表，提交后不可再修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="147"/>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="173"/>
        <location filename="../../ui/pages/daily/forms.py" line="310"/>
        <location filename="../../ui/pages/daily/forms.py" line="420"/>
        <source>No %1 template is published. Ask head office to publish one.</source>
        <translation>尚无已发布的%1模板，请联系总部发布。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="83"/>
        <source>An item is done once it is answered and has the photo its answer requires.</source>
        <translation>答完且附上所需照片的项目才算完成。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="184"/>
        <source>Done %1/%2</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="222"/>
        <source>Complete is refused until every required item is answered and every failure that needs a photo has one.</source>
        <translation>所有必答项都已作答、所有需拍照的不合格项都已附照片后，才能完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily/forms.py" line="241"/>
        <source>%n item(s) need a photo:</source>
        <translation>
            <numerusform>%n 项需要照片：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily/forms.py" line="243"/>
        <source>%n required item(s) not answered:</source>
        <translation>
            <numerusform>%n 项必答项未作答：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="260"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="288"/>
        <source>Completed at %1 by %2</source>
        <translation>已于 %1 由 %2 完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="290"/>
        <source>Completed at %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="292"/>
        <source>filled in after the business day</source>
        <translation>营业日结束后补填</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="347"/>
        <source>This checklist was completed meanwhile; it is shown as saved.</source>
        <translation>此检查表已在其他地方完成，现显示已保存的结果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="377"/>
        <source>%1 is outside the expected range %2 of &quot;%3&quot;.

Keep it anyway? It counts as failed.</source>
        <translation>%1 超出“%3”的正常范围 %2。

仍要保留吗？该项将计为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="380"/>
        <source>Out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="386"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="397"/>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="398"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily/forms.py" line="262"/>
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="247"/>
        <source>Cannot complete yet:</source>
        <translation>尚不能完成，以下项目待处理：</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../ui/widgets/placeholder.py" line="23"/>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="56"/>
        <location filename="../../ui/pages/conflicts.py" line="162"/>
        <location filename="../../ui/pages/conflicts.py" line="250"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="64"/>
        <source>When two workspaces changed the same field of a record from the same version, the later change was kept and the other one was set aside here. Choose the value the record should hold: your choice reaches the other workspaces with the next exchange. A change that arrives for a signed record is never applied; it is listed here so you know about it.</source>
        <translation>两个工作区从同一版本修改了同一记录的同一字段时，系统保留了较晚的修改，另一个值暂存在这里。请选择记录应保留的值：您的选择会在下次交换时同步到其他工作区。发往已签名记录的修改永远不会被应用，只在这里列出供您知悉。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="73"/>
        <source>Open conflicts</source>
        <translation>未处理的冲突</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="74"/>
        <source>All conflicts</source>
        <translation>全部冲突</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="76"/>
        <source>Keep current value</source>
        <translation>保留当前值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="78"/>
        <location filename="../../ui/pages/conflicts.py" line="245"/>
        <source>Use other value</source>
        <translation>改用另一个值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="94"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="94"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="94"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="94"/>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="95"/>
        <source>Current: by, at</source>
        <translation>当前值：修改人、时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="95"/>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="95"/>
        <source>Other: by, at</source>
        <translation>另一个值：修改人、时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="95"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="96"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="96"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="329"/>
        <source>Concurrent edit</source>
        <translation>同时修改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="330"/>
        <source>Signed record</source>
        <translation>已签名记录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>Unverified decision</source>
        <translation>未验证的决定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="127"/>
        <source>The inspection was signed before this value arrived: it is not part of the signed record and is kept here for reference. A correction of the inspection can take it up.</source>
        <translation>检查在此值到达之前已签名：它不属于已签名的记录，仅留存于此供参考。如需采用，请对该检查发起更正。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="133"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="135"/>
        <source>Kept current value</source>
        <translation>已保留当前值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="137"/>
        <source>Used other value</source>
        <translation>已改用另一个值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="138"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="142"/>
        <source>this workspace</source>
        <translation>本工作区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="147"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="129"/>
        <location filename="../../ui/pages/conflicts.py" line="231"/>
        <source>The record is signed: a correction, not a sync, changes it.</source>
        <translation>该记录已签名：只能通过更正来修改，同步不能修改它。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="175"/>
        <source>(not in the signed record)</source>
        <translation>（不在已签名记录中）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="182"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/conflicts.py" line="199"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n 个未处理的冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="201"/>
        <source>No open conflicts. Everything that arrived by sync fitted in.</source>
        <translation>没有未处理的冲突。同步收到的所有修改都已顺利合并。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="202"/>
        <source>No conflicts have been recorded.</source>
        <translation>尚未记录任何冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="240"/>
        <source>Change %1 of %2 to the other value?</source>
        <translation>将“%2”的%1改为另一个值吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="242"/>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="243"/>
        <source>Other value: %1</source>
        <translation>另一个值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="244"/>
        <source>The change reaches the other workspaces with the next exchange.</source>
        <translation>此修改会在下次交换时同步到其他工作区。</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="61"/>
        <source>Connect to head-office server</source>
        <translation>连接总部服务器</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="65"/>
        <source>e.g. opsdesk.head-office.lan</source>
        <translation>例如 opsdesk.head-office.lan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="73"/>
        <source>Empty: taken from your .pgpass file</source>
        <translation>留空：从您的 .pgpass 文件读取</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="75"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="76"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="77"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="78"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="79"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="80"/>
        <source>The password is used for this connection only and never saved. To not type it each time, put it in your .pgpass file.</source>
        <translation>密码仅用于本次连接，不会被保存。如不想每次输入，请将其写入您的 .pgpass 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="92"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="95"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="128"/>
        <source>Fill in the server, the database and the user.</source>
        <translation>请填写服务器、数据库和用户。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="137"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="150"/>
        <source>Connected: an OpsDesk workspace on PostgreSQL %1.</source>
        <translation>已连接：PostgreSQL %1 上的 OpsDesk 工作区。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="153"/>
        <source>No shared folder for photos and documents is set on this server yet: they stay on the computer that adds them (opsdesk db set-files-dir).</source>
        <translation>该服务器尚未设置照片和文档的共享文件夹：它们只保存在添加它们的电脑上（opsdesk db set-files-dir）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="157"/>
        <source>The folder %1, where this workspace keeps its photos and documents, cannot be reached from this computer. Connect the shared drive first.</source>
        <translation>本电脑无法访问存放该工作区照片和文档的文件夹 %1。请先连接共享盘。</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="436"/>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="437"/>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="444"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <location filename="../../ui/pages/visits/page.py" line="454"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <location filename="../../ui/pages/visits/page.py" line="452"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <source>Visits</source>
        <translation>巡店次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <source>Hours on site</source>
        <translation>在店时长（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="451"/>
        <source>Coverage</source>
        <translation>是否已巡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="452"/>
        <location filename="../../ui/pages/visits/page.py" line="454"/>
        <location filename="../../ui/pages/visits/page.py" line="503"/>
        <source>Visited</source>
        <translation>已巡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="453"/>
        <location filename="../../ui/pages/visits/page.py" line="454"/>
        <source>Stores</source>
        <translation>门店数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="453"/>
        <location filename="../../ui/pages/visits/page.py" line="455"/>
        <source>Rate</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="456"/>
        <source>Per supervisor</source>
        <translation>按督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="458"/>
        <source>Per region</source>
        <translation>按区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="493"/>
        <source>Visited %1 of %2 stores (%3); %4 not visited; %5 hours on site.</source>
        <translation>%2 家门店中已巡 %1 家（%3）；%4 家未巡；在店共 %5 小时。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="503"/>
        <source>Not visited</source>
        <translation>未巡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="514"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>DailyPage</name>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <location filename="../../ui/labels.py" line="242"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <location filename="../../ui/labels.py" line="246"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244"/>
        <source>Not completed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="38"/>
        <source>This business day has not started yet.</source>
        <translation>该营业日尚未开始。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="40"/>
        <source>The store was not open on this day.</source>
        <translation>门店当天尚未开业。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="43"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="44"/>
        <source>This answer is not valid for the item.</source>
        <translation>该答案不适用于此检查项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="64"/>
        <source>Daily checklists</source>
        <translation>开闭店检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="72"/>
        <source>Previous day (Ctrl+Left)</source>
        <translation>前一天 (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="76"/>
        <source>Next day (Ctrl+Right)</source>
        <translation>后一天 (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="84"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="99"/>
        <location filename="../../ui/pages/daily/page.py" line="128"/>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="143"/>
        <source>Double-click a day to open its checklists.</source>
        <translation>双击某一天可打开当天的检查表。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="152"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="156"/>
        <source>Last %1 days</source>
        <translation>近 %1 天记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="158"/>
        <source>You are not assigned to any open store, so there are no daily checklists to fill. Ask head office to assign your store.</source>
        <translation>您尚未分配到任何营业中的门店，暂无需要填写的开闭店检查。请联系总部为您分配门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="274"/>
        <source>(today)</source>
        <translation>（今日）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="297"/>
        <source>Completion rate: no finished business day yet</source>
        <translation>完成率：尚无已结束的营业日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="298"/>
        <source>The store has no finished business day in the last %1 days.</source>
        <translation>近 %1 天内门店没有已结束的营业日。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="302"/>
        <source>Completion rate (last %1 days): %2%</source>
        <translation>近 %1 天完成率：%2%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="305"/>
        <source>Both checklists completed on %1 of %2 finished business days (%3%).</source>
        <translation>已结束的 %2 个营业日中，有 %1 天开店、闭店检查均已完成（%3%）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily/page.py" line="308"/>
        <source>%n day(s) with a missing or unfinished checklist.</source>
        <translation>
            <numerusform>%n 天存在缺失或未完成的检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="110"/>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard/page.py" line="131"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 次巡检</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="133"/>
        <source>%1 of %2 verified</source>
        <translation>%2 项中已验证 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="135"/>
        <source>%1 of %2 stores visited</source>
        <translation>%2 家门店中已巡 %1 家</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="138"/>
        <source>%1 of %2 checklists done</source>
        <translation>%2 份检查表中已完成 %1 份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="141"/>
        <source>%1 of %2 accepted</source>
        <translation>%2 次验收中通过 %1 次</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard/page.py" line="146"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n 个方案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="148"/>
        <source>acknowledged %1</source>
        <translation>已确认 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="214"/>
        <source>Click to open the list behind this figure</source>
        <translation>点击查看该数字对应的清单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="237"/>
        <source>Change against the previous equal period</source>
        <translation>与上一同期相比的变化</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="282"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="283"/>
        <source>Export to Excel...</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="289"/>
        <source>Monthly circular (PDF)</source>
        <translation>月度通报（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="303"/>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="304"/>
        <source>All areas</source>
        <translation>全部片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="305"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="306"/>
        <source>Direct and franchise</source>
        <translation>直营和加盟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="307"/>
        <source>All supervisors</source>
        <translation>全部督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="333"/>
        <source>Double-click a row to see what it is made of</source>
        <translation>双击一行查看其构成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="339"/>
        <source>By region, area and store</source>
        <translation>按大区、片区和门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="346"/>
        <location filename="../../ui/pages/dashboard/page.py" line="402"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="346"/>
        <location filename="../../ui/pages/dashboard/page.py" line="402"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="346"/>
        <location filename="../../ui/pages/dashboard/page.py" line="402"/>
        <source>Inspections</source>
        <translation>巡检数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="347"/>
        <location filename="../../ui/pages/dashboard/page.py" line="348"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="349"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="349"/>
        <source>Failures</source>
        <translation>不合格次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="349"/>
        <source>Failure rate</source>
        <translation>不合格率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="352"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="352"/>
        <source>Stores visited</source>
        <translation>已巡门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="353"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="354"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="355"/>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="356"/>
        <source>Most-failed items</source>
        <translation>最常不合格项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="357"/>
        <source>Supervisors</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="361"/>
        <source>Rankings</source>
        <translation>排行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="403"/>
        <source>Critical</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="403"/>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="404"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="404"/>
        <source>Visit coverage</source>
        <translation>巡店覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="405"/>
        <source>Daily completion</source>
        <translation>日检完成率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="497"/>
        <source>The period ends before it starts: choose the dates again.</source>
        <translation>结束日期早于开始日期，请重新选择日期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="506"/>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2，对比 %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="578"/>
        <location filename="../../ui/pages/dashboard/page.py" line="587"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="610"/>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="610"/>
        <source>Worst</source>
        <translation>最差</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="667"/>
        <location filename="../../ui/pages/dashboard/page.py" line="693"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="668"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="689"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="694"/>
        <source>Writing the workbook...</source>
        <translation>正在写入工作簿…</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="483"/>
        <source>Set date</source>
        <translation>填入日期</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/dates.py" line="25"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="204"/>
        <source>Submit the plan for review</source>
        <translation>提交方案审核（建议）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="204"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="205"/>
        <location filename="../../ui/pages/promotions/dialogs.py" line="206"/>
        <source>Record the decision</source>
        <translation>记录意见</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="207"/>
        <source>Cancel the plan</source>
        <translation>取消方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="205"/>
        <source>Review the plan</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="206"/>
        <source>Approve the plan</source>
        <translation>审批方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="208"/>
        <source>Close the plan</source>
        <translation>关闭方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="208"/>
        <source>Close the plan with its review</source>
        <translation>总结并关闭方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="212"/>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="213"/>
        <source>Reject (send back with the reason)</source>
        <translation>驳回（附理由退回）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="231"/>
        <source>What worked, what did not, what to do next time</source>
        <translation>哪些有效、哪些不足、下次如何改进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="249"/>
        <source>Comment for the reviewer (optional)</source>
        <translation>给审核人的说明（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="250"/>
        <source>Why the plan is called off (required)</source>
        <translation>取消原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="251"/>
        <source>Lessons learned (required)</source>
        <translation>经验总结（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="252"/>
        <source>Reason for the rejection (required)</source>
        <translation>驳回理由（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="253"/>
        <source>Comment (optional)</source>
        <translation>意见（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="256"/>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../../ui/labels.py" line="338"/>
        <source>Verify a corrective action</source>
        <translation>验收整改项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="339"/>
        <source>Cancel a corrective action</source>
        <translation>取消整改项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="340"/>
        <source>Propose a promotion plan</source>
        <translation>建议促销方案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="341"/>
        <source>Review a promotion plan</source>
        <translation>审核促销方案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="342"/>
        <source>Reject a promotion plan at review</source>
        <translation>审核驳回促销方案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="343"/>
        <source>Approve a promotion plan</source>
        <translation>审批促销方案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="344"/>
        <source>Reject a promotion plan at approval</source>
        <translation>审批驳回促销方案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="345"/>
        <source>Open a store before its gates are passed</source>
        <translation>关卡未通过即开业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="346"/>
        <source>Sign off an equipment acceptance</source>
        <translation>设备验收签字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="347"/>
        <source>Resolve a sync conflict</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="348"/>
        <source>Accept a decision that arrived unverified</source>
        <translation>接受到达时未通过验证的决策</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="88"/>
        <source>Signature verified · %1 (%2)</source>
        <translation>签名已验证 · %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="91"/>
        <source>Unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="93"/>
        <source>Accepted after review · %1 (%2), signature verified</source>
        <translation>经复核接受 · %1（%2），签名已验证</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="96"/>
        <source>Signature not valid: %1</source>
        <translation>签名无效：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="104"/>
        <source>the signature does not match the decision</source>
        <translation>签名与决定内容不符</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="105"/>
        <source>the certificate is not issued by a trusted authority</source>
        <translation>证书并非由受信任的机构签发</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="106"/>
        <source>the certificate belongs to someone else</source>
        <translation>证书属于他人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="107"/>
        <source>the decider&apos;s role does not allow this decision</source>
        <translation>决定人的角色无权作此决定</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="108"/>
        <source>the store is not in the decider&apos;s scope</source>
        <translation>该门店不在决定人的管辖范围内</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="109"/>
        <source>the decider is not a user of this workspace</source>
        <translation>决定人不是本工作区的用户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="110"/>
        <source>unsigned, but this workspace requires signed decisions</source>
        <translation>未签名，但本工作区要求决定必须签名</translation>
    </message>
</context>
<context>
    <name>DigestTab</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="541"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="543"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="548"/>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="548"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="548"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="548"/>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="549"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="549"/>
        <source>Within 4 hours</source>
        <translation>4 小时内上报</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="563"/>
        <source>%1 major incidents; %2 reported later than 4 hours.</source>
        <translation>共 %1 件大事；%2 件超过 4 小时才上报。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="569"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="570"/>
        <source>No (%1 h)</source>
        <translation>否（%1 小时）</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="82"/>
        <source>Photos and documents</source>
        <translation>照片与文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="90"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="90"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="90"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="101"/>
        <source>What the file you add is</source>
        <translation>所添加文件的类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="102"/>
        <source>Add file...</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="106"/>
        <location filename="../../ui/pages/equipment/documents.py" line="205"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="110"/>
        <source>Remove...</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="165"/>
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="167"/>
        <source>PDF documents and pictures (%1)</source>
        <translation>PDF 文件和图片 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="168"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="169"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="205"/>
        <source>No program to open %1 was found.</source>
        <translation>未找到可打开 %1 的程序。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="212"/>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="213"/>
        <source>Remove %1 (%2) from this item?</source>
        <translation>从此设备移除 %1（%2）？</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="228"/>
        <source>Change due date</source>
        <translation>修改整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="230"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/dialogs.py" line="232"/>
        <source>New due date for %n selected action(s):</source>
        <translation>
            <numerusform>所选 %n 项整改的新期限：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditProjectDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="179"/>
        <source>Edit opening project %1</source>
        <translation>编辑筹备项目 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="180"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="195"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="200"/>
        <source>Project owner</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="196"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="200"/>
        <source>Franchisee</source>
        <translation>加盟商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="197"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="201"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EquipmentAcceptance</name>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="34"/>
        <source>Store %1 is being opened and its fit-out has not passed its acceptance yet: equipment is accepted only after the fit-out acceptance has passed.</source>
        <translation>门店 %1 正在筹备开业，装修尚未通过验收：装修验收通过后，方可进行设备验收。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="38"/>
        <source>The item is %1: only an installed item, or one conditionally accepted or rejected before, can be accepted.</source>
        <translation>该设备当前为“%1”：只有已安装的设备（或之前有条件验收、验收不通过的设备）才能验收。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="114"/>
        <source>Sign now?</source>
        <translation>现在签字吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="115"/>
        <source>The acceptance is complete. Sign it now? The supplier, the store manager and the supervisor each sign; once all three have signed it is frozen and the item takes the result.</source>
        <translation>验收已完成，现在签字吗？供应商、店长和督导分别签字；三方都签字后验收即冻结，设备状态随验收结果更新。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="148"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="158"/>
        <source>Not accepted yet.</source>
        <translation>尚未验收。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="161"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/acceptance.py" line="168"/>
        <source>%n signature(s) still to give</source>
        <translation>
            <numerusform>还差 %n 个签字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="170"/>
        <source>Latest acceptance: %1 · %2</source>
        <translation>最近一次验收：%1 · %2</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="113"/>
        <source>Edit item %1</source>
        <translation>编辑设备 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="113"/>
        <source>New item</source>
        <translation>新建设备</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="124"/>
        <source>Edit categories...</source>
        <translation>编辑类别…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="132"/>
        <source>Blank: generated (store-category-number)</source>
        <translation>留空则自动生成（门店-类别-编号）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="135"/>
        <source>e.g. kitchen, back wall</source>
        <translation>例如：厨房后墙</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="142"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="144"/>
        <source>yuan, e.g. 12800.00</source>
        <translation>元，例如 12800.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="153"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="207"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="154"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="207"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="155"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="207"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="156"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="208"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="157"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="208"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="158"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="208"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="159"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="209"/>
        <source>Asset code</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="160"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="209"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="161"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="210"/>
        <source>Location in the store</source>
        <translation>店内位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="163"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="210"/>
        <source>Ordered on</source>
        <translation>订购日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="164"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="211"/>
        <source>Delivered on</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="165"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="211"/>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="166"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="212"/>
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="167"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="212"/>
        <source>Warranty ends</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="168"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="213"/>
        <source>Service life (years)</source>
        <translation>使用年限（年）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="169"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="213"/>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="175"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="214"/>
        <source>Technical parameters</source>
        <translation>技术参数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="179"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="214"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="183"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="185"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>EquipmentDocuments</name>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="44"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="45"/>
        <source>Manual</source>
        <translation>说明书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="46"/>
        <source>Warranty card</source>
        <translation>保修卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="47"/>
        <source>Packing list</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="48"/>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="55"/>
        <source>%1 MB</source>
        <translation>%1 兆字节</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="56"/>
        <source>%1 KB</source>
        <translation>%1 千字节</translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="101"/>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="122"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="123"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="124"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="131"/>
        <source>Add parameter</source>
        <translation>添加参数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="133"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="186"/>
        <source>Asset code</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="187"/>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="188"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="189"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="190"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="191"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="192"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="193"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="194"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="195"/>
        <source>Location in the store</source>
        <translation>店内位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="196"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="197"/>
        <source>Ordered on</source>
        <translation>订购日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="198"/>
        <source>Delivered on</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="199"/>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="200"/>
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="201"/>
        <source>Warranty ends</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="202"/>
        <source>Service life (years)</source>
        <translation>使用年限（年）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="203"/>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="204"/>
        <source>Technical parameters</source>
        <translation>技术参数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="205"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="215"/>
        <source>Enter an amount in yuan, such as 12800 or 12800.50.</source>
        <translation>请输入金额（元），例如 12800 或 12800.50。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="217"/>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="219"/>
        <source>At most two decimal places (fen).</source>
        <translation>最多两位小数（分）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="221"/>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="223"/>
        <source>Enter a whole number of years.</source>
        <translation>请输入整数年。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="225"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的数。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="229"/>
        <source>This date cannot be before %1.</source>
        <translation>此日期不能早于%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="230"/>
        <source>The warranty must end after %1.</source>
        <translation>保修截止日期必须晚于%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="233"/>
        <source>Enter a date such as 2025-03-31.</source>
        <translation>请输入日期，例如 2025-03-31。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="235"/>
        <source>This category is no longer in use: choose another.</source>
        <translation>此类别已停用，请选择其他类别。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="237"/>
        <source>Every parameter needs a name.</source>
        <translation>每个参数都需要名称。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="239"/>
        <source>Parameters are written as name(unit)=value, separated by &apos;;&apos;; names cannot contain = ; or brackets.</source>
        <translation>参数格式为 名称(单位)=数值，用“;”分隔；名称不能包含 = ; 或括号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="242"/>
        <source>Repeats row %1 of the file.</source>
        <translation>与文件第 %1 行重复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="244"/>
        <source>Item %1 already has this serial number.</source>
        <translation>设备 %1 已使用此序列号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="247"/>
        <source>No store has this code.</source>
        <translation>没有此编码的门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="249"/>
        <source>No category has this code or name.</source>
        <translation>没有此编码或名称的类别。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="251"/>
        <source>The item cannot move from %1 to this status.</source>
        <translation>设备不能从“%1”变为此状态。</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="68"/>
        <location filename="../../ui/pages/equipment/page.py" line="394"/>
        <location filename="../../ui/pages/equipment/page.py" line="519"/>
        <location filename="../../ui/pages/equipment/page.py" line="527"/>
        <source>Equipment register</source>
        <translation>设备台账</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="70"/>
        <source>Asset code, serial, name or store; scan a label (Ctrl+F)</source>
        <translation>资产编号、序列号、名称或门店；可扫描标签（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="77"/>
        <location filename="../../ui/pages/equipment/page.py" line="179"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="80"/>
        <location filename="../../ui/pages/equipment/page.py" line="180"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="81"/>
        <location filename="../../ui/pages/equipment/page.py" line="184"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="83"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="85"/>
        <source>Warranty ends within %1 days</source>
        <translation>保修期 %1 天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="86"/>
        <source>Service life reached</source>
        <translation>已达使用年限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="87"/>
        <location filename="../../ui/pages/equipment/page.py" line="148"/>
        <source>Open faults</source>
        <translation>未关闭故障</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="100"/>
        <source>New item</source>
        <translation>新建设备</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="101"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="102"/>
        <source>Edit the selected item (F2, Enter or double-click)</source>
        <translation>编辑选中的设备（F2、回车或双击）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="106"/>
        <source>Change status...</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="107"/>
        <source>Report fault...</source>
        <translation>报修故障…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="109"/>
        <source>Acceptance...</source>
        <translation>验收…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="110"/>
        <source>Accept the selected installed item: the acceptance checklist with its measurements, then the supplier, store manager and supervisor sign</source>
        <translation>验收选中的已安装设备：填写验收检查表及测量值，然后由供应商、店长和督导签字</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="112"/>
        <source>Print labels...</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="113"/>
        <source>Import...</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="114"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="119"/>
        <source>Selected items</source>
        <translation>选中的设备</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="121"/>
        <source>Every item in the list (at most %1)</source>
        <translation>列表中全部设备（最多 %1 个）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="135"/>
        <source>Asset code</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="136"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="138"/>
        <location filename="../../ui/pages/equipment/page.py" line="529"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="139"/>
        <location filename="../../ui/pages/equipment/page.py" line="529"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="141"/>
        <location filename="../../ui/pages/equipment/page.py" line="530"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="142"/>
        <source>Brand / model</source>
        <translation>品牌 / 型号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="144"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="145"/>
        <source>Warranty ends</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="234"/>
        <source>No equipment here. Add an item with New item (Ctrl+N) or import a register with Import..., or change the filters.</source>
        <translation>这里没有设备。可点“新建设备”（Ctrl+N）添加，或用“导入…”导入台账，或调整筛选条件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="238"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="269"/>
        <source>%n warranty(ies) ending within 30 days</source>
        <translation>
            <numerusform>%n 台设备保修期 30 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="272"/>
        <source>%n item(s) past their service life</source>
        <translation>
            <numerusform>%n 台设备已超使用年限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="275"/>
        <source>%n fault(s) open more than 14 days</source>
        <translation>
            <numerusform>%n 个故障超过 14 天未关闭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="296"/>
        <source>Warranty ended %n day(s) ago</source>
        <translation>
            <numerusform>保修已于 %n 天前到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="298"/>
        <source>Warranty ends in %n day(s)</source>
        <translation>
            <numerusform>保修 %n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="329"/>
        <source>Item %1 created.</source>
        <translation>设备 %1 已创建。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="330"/>
        <source>Item %1 created; the filters hide it.</source>
        <translation>设备 %1 已创建；当前筛选条件下不显示。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="360"/>
        <location filename="../../ui/pages/equipment/page.py" line="387"/>
        <source>%1 is now: %2</source>
        <translation>%1 现在的状态：%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="362"/>
        <source>%1 is now: %2 (the filters hide it)</source>
        <translation>%1 现在的状态：%2（当前筛选条件下不显示）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="425"/>
        <source>Found %1.</source>
        <translation>已找到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="435"/>
        <source>Found %1; the filters were cleared to show it.</source>
        <translation>已找到 %1；已清除筛选条件以显示它。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="459"/>
        <source>No items to label.</source>
        <translation>没有可打印标签的设备。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="462"/>
        <source>Labels for the first %1 of %2 items.</source>
        <translation>为 %2 台设备中的前 %1 台打印标签。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="471"/>
        <location filename="../../ui/pages/equipment/page.py" line="485"/>
        <source>Import equipment</source>
        <translation>导入设备</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="472"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="487"/>
        <source>Checking and importing %1...</source>
        <translation>正在检查并导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="492"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>已导入：新增 %1 台，更新 %2 台。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="520"/>
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 台设备导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="529"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="271"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="273"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="275"/>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>PIN 为 %1 至 %2 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="278"/>
        <source>Only store managers and staff may sign in with a PIN.</source>
        <translation>只有店长和店员可以使用 PIN 登录。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="280"/>
        <location filename="../../ui/widgets/sign_in.py" line="245"/>
        <location filename="../../ui/widgets/sign_in.py" line="431"/>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="282"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="284"/>
        <source>Use 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>请使用 2–20 位字母、数字、“-”或“_”，以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="287"/>
        <source>Use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>请使用 2–32 位小写字母、数字、“.”、“-”或“_”。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="290"/>
        <source>This is already used by another record.</source>
        <translation>已被其他记录使用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="292"/>
        <source>Enter a phone number (digits, spaces, + - and brackets).</source>
        <translation>请输入电话号码（数字、空格、+、- 和括号）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="294"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>请输入邮箱地址，例如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="296"/>
        <source>An open store needs its opening date.</source>
        <translation>营业中的门店必须填写开业日期。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="298"/>
        <source>Choose an active user with the right role.</source>
        <translation>请选择角色匹配且已启用的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="300"/>
        <source>The chosen record no longer exists.</source>
        <translation>所选记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="302"/>
        <source>Areas cannot contain further areas.</source>
        <translation>片区下不能再建下级片区。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="304"/>
        <source>You cannot deactivate the user you are signed in as.</source>
        <translation>不能停用当前登录的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="306"/>
        <source>The workspace already has stores.</source>
        <translation>工作区中已有门店。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="308"/>
        <source>The value is out of the allowed range.</source>
        <translation>数值超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="310"/>
        <source>This answer does not fit the question.</source>
        <translation>此答案不符合该检查项的要求。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="317"/>
        <source>“%1” cannot be answered N/A: its template does not allow N/A for this item. Nothing was saved.</source>
        <translation>“%1”不能答“不适用”：模板不允许此项答“不适用”。未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="321"/>
        <source>A failed item needs a photo.</source>
        <translation>不合格项需要附照片。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="323"/>
        <source>Grade bands need a name each and one band starting at 0 %.</source>
        <translation>每个等级都要有名称，且必须有一个等级从 0% 起。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="325"/>
        <source>The only version of a template cannot be discarded.</source>
        <translation>模板唯一的版本不能放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="327"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="329"/>
        <source>This store has no open corrective actions to re-check.</source>
        <translation>该门店没有待复查的整改任务。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="331"/>
        <source>This corrective action has not been re-checked yet.</source>
        <translation>此整改任务尚未复查。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="333"/>
        <source>Sign in the box first.</source>
        <translation>请先在签名框内签名。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="335"/>
        <source>This role has already signed the inspection.</source>
        <translation>该身份已签过此巡检。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="337"/>
        <source>Only a user with this role can sign as it: switch to that user&apos;s account.</source>
        <translation>只有具备该角色的用户才能以此身份签字：请切换到该用户的账号。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="340"/>
        <source>Check-out cannot be before check-in.</source>
        <translation>签退时间不能早于签到时间。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="342"/>
        <source>This time is in the future.</source>
        <translation>该时间晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="344"/>
        <source>The visit has started; it stays on its day.</source>
        <translation>巡店已开始，不能改到其他日期。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="346"/>
        <source>A finished visit cannot be cancelled.</source>
        <translation>已完成的巡店不能取消。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="348"/>
        <source>Choose one of the offered values.</source>
        <translation>请从给定选项中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="349"/>
        <source>This value is not valid.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="367"/>
        <source>Cannot reach the server of %1. Check the server name and port, and that the server is running and reachable from this computer.</source>
        <translation>无法连接到 %1 的服务器。请检查服务器名称和端口，并确认服务器正在运行且本电脑可以访问。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="371"/>
        <source>The server refused the login of user %1: the password is wrong or missing (type it, or put it in your .pgpass file), or the server does not know this user.</source>
        <translation>服务器拒绝了用户 %1 的登录：密码错误或未提供（请输入密码，或写入您的 .pgpass 文件），或服务器上没有该用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="376"/>
        <source>The server has no database named %1.</source>
        <translation>服务器上没有名为 %1 的数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="379"/>
        <source>The folder %1, where this workspace keeps its photos and documents, cannot be reached from this computer. Connect the shared drive, then try again.</source>
        <translation>本电脑无法访问存放该工作区照片和文档的文件夹 %1。请连接共享盘后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="386"/>
        <source>The database %1 holds no OpsDesk workspace yet. The administrator sets it up with: opsdesk db upgrade --db %1</source>
        <translation>数据库 %1 中还没有 OpsDesk 工作区。请管理员运行以下命令进行初始化：opsdesk db upgrade --db %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="390"/>
        <source>The workspace on the server needs an upgrade for this version of OpsDesk. The administrator runs: opsdesk db upgrade --db %1</source>
        <translation>服务器上的工作区需要升级才能用于此版本的 OpsDesk。请管理员运行：opsdesk db upgrade --db %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="394"/>
        <source>The database %1 is not an OpsDesk workspace: it holds tables of another program.</source>
        <translation>数据库 %1 不是 OpsDesk 工作区：其中有其他程序的数据表。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="416"/>
        <source>There is no workspace at %1.</source>
        <translation>%1 处没有工作区。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="418"/>
        <source>Another OpsDesk window or program kept the workspace %1 busy for too long. Nothing was changed; try again once it has finished.</source>
        <translation>另一个 OpsDesk 窗口或程序长时间占用工作区 %1。未做任何更改；请在其完成后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="422"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>磁盘已满。未做任何更改；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="425"/>
        <source>The workspace %1 cannot be written: the file or its folder is read-only. Nothing was changed; copy it to a folder you can write to, or choose another file.</source>
        <translation>无法写入工作区 %1：文件或其所在文件夹为只读。未做任何更改；请将其复制到可写入的文件夹，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="429"/>
        <source>The workspace %1 is damaged and cannot be read. Restore a backup copy, or choose another file.</source>
        <translation>工作区 %1 已损坏，无法读取。请恢复备份副本，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="433"/>
        <source>The workspace %1 could not be read or written (the disk or network drive reported an error). Nothing was changed.</source>
        <translation>无法读取或写入工作区 %1（磁盘或网络驱动器报告了错误）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="444"/>
        <source>The details are in the log file %1.</source>
        <translation>详细信息见日志文件 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="452"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="454"/>
        <source>Your signing key is locked: enter its passphrase to sign this decision. Nothing was changed.</source>
        <translation>您的签名密钥已锁定：请输入口令以签署此决定。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="458"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="463"/>
        <source>This workspace was saved by a newer version of OpsDesk (schema %1). Update OpsDesk to open it; the file was not changed.</source>
        <translation>此工作区由更新版本的运营督导台保存（数据结构 %1）。请升级运营督导台后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="467"/>
        <source>This workspace needs to be upgraded before it can be opened.</source>
        <translation>此工作区需要先升级才能打开。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="469"/>
        <source>The file %1 is not an OpsDesk workspace.</source>
        <translation>文件 %1 不是运营督导台工作区。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="472"/>
        <source>%1 is not a picture OpsDesk can read. Choose a JPEG, PNG or WebP photo.</source>
        <translation>%1 不是可识别的图片，请选择 JPEG、PNG 或 WebP 照片。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="476"/>
        <source>%1 is too large to be a photo.</source>
        <translation>%1 过大，不能作为照片。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="479"/>
        <source>%1 is neither a PDF nor a picture OpsDesk can read; nothing was added.</source>
        <translation>%1 既不是 PDF，也不是 OpsDesk 能读取的图片；未添加任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="483"/>
        <source>%1 is larger than %2 MB; nothing was added.</source>
        <translation>%1 超过 %2 MB；未添加任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="486"/>
        <source>Someone changed this record after you opened it (here or by a sync). Your changes were not saved: open it again and repeat them.</source>
        <translation>您打开此记录后，它已被修改（在本机或通过同步）。您的修改没有保存：请重新打开后再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="490"/>
        <source>The template was refused; nothing was imported:</source>
        <translation>模板文件有误，未导入任何内容：</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="493"/>
        <source>This checklist is completed; its answers can no longer change.</source>
        <translation>此检查已完成，答案不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="495"/>
        <source>This inspection is signed: its answers, photos and signatures can no longer change. Nothing was changed; start a correction to record a change.</source>
        <translation>此巡检已签名：其答案、照片和签名不能再更改。未做任何更改；如需更改，请发起更正。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="499"/>
        <source>A published version cannot be changed. Click Edit to make a new draft.</source>
        <translation>已发布的版本不能修改。请点击「编辑」生成新草稿。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="502"/>
        <source>The passphrase is wrong; nothing was written.</source>
        <translation>口令错误，未生成任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="504"/>
        <source>The certificate is not for your signing key: it was issued for another request.</source>
        <translation>该证书与您的签名密钥不匹配：它是为另一份申请签发的。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="507"/>
        <source>The signing key or certificate is missing, already exists there, or could not be read; nothing was changed.</source>
        <translation>签名密钥或证书缺失、已存在或无法读取；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="511"/>
        <source>The PDF could not be signed; nothing was written.</source>
        <translation>PDF 无法签名；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="513"/>
        <source>Only a completed inspection can be signed or corrected.</source>
        <translation>只有已完成的巡检才能签字或更正。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="515"/>
        <source>This step is not possible for the fault now (its status changed, or the item is retired).</source>
        <translation>故障当前无法执行此步骤（状态已变化，或设备已报废）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="518"/>
        <source>This step is not possible for the corrective action now (its status changed, or it needs a supervisor).</source>
        <translation>此整改任务现在不能执行这一步（状态已变化，或需要督导操作）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="521"/>
        <source>This template has no published version yet.</source>
        <translation>此模板还没有已发布的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="523"/>
        <source>验收合格方可营业: the store cannot open before these gates are passed: %1.</source>
        <translation>验收合格方可营业：以下关卡通过前门店不能开业：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="531"/>
        <source>The record no longer exists. It may have been removed.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="527"/>
        <source>Another computer&apos;s clock is more than 24 hours ahead.</source>
        <translation>另一台电脑的时钟超前 24 小时以上。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="533"/>
        <source>The change was refused to protect the data.</source>
        <translation>为保护数据，此修改已被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="535"/>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="443"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="138"/>
        <source>Only a store in status planned or preparing is opened through an opening project.</source>
        <translation>只有“计划中”或“筹备中”的门店才能通过筹备项目开业。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>This store already has an opening project in progress.</source>
        <translation>该门店已有进行中的筹备项目。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="142"/>
        <source>Only a franchise store has a franchisee.</source>
        <translation>只有加盟店才有加盟商。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>Choose a user with one of the allowed roles.</source>
        <translation>请选择具有允许角色的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>This opening project is closed (the store opened, or the project was cancelled).</source>
        <translation>该筹备项目已关闭（门店已开业或项目已取消）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>This milestone is already done.</source>
        <translation>该节点已完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>This milestone is not done.</source>
        <translation>该节点尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>Finish these steps first: %1.</source>
        <translation>请先完成以下步骤：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>A gate is passed by its signed acceptance or its sign-offs, not by hand.</source>
        <translation>关卡须经签名验收或逐人签认通过，不能手动完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>Only the milestone&apos;s owner, the project owner, an ops manager or head office can do this.</source>
        <translation>只有节点负责人、项目负责人、运营经理或总部可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="160"/>
        <source>The store has no equipment in the register yet.</source>
        <translation>门店设备台账中还没有设备。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>No staff or store manager is assigned to the store to be trained.</source>
        <translation>门店尚未分配需要培训的店员或店长。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="163"/>
        <source>The gate is not met yet: %n item(s) or person(s) still to pass.</source>
        <translation>
            <numerusform>关卡条件尚未满足：还有 %n 项（台/人）未通过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>The new date is the same as the current opening date.</source>
        <translation>新日期与当前开业日期相同。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>This step does not apply to this milestone.</source>
        <translation>此操作不适用于该节点。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>This person is not on the store&apos;s staff.</source>
        <translation>此人不是该门店的员工。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>This person is already signed off.</source>
        <translation>此人已签认。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="173"/>
        <source>Only head office can open a store before every gate is passed.</source>
        <translation>关卡未全部通过时，只有总部可以特批开业。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>The plan was changed after you opened it; nothing was decided. Reload it, read it again, then decide.</source>
        <translation>方案在您打开后已被修改，本次未作决定。请重新载入、重新阅读后再决定。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>This step is not possible for the plan in its present status.</source>
        <translation>方案当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>Your role cannot take this step on a promotion plan.</source>
        <translation>您的角色不能对促销方案执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>The plan is not approved yet.</source>
        <translation>方案尚未批准。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>This is only possible during the promotion&apos;s period (%1 to %2).</source>
        <translation>仅能在促销期间（%1 至 %2）进行。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="196"/>
        <source>Store %1 is not a target store of this plan.</source>
        <translation>门店 %1 不是本方案的目标门店。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197"/>
        <source>This store is not a target store of the plan.</source>
        <translation>该门店不是本方案的目标门店。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>Only a franchise store acknowledges a plan.</source>
        <translation>只有加盟店需要确认方案。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>Only the store manager of this franchise store can acknowledge the plan.</source>
        <translation>只有该加盟店的店长可以确认方案。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="203"/>
        <source>This store has already acknowledged the plan as it is now.</source>
        <translation>该门店已确认当前版本的方案。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>A closed or cancelled plan can no longer be changed.</source>
        <translation>已关闭或已取消的方案不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="207"/>
        <source>The end is before the start.</source>
        <translation>结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>Enter a time of day as HH:MM, for example 09:30.</source>
        <translation>请按“时:分”输入时间，例如 09:30。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>The promotion has not started yet (it starts on %1); results come once it runs.</source>
        <translation>促销尚未开始（%1 开始），开始后才能录入实绩。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>The file has no column %1.</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="216"/>
        <source>Choose the column of at least one result.</source>
        <translation>请至少为一项实绩选择对应列。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="218"/>
        <source>The file is not a table OpsDesk can read: choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>该文件不是可读取的表格：请选择 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <source>The file has a header row but no data rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="222"/>
        <source>No store has the code %1.</source>
        <translation>没有编码为 %1 的门店。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="224"/>
        <source>Store %1 appears in more than one row.</source>
        <translation>门店 %1 出现在多行中。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="226"/>
        <source>This store is chosen twice.</source>
        <translation>该门店被重复选择。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="230"/>
        <source>This cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="232"/>
        <source>At most two decimal places (fen).</source>
        <translation>最多两位小数（到分）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="234"/>
        <source>This must be a number, such as 1,234.50.</source>
        <translation>请输入数字，例如 1,234.50。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="236"/>
        <source>This number is too large (at most %1).</source>
        <translation>数字过大（最多 %1）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="238"/>
        <source>This must be a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="240"/>
        <source>This must be at least %1.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="247"/>
        <source>This store is not one of yours: you act only on the stores assigned to you (an operations manager: the stores of their regions).</source>
        <translation>这家门店不在您的管辖范围：您只能处理分配给您的门店（运营经理：其所辖区域的门店）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="251"/>
        <source>Nobody is signed in: choose who you are first (File &gt; Switch user).</source>
        <translation>当前无人登录：请先选择您的身份（文件 &gt; 切换用户）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="254"/>
        <source>Your account is deactivated: ask head office to reactivate it.</source>
        <translation>您的账号已停用：请联系总部重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="257"/>
        <source>Your role (%1) may not do this; ask a user whose role may.</source>
        <translation>您的角色（%1）无权执行此操作；请由有权限的用户处理。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="541"/>
        <source>Nothing was imported; this workspace was not changed.</source>
        <translation>未导入任何内容，本工作区没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="543"/>
        <source>The package comes from a workspace this one does not know yet: %1 (node %2, key fingerprint %3). Compare the fingerprint with the sender by phone before you trust it.</source>
        <translation>该同步包来自本工作区尚不认识的工作区：%1（节点 %2，密钥指纹 %3）。信任它之前，请与发送方电话核对指纹。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="549"/>
        <source>The package holds a record this workspace cannot accept: %1. It was refused whole; tell the sender, whose workspace may be damaged or altered.</source>
        <translation>同步包中有本工作区无法接受的记录：%1。整个同步包已被拒收；请告知发送方，其工作区可能已损坏或被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="554"/>
        <source>The file is not a readable sync package (it may be incomplete or damaged). Ask the sender to export it again.</source>
        <translation>该文件不是可读取的同步包（可能不完整或已损坏）。请让发送方重新导出。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="558"/>
        <source>The package was changed after it was written: its contents do not match their checksums. Ask the sender to export it again.</source>
        <translation>同步包在生成后被改动过：内容与校验值不符。请让发送方重新导出。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="562"/>
        <source>The package contains files it does not declare. It was refused for safety.</source>
        <translation>同步包中含有未声明的文件，为安全起见已拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="565"/>
        <source>The package would unpack to far more data than allowed. It was refused for safety.</source>
        <translation>同步包解压后的数据量远超上限，为安全起见已拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="569"/>
        <source>The package&apos;s signature does not match the sender&apos;s key: it was not written by the workspace it claims to come from, or it was altered.</source>
        <translation>同步包的签名与发送方的密钥不符：它并非由所声称的工作区生成，或已被篡改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="573"/>
        <source>The package was written by a newer version of OpsDesk. Update OpsDesk, then import it again.</source>
        <translation>该同步包由更新版本的 OpsDesk 生成。请先升级 OpsDesk，再重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="577"/>
        <source>This package was exported by this very workspace; import it on the other computer.</source>
        <translation>该同步包正是本工作区导出的，请在另一台电脑上导入。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="580"/>
        <source>This conflict cannot be resolved that way (it is already resolved, or the record is signed).</source>
        <translation>无法以这种方式处理该冲突（它已处理过，或记录已签名）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="583"/>
        <source>The sync could not be completed; nothing was changed.</source>
        <translation>同步未能完成，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="587"/>
        <source>OpsDesk</source>
        <translation>运营督导台</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../ui/widgets/reports.py" line="305"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="312"/>
        <source>Export PDF...</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="314"/>
        <source>Export signed PDF...</source>
        <translation>导出签名 PDF…</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="300"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="300"/>
        <source>Reported</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="300"/>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="301"/>
        <source>Downtime</source>
        <translation>停机时长</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="301"/>
        <source>Located</source>
        <translation>定位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="302"/>
        <source>What was found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="302"/>
        <source>Repaired</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="303"/>
        <source>Repaired by</source>
        <translation>维修方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="303"/>
        <source>Parts replaced</source>
        <translation>更换配件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="303"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="304"/>
        <source>Analysed</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="304"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="304"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="305"/>
        <source>Closing note</source>
        <translation>关闭说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="305"/>
        <source>Corrective action</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="319"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="329"/>
        <source>Add photos...</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="342"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="363"/>
        <source>Fault · %1</source>
        <translation>故障 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="369"/>
        <source>Repeat fault (another within 90 days)</source>
        <translation>重复故障（90 天内曾发生）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="377"/>
        <source>%1 so far</source>
        <translation>至今 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="395"/>
        <location filename="../../ui/pages/equipment/faults.py" line="401"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="407"/>
        <source>No photos.</source>
        <translation>暂无照片。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="423"/>
        <source>Open corrective action</source>
        <translation>打开整改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="426"/>
        <source>Raise corrective action</source>
        <translation>发起整改</translation>
    </message>
</context>
<context>
    <name>FaultLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="396"/>
        <source>Reported</source>
        <translation>已报修</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="397"/>
        <source>Located</source>
        <translation>已定位</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="398"/>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="399"/>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="400"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="406"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="407"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="408"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="409"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="58"/>
        <source>Locate...</source>
        <translation>定位…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="59"/>
        <source>Record repair...</source>
        <translation>登记维修…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="60"/>
        <source>Analyse cause...</source>
        <translation>分析原因…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="61"/>
        <source>Close fault...</source>
        <translation>关闭故障…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="68"/>
        <source>Locate the fault</source>
        <translation>定位故障</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="69"/>
        <source>Record the repair</source>
        <translation>登记维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="70"/>
        <source>Analyse the cause</source>
        <translation>分析原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="71"/>
        <source>Close the fault</source>
        <translation>关闭故障</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="76"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="88"/>
        <source>Enter an amount from 0 to 100,000,000 元.</source>
        <translation>请输入 0 到 100,000,000 元之间的金额。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="90"/>
        <source>Enter an amount such as 120.50.</source>
        <translation>请输入金额，例如 120.50。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="92"/>
        <source>Say why the fault is closed before its cause is analysed.</source>
        <translation>未分析原因就关闭故障，请说明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="100"/>
        <source>This item is retired; it takes no more faults.</source>
        <translation>该设备已报废，不能再报修故障。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="102"/>
        <source>A corrective action can be raised once per fault, and not from a closed fault.</source>
        <translation>每个故障只能发起一次整改，已关闭的故障不能发起整改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="105"/>
        <source>This fault is closed; it can no longer change.</source>
        <translation>该故障已关闭，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="106"/>
        <source>This step is not possible: the fault is %1 and cannot be %2 now.</source>
        <translation>无法执行此步骤：故障当前为“%1”，现在不能变为“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="115"/>
        <source>Not possible</source>
        <translation>无法执行</translation>
    </message>
</context>
<context>
    <name>FaultListWidget</name>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="500"/>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="500"/>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="500"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="500"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="501"/>
        <source>Downtime</source>
        <translation>停机时长</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="501"/>
        <location filename="../../ui/pages/equipment/faults.py" line="534"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="508"/>
        <source>Report fault...</source>
        <translation>报修故障…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="511"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/faults.py" line="543"/>
        <source>%n open fault(s)</source>
        <translation>
            <numerusform>%n 个未关闭故障</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="543"/>
        <source>No faults.</source>
        <translation>无故障记录。</translation>
    </message>
</context>
<context>
    <name>FaultStepDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="232"/>
        <source>元, e.g. 350.00</source>
        <translation>元，例如 350.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="236"/>
        <location filename="../../ui/pages/equipment/faults.py" line="237"/>
        <source>What was found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="239"/>
        <location filename="../../ui/pages/equipment/faults.py" line="243"/>
        <source>Repaired by</source>
        <translation>维修方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="240"/>
        <location filename="../../ui/pages/equipment/faults.py" line="243"/>
        <source>Parts replaced</source>
        <translation>更换配件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="241"/>
        <location filename="../../ui/pages/equipment/faults.py" line="243"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="245"/>
        <location filename="../../ui/pages/equipment/faults.py" line="246"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="248"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="248"/>
        <source>Why is it closed?</source>
        <translation>关闭原因？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="250"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="96"/>
        <location filename="../../ui/widgets/form.py" line="51"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="73"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="63"/>
        <location filename="../../ui/widgets/form.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FitoutViewDialog</name>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="228"/>
        <source>Acceptance certificate</source>
        <translation>验收单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="247"/>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/pages/inspections.py" line="159"/>
        <source>Start a follow-up inspection</source>
        <translation>开始回头看</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="163"/>
        <source>%1 %2 · %3 open, %4 overdue</source>
        <translation>%1 %2 · 未关闭 %3 项，逾期 %4 项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="169"/>
        <source>The store&apos;s open corrective actions are loaded as the things to re-check.</source>
        <translation>将载入该门店未关闭的整改任务作为复查内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="173"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="174"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="177"/>
        <source>No store has open corrective actions to re-check.</source>
        <translation>目前没有门店有待复查的整改任务。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="178"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>HistoryTree</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="78"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="78"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="78"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="78"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="89"/>
        <source>Equipment acceptance</source>
        <translation>设备验收</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="473"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/dialogs.py" line="475"/>
        <source>Nothing was imported: %n row(s) need correcting first. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>未导入任何数据：有 %n 行需要先改正。请在文件中修改后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="480"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="480"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="480"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="491"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="425"/>
        <source>Import results: %1</source>
        <translation>导入实绩：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="430"/>
        <source>An Excel (.xlsx) or CSV export of the till</source>
        <translation>收银系统导出的 Excel（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="432"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="434"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="438"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="454"/>
        <source>The first rows of the file</source>
        <translation>文件前几行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="465"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="467"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="469"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="477"/>
        <source>Custom measure</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="478"/>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="478"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="478"/>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="479"/>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="479"/>
        <source>Gifts given</source>
        <translation>赠品发放</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="480"/>
        <source>Budget spent</source>
        <translation>实际费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="484"/>
        <source>Choose the till export</source>
        <translation>选择收银导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="485"/>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/dialogs.py" line="518"/>
        <source>%n data row(s). Check the columns, then click Check.</source>
        <translation>
            <numerusform>共 %n 行数据。请核对列对应，然后点击“检查”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="558"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行 %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="562"/>
        <source>Column of %1: %2</source>
        <translation>%1 所在列：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/dialogs.py" line="573"/>
        <source>%n problem(s): nothing was imported. Correct the file or the columns and check again.</source>
        <translation>
            <numerusform>发现 %n 个问题，未导入任何数据。请修改文件或列对应后重新检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/dialogs.py" line="584"/>
        <source>Every row is fine: %n store(s) can be imported.</source>
        <translation>
            <numerusform>全部行检查通过：可导入 %n 家门店。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../ui/pages/inspections.py" line="391"/>
        <location filename="../../ui/pages/inspections.py" line="503"/>
        <location filename="../../ui/pages/inspections.py" line="523"/>
        <source>Inspections</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="393"/>
        <source>Search store or template (Ctrl+F)</source>
        <translation>搜索门店或模板（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="406"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="410"/>
        <source>Start inspection</source>
        <translation>开始巡检</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="412"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="413"/>
        <source>Start follow-up</source>
        <translation>开始回头看</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="415"/>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="417"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="428"/>
        <location filename="../../ui/pages/inspections.py" line="510"/>
        <location filename="../../ui/pages/inspections.py" line="522"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="429"/>
        <location filename="../../ui/pages/inspections.py" line="510"/>
        <location filename="../../ui/pages/inspections.py" line="519"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="430"/>
        <location filename="../../ui/pages/inspections.py" line="511"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="432"/>
        <location filename="../../ui/pages/inspections.py" line="511"/>
        <location filename="../../ui/pages/inspections.py" line="519"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="433"/>
        <location filename="../../ui/pages/inspections.py" line="512"/>
        <location filename="../../ui/pages/inspections.py" line="520"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="434"/>
        <location filename="../../ui/pages/inspections.py" line="513"/>
        <source>Score %</source>
        <translation>得分率 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="435"/>
        <location filename="../../ui/pages/inspections.py" line="513"/>
        <location filename="../../ui/pages/inspections.py" line="520"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="436"/>
        <location filename="../../ui/pages/inspections.py" line="514"/>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="396"/>
        <location filename="../../ui/pages/inspections.py" line="482"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="375"/>
        <source>Sign now?</source>
        <translation>现在签字吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="376"/>
        <source>The inspection is complete. Sign it now? The supervisor and the store manager sign it; once both have signed it is frozen.</source>
        <translation>巡检已完成。现在签字吗？由督导和店长签字，双方签字后记录即冻结。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="398"/>
        <location filename="../../ui/pages/inspections.py" line="483"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="400"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="402"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="404"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="497"/>
        <source>No inspections here. Start one with Start inspection (Ctrl+N), or change the filters.</source>
        <translation>这里没有巡检。可点“开始巡检”（Ctrl+N）开始一次，或调整筛选条件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inspections.py" line="500"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>共 %n 次巡检</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="510"/>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="511"/>
        <location filename="../../ui/pages/inspections.py" line="519"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="512"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="512"/>
        <source>Maximum</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="514"/>
        <source>Critical item failed</source>
        <translation>一票否决项不合格</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="515"/>
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="517"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="531"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="531"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="570"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="570"/>
        <source>Discard the unfinished inspection of %1 on %2? Its answers are removed from the list.</source>
        <translation>放弃 %1 在 %2 未完成的巡检？其答案将从列表中移除。</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="85"/>
        <source>Add an issue</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="93"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="94"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="95"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="85"/>
        <source>Create corrective action</source>
        <translation>生成整改项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="102"/>
        <source>Describe the issue.</source>
        <translation>请描述问题。</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="67"/>
        <source>Veto item</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="67"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="67"/>
        <source>Photo if failed</source>
        <translation>不合格需拍照</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="75"/>
        <source>N/A not allowed</source>
        <translation>不可答“不适用”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="100"/>
        <location filename="../../ui/widgets/item_cards.py" line="107"/>
        <source>Create corrective action...</source>
        <translation>新建整改…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="101"/>
        <source>A corrective action for this failed item, now</source>
        <translation>现在就为此不合格项新建整改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="105"/>
        <source>Clear answer (Delete)</source>
        <translation>清除答案（Delete）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="112"/>
        <source>Add photo...</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="143"/>
        <source>Failed: please add a photo of it.</source>
        <translation>不合格：请添加现场照片。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="158"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="171"/>
        <source>Corrective action created: %1</source>
        <translation>已建整改：%1</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="161"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="167"/>
        <source>A stable name for this item in files and reports: lower-case letters, digits and &apos;_&apos;. Unique in the template.</source>
        <translation>检查项在文件和报告中的固定标识：小写字母、数字和“_”，在模板内不能重复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="176"/>
        <source>How to check, what counts as a pass</source>
        <translation>检查方法及合格标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="183"/>
        <location filename="../../ui/pages/templates/forms.py" line="329"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="192"/>
        <source>Recorded only: this answer type is not scored.</source>
        <translation>仅作记录：此答案类型不计分。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="195"/>
        <source>Critical</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="196"/>
        <source>Failing a critical item fails the whole check, whatever the score.</source>
        <translation>一票否决项不合格时，整次检查判为不合格，与得分无关。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="197"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="198"/>
        <source>Photo on fail</source>
        <translation>不合格需拍照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="199"/>
        <source>A failed answer needs a photo.</source>
        <translation>判为不合格时必须拍照。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="200"/>
        <source>N/A allowed</source>
        <translation>允许答“不适用”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="202"/>
        <source>Whether the inspector may answer N/A. An item answered N/A leaves the maximum and never fails, so a critical item answered N/A does not fail the check: clear this to forbid it.</source>
        <translation>检查人是否可以答“不适用”。答“不适用”的项不计入满分，也不会判为不合格，因此一票否决项答“不适用”不会否决本次检查：取消勾选即可禁止。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="220"/>
        <source>The highest rating; below half of it the item fails.</source>
        <translation>评分的最高分；低于一半判为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="227"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="232"/>
        <source>e.g. °C</source>
        <translation>如 °C</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="239"/>
        <location filename="../../ui/pages/templates/forms.py" line="331"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="244"/>
        <source>An answer inside the range passes; outside it fails.</source>
        <translation>数值在范围内为合格，超出范围为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="248"/>
        <source>Label</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="248"/>
        <source>English label</source>
        <translation>英文选项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="248"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="248"/>
        <source>Fails</source>
        <translation>判不合格</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="260"/>
        <source>+ Option</source>
        <translation>+ 选项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="262"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="265"/>
        <source>Move option up</source>
        <translation>选项上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="268"/>
        <source>Move option down</source>
        <translation>选项下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="287"/>
        <source>Leave empty for no default action</source>
        <translation>留空则不生成默认整改措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="297"/>
        <source>Due in (days)</source>
        <translation>整改期限（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="300"/>
        <source>Default corrective action</source>
        <translation>默认整改措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="301"/>
        <source>A failed answer creates this corrective action.</source>
        <translation>判为不合格时自动生成此整改措施。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="303"/>
        <location filename="../../ui/pages/templates/forms.py" line="331"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="304"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="308"/>
        <location filename="../../ui/pages/templates/forms.py" line="328"/>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="309"/>
        <location filename="../../ui/pages/templates/forms.py" line="328"/>
        <source>Item text</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="310"/>
        <location filename="../../ui/pages/templates/forms.py" line="328"/>
        <source>English text</source>
        <translation>英文内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="311"/>
        <location filename="../../ui/pages/templates/forms.py" line="329"/>
        <source>Guidance</source>
        <translation>检查指引</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="312"/>
        <location filename="../../ui/pages/templates/forms.py" line="329"/>
        <source>Answer type</source>
        <translation>答案类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="315"/>
        <location filename="../../ui/pages/templates/forms.py" line="330"/>
        <source>Scale</source>
        <translation>最高分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="316"/>
        <source>Range</source>
        <translation>合格范围</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="317"/>
        <location filename="../../ui/pages/templates/forms.py" line="331"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="330"/>
        <source>Minimum</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="330"/>
        <source>Maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="355"/>
        <source>Choosing this option fails the item.</source>
        <translation>选择此项即判为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="437"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="437"/>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="445"/>
        <source>Item %1</source>
        <translation>检查项 %1</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="85"/>
        <source>* Required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="115"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="238"/>
        <source>A photo of the failure is required</source>
        <translation>不合格项须拍照留证</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="241"/>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="245"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>KpiLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="588"/>
        <source>Average score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="589"/>
        <source>Critical failures</source>
        <translation>一票否决次数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="590"/>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>Overdue actions</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="592"/>
        <source>Repeat findings</source>
        <translation>重复问题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="593"/>
        <source>Visit coverage</source>
        <translation>巡店覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="594"/>
        <source>Daily checklist completion</source>
        <translation>开闭店检查完成率</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="595"/>
        <source>Equipment acceptance pass rate</source>
        <translation>设备验收合格率</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="596"/>
        <source>Open equipment faults</source>
        <translation>未关闭设备故障</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="597"/>
        <source>New-store openings</source>
        <translation>新店筹备</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="598"/>
        <source>Promotion sales vs target</source>
        <translation>促销销售达成率</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="609"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="611"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="612"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="103"/>
        <source>The labels do not fit: see the values on the left.</source>
        <translation>标签放不下：请检查左侧的数值。</translation>
    </message>
</context>
<context>
    <name>LabelSheetDialog</name>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="51"/>
        <source>Save label sheet</source>
        <translation>保存标签页</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="52"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="151"/>
        <location filename="../../ui/widgets/label_sheet.py" line="353"/>
        <location filename="../../ui/widgets/label_sheet.py" line="382"/>
        <source>Asset labels</source>
        <translation>资产标签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="157"/>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="164"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="166"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="167"/>
        <source>Automatic: the labels share the space between the margins and gaps</source>
        <translation>自动：标签平分页边距和间距之间的空间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="170"/>
        <source>On a partly used sheet: the first free label, counted row by row from the top left</source>
        <translation>用过部分的标签纸：第一个空白标签的位置，从左上角起逐行计数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="172"/>
        <source>Print cut lines (for plain paper)</source>
        <translation>打印裁切线（用于普通纸）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="175"/>
        <source>Label sheet</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="180"/>
        <source>Columns × rows</source>
        <translation>列数 × 行数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="181"/>
        <location filename="../../ui/widgets/label_sheet.py" line="241"/>
        <source>Label width</source>
        <translation>标签宽度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="182"/>
        <location filename="../../ui/widgets/label_sheet.py" line="241"/>
        <source>Label height</source>
        <translation>标签高度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="183"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="192"/>
        <location filename="../../ui/widgets/label_sheet.py" line="245"/>
        <source>Start at label</source>
        <translation>从第几个标签开始</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="198"/>
        <source>Save PDF...</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="201"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="231"/>
        <source>Label printer, %1 × %2 mm</source>
        <translation>标签打印机，%1 × %2 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="233"/>
        <source>%1 × %2 mm, %3 per A4 sheet (%4 × %5)</source>
        <translation>%1 × %2 毫米，每张 A4 %3 个（%4 × %5）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="240"/>
        <source>Page width</source>
        <translation>页面宽度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="240"/>
        <source>Page height</source>
        <translation>页面高度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="242"/>
        <source>Top margin</source>
        <translation>上边距</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="242"/>
        <source>Bottom margin</source>
        <translation>下边距</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="243"/>
        <source>Left margin</source>
        <translation>左边距</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="243"/>
        <source>Right margin</source>
        <translation>右边距</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="244"/>
        <source>Gap between columns</source>
        <translation>列间距</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="244"/>
        <source>Gap between rows</source>
        <translation>行间距</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="245"/>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="245"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="251"/>
        <source>%1: the labels do not fit on the page; make them smaller or reduce the margins, gaps, columns or rows.</source>
        <translation>%1：标签超出页面；请缩小标签，或减小边距、间距、列数或行数。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="254"/>
        <source>%1: at least %2.</source>
        <translation>%1：不能小于 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="255"/>
        <source>%1: the value is not valid.</source>
        <translation>%1：数值无效。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="324"/>
        <source>Labels of %1 × %2 mm.</source>
        <translation>标签尺寸 %1 × %2 毫米。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/label_sheet.py" line="326"/>
        <source>%n label(s) per page.</source>
        <translation>
            <numerusform>每页 %n 个标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/label_sheet.py" line="327"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/label_sheet.py" line="328"/>
        <source>%n label(s) to print</source>
        <translation>
            <numerusform>待打印 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="339"/>
        <source>asset-labels.pdf</source>
        <translation>资产标签.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="356"/>
        <source>Building the label sheet...</source>
        <translation>正在生成标签页…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="367"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="379"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <location filename="../../ui/labels.py" line="431"/>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="427"/>
        <source>Operations manager</source>
        <translation>运营经理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <location filename="../../ui/labels.py" line="428"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <location filename="../../ui/labels.py" line="429"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Staff</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Company-owned</source>
        <translation>直营</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Franchise</source>
        <translation>加盟</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Preparing</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Suspended</source>
        <translation>暂停营业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Routine inspection</source>
        <translation>例行巡检</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Full audit</source>
        <translation>总查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Mystery visit</source>
        <translation>暗访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Cross-check</source>
        <translation>交叉检查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Follow-up</source>
        <translation>回头看</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Opening checklist</source>
        <translation>开店检查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Closing checklist</source>
        <translation>闭店检查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Execution check</source>
        <translation>促销执行检查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Superseded</source>
        <translation>已被更正</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>To fix</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Fixing</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Awaiting check</source>
        <translation>待验收</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Verified</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <location filename="../../ui/labels.py" line="441"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Urgent</source>
        <translation>特急</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>High</source>
        <translation>加急</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="375"/>
        <source>Ordered</source>
        <translation>已订购</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="376"/>
        <source>Delivered</source>
        <translation>已到货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="377"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378"/>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="379"/>
        <source>Conditionally accepted</source>
        <translation>有条件验收</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="380"/>
        <source>Rejected</source>
        <translation>验收不通过</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381"/>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="382"/>
        <source>Under repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="383"/>
        <source>Retired</source>
        <translation>已报废</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="430"/>
        <source>Franchisee</source>
        <translation>加盟商</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="432"/>
        <source>Contractor</source>
        <translation>施工方</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="439"/>
        <source>In preparation</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="440"/>
        <source>Opened</source>
        <translation>已开业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="448"/>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="449"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="450"/>
        <source>Late</source>
        <translation>已延误</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="457"/>
        <source>Project started</source>
        <translation>项目启动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="458"/>
        <source>Opening date moved</source>
        <translation>开业日期调整</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="459"/>
        <source>Milestone done</source>
        <translation>节点完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="460"/>
        <source>Milestone reopened</source>
        <translation>节点重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="461"/>
        <source>Gate passed</source>
        <translation>关卡通过</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="462"/>
        <source>Opened by override</source>
        <translation>总部特批开业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="463"/>
        <source>Store opened</source>
        <translation>门店开业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="464"/>
        <source>Project cancelled</source>
        <translation>项目取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>Training signed off</source>
        <translation>培训签认</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="325"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="329"/>
        <source>Switch user...</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/screen_lock.py" line="34"/>
        <location filename="../../ui/widgets/sign_in.py" line="331"/>
        <source>OpsDesk is locked</source>
        <translation>运营督导台已锁定</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="272"/>
        <location filename="../../ui/pages/visits/page.py" line="363"/>
        <source>All supervisors</source>
        <translation>全部督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="274"/>
        <location filename="../../ui/pages/visits/page.py" line="365"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="276"/>
        <location filename="../../ui/pages/visits/page.py" line="366"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="278"/>
        <source>All purposes</source>
        <translation>全部目的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="286"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="291"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="293"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="297"/>
        <location filename="../../ui/pages/visits/page.py" line="353"/>
        <source>Visit log</source>
        <translation>巡店记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="298"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="343"/>
        <location filename="../../ui/pages/visits/page.py" line="352"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="343"/>
        <location filename="../../ui/pages/visits/page.py" line="350"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="344"/>
        <location filename="../../ui/pages/visits/page.py" line="351"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="344"/>
        <location filename="../../ui/pages/visits/page.py" line="350"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="344"/>
        <location filename="../../ui/pages/visits/page.py" line="351"/>
        <source>Purpose</source>
        <translation>巡店目的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="345"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="345"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="345"/>
        <source>Check-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="346"/>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="346"/>
        <source>Major incident</source>
        <translation>大事</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="315"/>
        <source>Days with visits are bold. Double-click a day to list its visits.</source>
        <translation>有巡店的日期以粗体显示。双击某一天可列出当天的巡店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="343"/>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="346"/>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="347"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="347"/>
        <source>People met</source>
        <translation>会见人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="348"/>
        <source>Next steps</source>
        <translation>后续安排</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="348"/>
        <source>Next visit</source>
        <translation>下次巡店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="349"/>
        <location filename="../../ui/pages/visits/page.py" line="385"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/visits/page.py" line="393"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>共 %n 次巡店</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>OpsDesk</source>
        <translation>运营督导台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Opening the workspace...</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Checklist templates</source>
        <translation>检查模板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Inspections</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Daily checklists</source>
        <translation>开闭店检查</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Corrective actions</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Visit logs</source>
        <translation>巡店日志</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>New-store opening</source>
        <translation>新店筹备</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Signatures &amp; reports</source>
        <translation>签名与报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Switch &amp;user...</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>&amp;Verify a signed PDF...</source>
        <translation>验证 PDF 签名(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Change &amp;password...</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>&amp;Connect to head-office server...</source>
        <translation>连接总部服务器(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>&amp;About OpsDesk</source>
        <translation>关于运营督导台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>nobody</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>User: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Node: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Node %1, key fingerprint %2</source>
        <translation>节点 %1，密钥指纹 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="532"/>
        <source>%n warranty(ies) ending within 30 days</source>
        <translation>
            <numerusform>%n 台保修 30 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="534"/>
        <source>%n item(s) past their service life</source>
        <translation>
            <numerusform>%n 台已超使用年限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="535"/>
        <source>%n fault(s) open more than 14 days</source>
        <translation>
            <numerusform>%n 个故障超过 14 天未关闭</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>Equipment: %1</source>
        <translation>设备提醒：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <source>Click a warning to see those items on the Equipment page</source>
        <translation>点击提醒，在设备页查看相应设备</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>About OpsDesk</source>
        <translation>关于运营督导台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="671"/>
        <source>OpsDesk %1
Store operations supervision, offline first.</source>
        <translation>运营督导台 %1
门店运营督导，离线优先。</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="479"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="490"/>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="488"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="491"/>
        <source>(fixed date)</source>
        <translation>（固定日期）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="493"/>
        <source>late by %1 day(s)</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="494"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="495"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="498"/>
        <source>Gate</source>
        <translation>关卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="498"/>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="498"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="500"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="505"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="508"/>
        <source>Evidence photos</source>
        <translation>佐证照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="512"/>
        <source>Add photos...</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="527"/>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="531"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2 完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="551"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="557"/>
        <source>No photos yet.</source>
        <translation>暂无照片。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="572"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="573"/>
        <source>Remove this photo from the milestone?</source>
        <translation>从该节点移除这张照片吗？</translation>
    </message>
</context>
<context>
    <name>MoveDateDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="218"/>
        <source>Move the opening date</source>
        <translation>调整开业日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="218"/>
        <source>Move the date</source>
        <translation>调整日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="225"/>
        <source>Why the date moves (required)</source>
        <translation>调整原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="229"/>
        <source>Current opening date</source>
        <translation>当前开业日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="230"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="235"/>
        <source>New opening date</source>
        <translation>新开业日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="231"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="235"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/dialogs.py" line="244"/>
        <source>%n open milestone(s) move with the date; done ones and fixed dates stay.</source>
        <translation>
            <numerusform>%n 个未完成节点随之调整；已完成的和固定日期的节点不变。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="246"/>
        <source>Day zero moves %1 day(s) later.</source>
        <translation>开业日推迟 %1 天。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="247"/>
        <source>Day zero moves %1 day(s) earlier.</source>
        <translation>开业日提前 %1 天。</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="244"/>
        <source>New corrective action</source>
        <translation>新建整改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="252"/>
        <source>What has to be fixed</source>
        <translation>需要整改的问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="260"/>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="263"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="263"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="263"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="264"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="264"/>
        <source>Assignee</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="264"/>
        <source>Due date</source>
        <translation>整改期限</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="101"/>
        <source>New opening project</source>
        <translation>新建筹备项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="101"/>
        <source>Start the project</source>
        <translation>启动项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="124"/>
        <source>No store in status planned or preparing is waiting for an opening project: add the store (or set its status) on the Stores page first.</source>
        <translation>没有处于“计划中”或“筹备中”且尚无筹备项目的门店：请先在门店页面添加门店（或设置其状态）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="128"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="138"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="129"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="138"/>
        <source>Opening date (day zero)</source>
        <translation>开业日期（开业日）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="130"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="139"/>
        <source>Project owner</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="131"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="139"/>
        <source>Franchisee</source>
        <translation>加盟商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="132"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="140"/>
        <source>Plan</source>
        <translation>筹备计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="133"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="140"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="38"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="44"/>
        <source>e.g. store_hygiene</source>
        <translation>如 store_hygiene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="53"/>
        <location filename="../../ui/pages/templates/dialogs.py" line="60"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="54"/>
        <location filename="../../ui/pages/templates/dialogs.py" line="60"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="55"/>
        <location filename="../../ui/pages/templates/dialogs.py" line="60"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="56"/>
        <location filename="../../ui/pages/templates/dialogs.py" line="61"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="39"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="61"/>
        <source>Verification note (optional):</source>
        <translation>验收意见（可选）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="62"/>
        <source>Why is it sent back? What still has to be done?</source>
        <translation>退回原因：还需要做什么？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="63"/>
        <source>Why is the action cancelled?</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="64"/>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="66"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>NoteEdit</name>
    <message>
        <location filename="../../ui/widgets/note_edit.py" line="36"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_edit.py" line="37"/>
        <source>Enter starts a new line; Ctrl+Enter or Esc saves the note and leaves it; it is also saved when you move on.</source>
        <translation>回车换行；Ctrl+回车或 Esc 保存备注并离开；切换到别处时也会自动保存。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_edit.py" line="67"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_edit.py" line="71"/>
        <source>At most %1 characters: shorten the note to save it.</source>
        <translation>最多 %1 个字符：请删减后再保存。</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="423"/>
        <source>Expected: %1</source>
        <translation>标准值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="435"/>
        <source>Type a number, such as 12 or 0.5.</source>
        <translation>请输入数字，例如 12 或 0.5。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="459"/>
        <source>Out of range (expected %1)</source>
        <translation>超出范围（标准值 %1）</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="259"/>
        <source>Open the store</source>
        <translation>开业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="269"/>
        <source>Open anyway (head-office override)</source>
        <translation>仍然开业（总部特批）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="271"/>
        <source>Why the store opens before its gates pass (required)</source>
        <translation>关卡未通过即开业的原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="273"/>
        <source>Every gate of %1 is passed. Open the store now? Its status becomes open, opened today, and the project is closed.</source>
        <translation>%1 的所有关卡均已通过。现在开业吗？门店状态将变为营业中，开业日期为今天，筹备项目随之关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="281"/>
        <source>验收合格方可营业: %1 cannot open before these gates are passed:</source>
        <translation>验收合格方可营业：%1 须通过以下关卡方可开业：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="285"/>
        <source>%1 (due %2)</source>
        <translation>%1（截止 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="300"/>
        <source>Only head office can open a store before every gate is passed, with a written reason. Pass the gates first, or ask head office.</source>
        <translation>关卡未全部通过时，只有总部可书面说明原因后特批开业。请先通过各关卡，或联系总部。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="305"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>OpeningsPage</name>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="333"/>
        <source>New-store opening</source>
        <translation>新店筹备</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="341"/>
        <source>Store code or name (Ctrl+F)</source>
        <translation>门店编号或名称（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="343"/>
        <source>Active projects</source>
        <translation>筹备中的项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="343"/>
        <source>Opened</source>
        <translation>已开业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="344"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="344"/>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="350"/>
        <source>New project...</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="352"/>
        <source>Edit...</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="353"/>
        <source>Move opening date...</source>
        <translation>调整开业日期…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="355"/>
        <source>Open store...</source>
        <translation>开业…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="356"/>
        <source>Cancel project...</source>
        <translation>取消项目…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="361"/>
        <source>Countdown report (PDF)</source>
        <translation>开业筹备进度表（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="376"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="376"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="376"/>
        <source>Opening day</source>
        <translation>开业日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="376"/>
        <source>Days to opening</source>
        <translation>距开业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <source>Gates passed</source>
        <translation>已过关卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="408"/>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="409"/>
        <source>Reopen...</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="410"/>
        <source>Notes and photos...</source>
        <translation>备注与照片…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="411"/>
        <location filename="../../ui/pages/openings/page.py" line="874"/>
        <source>Start acceptance</source>
        <translation>开始验收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="412"/>
        <location filename="../../ui/pages/openings/page.py" line="989"/>
        <source>View certificate</source>
        <translation>查看验收单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="414"/>
        <location filename="../../ui/pages/openings/page.py" line="998"/>
        <source>Check gate</source>
        <translation>检查关卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="415"/>
        <source>Equipment page</source>
        <translation>设备页面</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="416"/>
        <source>Training sign-off...</source>
        <translation>培训签认…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="419"/>
        <location filename="../../ui/pages/openings/page.py" line="851"/>
        <source>Mark the selected milestone done (Space or Ctrl+Enter)</source>
        <translation>将所选节点标为完成（空格或 Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <location filename="../../ui/pages/openings/page.py" line="716"/>
        <source>Gate</source>
        <translation>关卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="431"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="431"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="465"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="465"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="465"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="465"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="468"/>
        <source>Plan</source>
        <translation>筹备计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="469"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="476"/>
        <source>Select a project to see its plan.</source>
        <translation>选择一个项目查看其计划。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="540"/>
        <source>%1 of %2 milestones done</source>
        <translation>已完成 %1/%2 个节点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="546"/>
        <source>Gates due within 7 days and not passed: %1</source>
        <translation>7 天内到期且未通过的关卡：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="548"/>
        <source>Late: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="564"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="579"/>
        <source>No project matches the search. Clear it to see every project.</source>
        <translation>没有符合搜索的项目。清除搜索可查看全部项目。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="581"/>
        <source>No opening projects. Start one with New project... (Ctrl+N); opened and cancelled projects show under the status filter.</source>
        <translation>暂无筹备项目。用“新建项目…”（Ctrl+N）开始；已开业和已取消的项目可在状态筛选中查看。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="584"/>
        <source>No opening projects here. Start one with New project... (Ctrl+N).</source>
        <translation>这里没有筹备项目。用“新建项目…”（Ctrl+N）开始。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="651"/>
        <location filename="../../ui/pages/openings/page.py" line="753"/>
        <source>Opening day %1</source>
        <translation>开业日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="654"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="656"/>
        <source>Franchisee: %1</source>
        <translation>加盟商：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="657"/>
        <source>%1 of %2 milestones done · %3 of %4 gates passed</source>
        <translation>已完成 %1/%2 个节点 · 已通过 %3/%4 个关卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="665"/>
        <source>Opened by a head-office override: %1</source>
        <translation>经总部特批开业：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="676"/>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="682"/>
        <source>Not passed: start a new acceptance</source>
        <translation>未通过：请重新验收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="683"/>
        <source>Acceptance not started</source>
        <translation>未开始验收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="686"/>
        <source>Acceptance in progress</source>
        <translation>验收进行中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="688"/>
        <source>Awaiting %n signature(s)</source>
        <translation>
            <numerusform>待签名 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="690"/>
        <source>Ready: check the gate</source>
        <translation>条件已满足：请检查关卡</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="710"/>
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="712"/>
        <source>A fixed date: it does not move with the opening day</source>
        <translation>固定日期：不随开业日调整</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="754"/>
        <source>Plan: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="756"/>
        <source>%1 signed off</source>
        <translation>%1 已签认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="818"/>
        <location filename="../../ui/pages/openings/page.py" line="859"/>
        <source>Select a milestone.</source>
        <translation>请选择一个节点。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="820"/>
        <source>The project is %1: it can no longer change.</source>
        <translation>项目%1，不能再更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="823"/>
        <source>A gate is passed by its acceptance or check, not by hand.</source>
        <translation>关卡须经验收或检查通过，不能手动完成。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="825"/>
        <source>This milestone is already done.</source>
        <translation>该节点已完成。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="827"/>
        <location filename="../../ui/pages/openings/page.py" line="858"/>
        <source>Only the milestone&apos;s owners, the project owner, operations managers and head office can change it.</source>
        <translation>只有节点负责人、项目负责人、运营经理和总部可以更改此节点。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="831"/>
        <location filename="../../ui/pages/openings/page.py" line="880"/>
        <source>Finish these first: %1</source>
        <translation>请先完成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="838"/>
        <source>Select an active project.</source>
        <translation>请选择一个筹备中的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="843"/>
        <source>Move the opening day; open milestones move with it</source>
        <translation>调整开业日，未完成节点随之调整</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="844"/>
        <source>Open the store: every gate must have passed</source>
        <translation>开业：所有关卡须已通过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="845"/>
        <source>Stop this opening (a reason is required)</source>
        <translation>终止此次筹备（须填写原因）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="856"/>
        <source>Undo the milestone (a passed gate must then pass again)</source>
        <translation>撤销节点完成（已通过的关卡须重新通过）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="857"/>
        <source>This milestone is not done.</source>
        <translation>该节点尚未完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="77"/>
        <source>%n day(s) to go</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="79"/>
        <source>Opens today</source>
        <translation>今天开业</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="80"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="85"/>
        <source>Opened on %1</source>
        <translation>已于 %1 开业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="113"/>
        <source>The store has no equipment in the register yet.</source>
        <translation>门店设备台账中还没有设备。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="115"/>
        <source>No staff or store manager is assigned to the store yet.</source>
        <translation>门店尚未分配店员或店长。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="117"/>
        <source>%n person(s) not signed off yet.</source>
        <translation>
            <numerusform>还有 %n 人未签认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="119"/>
        <source>%n item(s) not accepted yet.</source>
        <translation>
            <numerusform>还有 %n 台设备未验收。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="120"/>
        <source>%n still missing.</source>
        <translation>
            <numerusform>还缺 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="266"/>
        <source>Sign now?</source>
        <translation>现在签名吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="267"/>
        <source>The fit-out acceptance is complete. Sign it now? The contractor, the store manager and the supervisor each sign; once all three have signed it is frozen and the gate takes the result.</source>
        <translation>装修验收已完成，现在签名吗？施工方、店长和督导各自签名；三方签完后验收锁定，关卡按结果更新。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="363"/>
        <source>The opening countdown of the selected project as a PDF, plain or signed</source>
        <translation>所选项目的开业筹备进度表 PDF，可普通导出或签名导出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="861"/>
        <source>The milestone&apos;s note and evidence photos (Enter)</source>
        <translation>节点备注与佐证照片（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="874"/>
        <source>Continue acceptance</source>
        <translation>继续验收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="879"/>
        <location filename="../../ui/pages/openings/page.py" line="890"/>
        <source>The gate has passed.</source>
        <translation>关卡已通过。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="881"/>
        <source>The fit-out acceptance in the runner, then the contractor, the store manager and the supervisor sign</source>
        <translation>在检查界面完成装修验收，然后由施工方、店长和督导签名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="886"/>
        <source>The signed fit-out acceptance certificate as a PDF</source>
        <translation>已签名的装修验收单 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="887"/>
        <source>The certificate is there once the acceptance is signed and the gate passed.</source>
        <translation>验收签名完毕且关卡通过后才有验收单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="891"/>
        <source>Pass the gate when every item of the store&apos;s equipment register has passed its acceptance</source>
        <translation>门店设备台账中每台设备均验收通过后即通过此关卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="892"/>
        <source>The store&apos;s equipment and their acceptances</source>
        <translation>门店设备及其验收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="895"/>
        <source>Sign off each clerk: can operate the till and introduce the products</source>
        <translation>逐一签认店员：会操作收银机并能介绍产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="924"/>
        <source>Mark done</source>
        <translation>标为完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="927"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="935"/>
        <source>Reopen %1? It counts as not done again.</source>
        <translation>重新打开“%1”？它将重新计为未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="937"/>
        <source>The gate must then pass again by its own rule.</source>
        <translation>该关卡须按其规则重新通过。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="938"/>
        <location filename="../../ui/pages/openings/page.py" line="943"/>
        <source>Reopen milestone</source>
        <translation>重新打开节点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="945"/>
        <source>Reopened: %1</source>
        <translation>已重新打开：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="956"/>
        <source>Notes and photos</source>
        <translation>备注与照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="971"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="975"/>
        <location filename="../../ui/pages/openings/page.py" line="1001"/>
        <source>Gate passed: %1</source>
        <translation>关卡已通过：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1024"/>
        <source>Training sign-off</source>
        <translation>培训签认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1047"/>
        <source>Opening project for %1 started.</source>
        <translation>已为 %1 启动筹备项目。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1051"/>
        <source>Project %1 saved.</source>
        <translation>项目 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1055"/>
        <source>Opening day of %1 moved.</source>
        <translation>%1 的开业日已调整。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1059"/>
        <source>Store %1 is open.</source>
        <translation>门店 %1 已开业。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1063"/>
        <source>Project %1 cancelled.</source>
        <translation>项目 %1 已取消。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="225"/>
        <location filename="../../ui/operations.py" line="478"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations.py" line="462"/>
        <source>Waiting for %n background job(s) to finish...</source>
        <translation>
            <numerusform>正在等待 %n 个后台任务完成…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="481"/>
        <source>Background jobs</source>
        <translation>后台任务</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="31"/>
        <source>Unlock your signing key</source>
        <translation>解锁签名密钥</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="33"/>
        <source>This decision is signed with your personal key. Enter its passphrase; the key stays unlocked until you lock the app or switch user.</source>
        <translation>此决定将用您的个人密钥签名。请输入密钥口令；在锁定应用或切换用户之前，密钥保持解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="44"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="54"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>口令错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="59"/>
        <source>Your signing identity on this computer cannot be used (its certificate does not fit its key).</source>
        <translation>本机上的签名身份无法使用（证书与密钥不匹配）。</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="512"/>
        <source>Answer with one or more photos.</source>
        <translation>请上传一张或多张照片作答。</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="393"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="394"/>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoThumb</name>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="355"/>
        <source>%1 — click to view at full size</source>
        <translation>%1 — 点击查看原图</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="154"/>
        <source>Previous photo (Left)</source>
        <translation>上一张（←）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="157"/>
        <source>Next photo (Right)</source>
        <translation>下一张（→）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="159"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="160"/>
        <source>Fit the photo to the window (0)</source>
        <translation>使照片适应窗口（0）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="163"/>
        <source>Actual size (1)</source>
        <translation>实际大小（1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="169"/>
        <source>Ctrl+wheel or +/- zoom · drag to pan · Esc closes</source>
        <translation>Ctrl+滚轮或 +/- 缩放 · 拖动平移 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="218"/>
        <source>No photo.</source>
        <translation>没有照片。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="225"/>
        <source>Loading %1...</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="241"/>
        <source>This photo cannot be shown: %1</source>
        <translation>无法显示此照片：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="263"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="103"/>
        <source>Reload the plan</source>
        <translation>重新载入方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="114"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="126"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="127"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="128"/>
        <source>Period</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="129"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="130"/>
        <source>Stores</source>
        <translation>门店数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="131"/>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="342"/>
        <source>%1 per store a day</source>
        <translation>每店每日 %1 名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="345"/>
        <source>%1 per store</source>
        <translation>每店 %1 名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="347"/>
        <source>%1 in total</source>
        <translation>共 %1 名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="350"/>
        <source>quota: %1</source>
        <translation>限量：%1</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="363"/>
        <source>New promotion plan</source>
        <translation>新建促销方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="364"/>
        <source>Edit promotion plan %1</source>
        <translation>编辑促销方案 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="381"/>
        <source>This plan is waiting for a decision: once you save a change it must be submitted again.</source>
        <translation>本方案正在审批中：保存修改后需重新报批。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="396"/>
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="398"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="379"/>
        <source>This plan is approved: once you save a change it must be submitted and approved again.</source>
        <translation>本方案已批准：保存修改后需重新报批、审批。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="412"/>
        <source>For example: Grand opening week</source>
        <translation>例如：新店开业 盛大酬宾</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="415"/>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="416"/>
        <source>Price promotion: it changes prices, so it must be approved before it starts</source>
        <translation>价格促销：涉及调价，须在开始前获批</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="433"/>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="439"/>
        <source>optional: the hours of each day the offer holds</source>
        <translation>可选：每天优惠有效的时段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="442"/>
        <source>What the promotion is for, how it runs, what stores must know</source>
        <translation>促销目的、执行方式、门店须知</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="445"/>
        <location filename="../../ui/pages/promotions/editor.py" line="847"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="446"/>
        <location filename="../../ui/pages/promotions/editor.py" line="847"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="448"/>
        <source>Period</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="449"/>
        <source>Time of day</source>
        <translation>每日时段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="450"/>
        <location filename="../../ui/pages/promotions/editor.py" line="559"/>
        <location filename="../../ui/pages/promotions/editor.py" line="851"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="453"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="464"/>
        <source>Find a store, region or area</source>
        <translation>查找门店、大区或片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="468"/>
        <source>Region, area and store</source>
        <translation>大区、片区和门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="468"/>
        <location filename="../../ui/pages/promotions/editor.py" line="541"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="476"/>
        <source>All franchise stores</source>
        <translation>全部加盟店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="478"/>
        <source>All company-owned stores</source>
        <translation>全部直营店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="480"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="498"/>
        <source>for example: footfall</source>
        <translation>例如：客流</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="509"/>
        <source>Sales (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="531"/>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="560"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="780"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="502"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="503"/>
        <location filename="../../ui/pages/promotions/editor.py" line="853"/>
        <source>Custom measure</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="505"/>
        <location filename="../../ui/pages/promotions/editor.py" line="544"/>
        <location filename="../../ui/pages/promotions/editor.py" line="854"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="508"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="510"/>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="511"/>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="512"/>
        <location filename="../../ui/pages/promotions/editor.py" line="695"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="515"/>
        <source>Targets of each chosen store (leave a cell empty for no target)</source>
        <translation>各目标门店的指标（留空表示不设指标）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="521"/>
        <source>Stores and targets</source>
        <translation>门店与指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="526"/>
        <source>Offer tiers</source>
        <translation>优惠档位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="529"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="530"/>
        <source>Reward</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="532"/>
        <source>Quota / store / day</source>
        <translation>每店每日限量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="533"/>
        <source>Quota / store</source>
        <translation>每店限量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="534"/>
        <source>Quota in total</source>
        <translation>总限量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="534"/>
        <source>Add tier</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="535"/>
        <source>One row per offer: who qualifies, what they get, the price if any, and how many may have it (empty: no limit).</source>
        <translation>每行一档优惠：参与条件、所得优惠、价格（如有）及限量（留空为不限）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="538"/>
        <source>Materials</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="542"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="543"/>
        <source>Quantity per store</source>
        <translation>每店数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="545"/>
        <source>Deliver by</source>
        <translation>到店日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="545"/>
        <source>Add material</source>
        <translation>添加物料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="551"/>
        <source>Offer and materials</source>
        <translation>优惠与物料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="557"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="561"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="561"/>
        <location filename="../../ui/pages/promotions/editor.py" line="684"/>
        <location filename="../../ui/pages/promotions/editor.py" line="791"/>
        <source>Whole plan</source>
        <translation>整个方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="562"/>
        <source>Add budget line</source>
        <translation>添加预算行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="564"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="573"/>
        <source>Budget in total</source>
        <translation>预算总额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="574"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="575"/>
        <source>By store</source>
        <translation>按门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="578"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/editor.py" line="682"/>
        <source>%n store(s) chosen</source>
        <translation>
            <numerusform>已选 %n 家门店</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/editor.py" line="683"/>
        <source>%n franchise store(s)</source>
        <translation>
            <numerusform>其中加盟店 %n 家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/editor.py" line="712"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>共 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="714"/>
        <source>the end is before the start</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/editor.py" line="782"/>
        <source>(%n line(s) with an amount that is not a number left out)</source>
        <translation>
            <numerusform>（%n 行金额不是数字，未计入）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="848"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="848"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="849"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="850"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="852"/>
        <source>Target stores</source>
        <translation>目标门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="857"/>
        <source>Target store %1</source>
        <translation>目标门店 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="857"/>
        <source>Tier %1</source>
        <translation>第 %1 档</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="858"/>
        <source>Material %1</source>
        <translation>物料 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="859"/>
        <source>Budget line %1</source>
        <translation>预算第 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="879"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="73"/>
        <location filename="../../ui/pages/visits/page.py" line="168"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="76"/>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="77"/>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="78"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="79"/>
        <source>Plan visit…</source>
        <translation>计划巡店…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="86"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="118"/>
        <source>Drag a store onto a day to plan it; drag a visit to another day to move it. Double-click a visit to open its log.</source>
        <translation>把门店拖到某一天即可加入计划；把巡店拖到另一天即可改期。双击巡店可打开日志。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="209"/>
        <source>Not planned this week (%1)</source>
        <translation>本周未计划的门店（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="229"/>
        <source>Visits</source>
        <translation>巡店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="230"/>
        <source>This visit has already started; it stays on its own day.</source>
        <translation>这次巡店已经开始，日期不能再改。</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="48"/>
        <source>Plan a visit</source>
        <translation>计划巡店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="64"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="69"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="65"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="66"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="69"/>
        <source>Purpose</source>
        <translation>巡店目的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="48"/>
        <source>Plan</source>
        <translation>加入计划</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="79"/>
        <location filename="../../ui/widgets/reports.py" line="52"/>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="87"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="89"/>
        <source>Grades: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="93"/>
        <source>Scoring: N/A and unanswered optional items leave the maximum; a section&apos;s points and maximum are multiplied by its weight; points are exact and rounded once, to two places, and the grade is decided on the exact percent; a failed veto item fails the inspection.</source>
        <translation>计分规则：不适用的项和未作答的选答项不计入满分；分区的得分和满分乘以分区权重；得分按精确值计算，只在最后四舍五入到两位小数，等级按精确百分比判定；一票否决项不合格则整次检查不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="103"/>
        <source>weight ×%1</source>
        <translation>权重 ×%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="108"/>
        <source>(no items)</source>
        <translation>（暂无检查项）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="117"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="134"/>
        <source>Photo on fail</source>
        <translation>不合格需拍照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="137"/>
        <source>N/A not allowed</source>
        <translation>不可答“不适用”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="164"/>
        <source>Recorded, not scored.</source>
        <translation>只记录，不计分。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="166"/>
        <source>Pass earns %1 points, fail earns 0 and fails.</source>
        <translation>合格得 %1 分，不合格得 0 分并判为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="169"/>
        <source>Earns %1 × rating / %2; a rating below %3 fails.</source>
        <translation>得分 = %1 × 评分 / %2；评分低于 %3 判为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="174"/>
        <source>Inside [%1, %2] earns %3 points; outside earns 0 and fails.</source>
        <translation>在 [%1, %2] 之内得 %3 分；超出得 0 分并判为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="178"/>
        <source>fails</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="184"/>
        <source>Earns %1 × the option&apos;s points / %2 (the best option); an option marked fails, or worth 0 when others are worth more, fails.</source>
        <translation>得分 = %1 × 所选选项分值 / %2（最高选项分值）；选中标为不合格的选项，或在其他选项更高时选中 0 分选项，判为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="189"/>
        <source>Earns %1 × (the chosen options&apos; points, negative ones subtracting, at least 0) / %2 (all positive points); a chosen option marked fails, or earning nothing, fails.</source>
        <translation>得分 = %1 × （所选选项分值之和，负分选项扣分，最低为 0）/ %2（全部正分之和）；选中标为不合格的选项，或一分未得，判为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="192"/>
        <source>Options: %1</source>
        <translation>选项：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="195"/>
        <source>Weight 0: adds nothing to the points or the maximum.</source>
        <translation>权重为 0：不计入得分和满分。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/reports.py" line="61"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="64"/>
        <source>Save...</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="77"/>
        <location filename="../../ui/widgets/reports.py" line="86"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="78"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="86"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>PromotionCalendar</name>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="258"/>
        <source>Previous month (PgUp)</source>
        <translation>上个月（PgUp）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="261"/>
        <source>Next month (PgDown)</source>
        <translation>下个月（PgDown）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="263"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="362"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="362"/>
        <source>waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="362"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="363"/>
        <source>returned or in clash</source>
        <translation>已退回或冲突</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="363"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="366"/>
        <source>overlaps another approved plan</source>
        <translation>与其他已批准方案重叠</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="372"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="378"/>
        <source>Overlaps approved plan %1 here from %2 to %3</source>
        <translation>在本店 %2 至 %3 与已批准方案 %1 重叠</translation>
    </message>
</context>
<context>
    <name>PromotionLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="491"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="492"/>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="493"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="494"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="495"/>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="496"/>
        <source>Clash</source>
        <translation>审批冲突</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="497"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="498"/>
        <source>Running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="499"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="500"/>
        <source>Reviewed and closed</source>
        <translation>已总结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="501"/>
        <location filename="../../ui/labels.py" line="511"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="508"/>
        <source>Submitted</source>
        <translation>已报批</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="509"/>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="510"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="512"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="513"/>
        <source>Review written</source>
        <translation>已总结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="520"/>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="521"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="522"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="529"/>
        <source>POP</source>
        <translation>POP 海报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="530"/>
        <source>Banner</source>
        <translation>横幅</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="531"/>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="532"/>
        <source>Display prop</source>
        <translation>陈列道具</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="533"/>
        <location filename="../../ui/labels.py" line="544"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="540"/>
        <source>Materials</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="541"/>
        <source>Gifts</source>
        <translation>赠品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="543"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="551"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="552"/>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="553"/>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="554"/>
        <source>Custom measure</source>
        <translation>自定义指标</translation>
    </message>
</context>
<context>
    <name>PromotionsPage</name>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="132"/>
        <source>%1 approved</source>
        <translation>%1 同意</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="134"/>
        <source>%1 rejected</source>
        <translation>%1 驳回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="138"/>
        <source>Conflicting %1 decisions: %2 — decide again at %1</source>
        <translation>%1意见冲突：%2 — 需重新%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="139"/>
        <location filename="../../ui/pages/promotions/page.py" line="879"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="143"/>
        <source>The content was changed after it was submitted: submit it again for approval</source>
        <translation>内容已修改，需重新报批</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="224"/>
        <source>Promotions</source>
        <translation>促销方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="247"/>
        <source>Theme or code (Ctrl+F)</source>
        <translation>主题或编号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="251"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="252"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="260"/>
        <source>The plans as a list (Ctrl+Shift+L)</source>
        <translation>以列表显示方案（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="261"/>
        <source>The plans of a month by store and day (Ctrl+Shift+M)</source>
        <translation>按门店和日期显示当月方案（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="273"/>
        <source>New plan...</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="274"/>
        <source>Edit...</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="275"/>
        <source>Submit...</source>
        <translation>报批…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="276"/>
        <source>Review...</source>
        <translation>审核…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="277"/>
        <source>Approve...</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="278"/>
        <source>Cancel plan...</source>
        <translation>取消方案…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="279"/>
        <source>Close with review...</source>
        <translation>总结并关闭…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="284"/>
        <source>Plan PDF</source>
        <translation>宣传计划书（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="286"/>
        <source>The promotion plan with its approval trail and acknowledgements as a PDF, plain or signed</source>
        <translation>含审批记录和加盟店确认的宣传计划书 PDF，普通或签名版</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="290"/>
        <source>Review PDF</source>
        <translation>促销总结（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="292"/>
        <source>Targets against results by store and region, budget used, execution scores and lessons as a PDF, plain or signed</source>
        <translation>按门店和区域的目标与实绩、费用使用、执行检查得分和总结的 PDF，普通或签名版</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="388"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="653"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="654"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="655"/>
        <source>Period</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="434"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="310"/>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="310"/>
        <location filename="../../ui/pages/promotions/page.py" line="406"/>
        <location filename="../../ui/pages/promotions/page.py" line="665"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="310"/>
        <source>Waiting for</source>
        <translation>待办环节</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="310"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="353"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="353"/>
        <source>Reward</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="353"/>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="354"/>
        <source>Quota per store a day</source>
        <translation>每店每日限额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="354"/>
        <source>Quota per store</source>
        <translation>每店限额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="355"/>
        <source>Quota in total</source>
        <translation>总限额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="357"/>
        <location filename="../../ui/pages/promotions/page.py" line="388"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="357"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="357"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="358"/>
        <source>Deliver by</source>
        <translation>到店日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="360"/>
        <source>Offer tiers</source>
        <translation>优惠档位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="362"/>
        <source>Materials</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="367"/>
        <location filename="../../ui/pages/promotions/page.py" line="370"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="367"/>
        <location filename="../../ui/pages/promotions/page.py" line="684"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="367"/>
        <location filename="../../ui/pages/promotions/page.py" line="372"/>
        <location filename="../../ui/pages/promotions/page.py" line="388"/>
        <location filename="../../ui/pages/promotions/page.py" line="406"/>
        <location filename="../../ui/pages/promotions/page.py" line="424"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="368"/>
        <location filename="../../ui/pages/promotions/page.py" line="370"/>
        <location filename="../../ui/pages/promotions/page.py" line="372"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="385"/>
        <source>Acknowledge...</source>
        <translation>签字确认…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="388"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="389"/>
        <source>Sales target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="389"/>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="389"/>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="390"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="390"/>
        <source>Acknowledgement</source>
        <translation>加盟店确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="396"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="396"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="396"/>
        <source>Level</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="396"/>
        <source>Decision</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="397"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="403"/>
        <location filename="../../ui/pages/promotions/page.py" line="992"/>
        <location filename="../../ui/pages/promotions/page.py" line="1145"/>
        <source>Start check</source>
        <translation>开始执行检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="406"/>
        <source>Checks</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="406"/>
        <source>Latest</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="407"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="417"/>
        <source>Enter results...</source>
        <translation>录入实绩…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="419"/>
        <source>Import results...</source>
        <translation>导入实绩…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="431"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="432"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="433"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="435"/>
        <source>Approvals</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="436"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="437"/>
        <source>Results</source>
        <translation>实绩</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="451"/>
        <source>Select a plan to see it.</source>
        <translation>选择一个方案查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="516"/>
        <source>Returned: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="520"/>
        <location filename="../../ui/pages/promotions/page.py" line="658"/>
        <source>Price promotion</source>
        <translation>价格促销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="529"/>
        <source>%1 of %2 franchise stores have acknowledged the plan</source>
        <translation>%2 家加盟店中已有 %1 家确认方案</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/page.py" line="534"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n 个方案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="549"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="553"/>
        <source>Show every plan</source>
        <translation>显示全部方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="554"/>
        <source>Show only the plans with this status</source>
        <translation>只显示此状态的方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="566"/>
        <source>No plan matches the filter. Clear the search or click All to see every plan.</source>
        <translation>没有符合筛选的方案。清空搜索或点击“全部”查看所有方案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="568"/>
        <source>No promotion plans yet. Draw one up with New plan... (Ctrl+N).</source>
        <translation>还没有促销方案。用“新建方案…”（Ctrl+N）拟定一个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/page.py" line="634"/>
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n 家门店</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="635"/>
        <source>Budget %1 yuan</source>
        <translation>预算 %1 元</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="639"/>
        <location filename="../../ui/pages/promotions/page.py" line="664"/>
        <source>waiting for %1</source>
        <translation>待%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="656"/>
        <source>Time of day</source>
        <translation>每日时段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="657"/>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="658"/>
        <source>Yes: it runs only once approved</source>
        <translation>是：审批通过后才能执行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="659"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="667"/>
        <source>Returned because</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="669"/>
        <source>Cancelled because</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="671"/>
        <source>Custom measure</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="678"/>
        <source>Overlaps at %1 with the approved plan %2 (%3 – %4)</source>
        <translation>在 %1 与已批准方案 %2 重叠（%3 – %4）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="687"/>
        <source>Lessons</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="689"/>
        <source>Content hash %1</source>
        <translation>内容哈希 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="704"/>
        <source>Whole plan</source>
        <translation>整个方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="718"/>
        <source>Total %1 yuan</source>
        <translation>合计 %1 元</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="730"/>
        <source>Signed by %1 on %2</source>
        <translation>%1 于 %2 签字</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="733"/>
        <source>Not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="733"/>
        <source>Once approved</source>
        <translation>批准后确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="764"/>
        <source>Made on another version of the plan, or not at its level: it had no effect</source>
        <translation>针对方案的其他版本或不在其环节作出：未生效</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="800"/>
        <source>No check yet</source>
        <translation>尚无检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="819"/>
        <source>Store / region</source>
        <translation>门店 / 区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="822"/>
        <source>%1 target</source>
        <translation>%1目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="822"/>
        <source>%1 actual</source>
        <translation>%1实际</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="823"/>
        <source>%1 variance</source>
        <translation>%1差异</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="823"/>
        <source>%1 achieved</source>
        <translation>%1达成率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="824"/>
        <source>Gifts given</source>
        <translation>赠品发放</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="824"/>
        <source>Budget planned</source>
        <translation>计划费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="824"/>
        <source>Budget spent</source>
        <translation>实际费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="824"/>
        <source>Check score</source>
        <translation>检查得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="855"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="857"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="879"/>
        <source>Only %1 can do this.</source>
        <translation>只有%1可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="888"/>
        <source>Select a plan.</source>
        <translation>请选择一个方案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="892"/>
        <location filename="../../ui/pages/promotions/page.py" line="913"/>
        <source>The plan is %1: it can no longer change.</source>
        <translation>方案%1，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="902"/>
        <source>Only a draft, returned or changed plan is submitted (this one is %1).</source>
        <translation>只有草稿、已退回或已修改的方案可以报批（此方案：%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="909"/>
        <source>The plan is not waiting for %1 (it is %2).</source>
        <translation>方案不在%1环节（当前：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="916"/>
        <source>Only the plan&apos;s proposer, operations managers and head office can cancel it.</source>
        <translation>只有方案提出人、运营经理和总部可以取消方案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="922"/>
        <source>Only an approved plan is closed with its review (this one is %1).</source>
        <translation>只有已批准的方案可以总结关闭（此方案：%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="927"/>
        <source>A franchise store acknowledges the plan once it is approved.</source>
        <translation>方案批准后由加盟店签字确认。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="930"/>
        <source>Select a store on the Stores tab.</source>
        <translation>请在“门店”页选择一家门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="933"/>
        <source>Only a franchise store acknowledges a plan.</source>
        <translation>只有加盟店需要确认方案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="935"/>
        <source>Only the store manager of this franchise store can acknowledge the plan.</source>
        <translation>只有该加盟店的店长可以确认方案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="937"/>
        <source>This store has already acknowledged the plan as it is now.</source>
        <translation>该门店已确认当前版本的方案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="942"/>
        <source>Select a store on the Execution tab.</source>
        <translation>请在“执行”页选择一家门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="947"/>
        <source>A price promotion is checked only once approved.</source>
        <translation>价格促销须批准后才能检查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="948"/>
        <source>The plan is checked once it is submitted.</source>
        <translation>方案报批后才能检查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="950"/>
        <source>Checks are made during the promotion&apos;s period (%1 to %2).</source>
        <translation>执行检查须在活动期间进行（%1 至 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="955"/>
        <source>Results are for a plan that ran (this one is %1).</source>
        <translation>只有执行过的方案才有实绩（此方案：%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="958"/>
        <source>The promotion has not started yet (it starts on %1).</source>
        <translation>促销尚未开始（%1 开始）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="961"/>
        <source>Select a store&apos;s row on the Results tab.</source>
        <translation>请在“实绩”页选择一家门店的行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="968"/>
        <source>Draw up a new promotion plan (Ctrl+N)</source>
        <translation>拟定新的促销方案（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="969"/>
        <source>Change the plan (F2); a submitted or approved plan must then be approved again</source>
        <translation>修改方案（F2）；已报批或已批准的方案修改后须重新审批</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="970"/>
        <source>Put the plan forward for review (Ctrl+Shift+S)</source>
        <translation>提交方案审核（建议，Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="971"/>
        <source>Review the plan: approve or reject with a reason (Ctrl+Shift+R)</source>
        <translation>审核方案：同意或说明理由驳回（审核，Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="972"/>
        <source>Approve or reject the reviewed plan (Ctrl+Shift+A)</source>
        <translation>批准或驳回已审核的方案（审批，Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="974"/>
        <source>Close the approved plan with its review: the lessons learnt</source>
        <translation>为已批准的方案写总结并关闭（总结）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="973"/>
        <source>Call the plan off (a reason is required)</source>
        <translation>取消方案（须填写原因）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="975"/>
        <source>Sign the approved plan for the selected franchise store (Ctrl+Shift+K)</source>
        <translation>为所选加盟店签字确认已批准的方案（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="976"/>
        <source>The execution check of the selected store in the runner, then signed (Ctrl+Shift+E)</source>
        <translation>对所选门店进行执行检查并签字（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="977"/>
        <source>Type the selected store&apos;s results (Ctrl+Shift+T)</source>
        <translation>录入所选门店的实绩（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="978"/>
        <source>Import the stores&apos; results from a till export, Excel or CSV (Ctrl+Shift+I)</source>
        <translation>从收银导出文件（Excel 或 CSV）导入各门店实绩（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="992"/>
        <source>Continue check</source>
        <translation>继续执行检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1011"/>
        <source>The calendar is not available.</source>
        <translation>日历不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1075"/>
        <source>Plan %1 drawn up.</source>
        <translation>方案 %1 已拟定。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1085"/>
        <source>Edit an approved plan</source>
        <translation>编辑已批准的方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1086"/>
        <source>Plan %1 is approved. Once its content changes it must be submitted, reviewed and approved again, and the franchise stores acknowledge it again. Edit it?</source>
        <translation>方案 %1 已批准。内容修改后须重新报批、审核和审批，加盟店也须重新确认。仍要编辑吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1091"/>
        <source>Edit a submitted plan</source>
        <translation>编辑审批中的方案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1092"/>
        <source>Plan %1 is under review. Once its content changes it must be submitted again. Edit it?</source>
        <translation>方案 %1 正在审批。内容修改后须重新报批。仍要编辑吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1098"/>
        <source>Plan %1 saved.</source>
        <translation>方案 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1112"/>
        <source>Plan %1: %2.</source>
        <translation>方案 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1126"/>
        <source>%1 acknowledged plan %2.</source>
        <translation>%1 已确认方案 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1152"/>
        <source>Execution check of %1 saved.</source>
        <translation>%1 的执行检查已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1178"/>
        <source>Results of %1 saved.</source>
        <translation>%1 的实绩已保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/page.py" line="1190"/>
        <source>Results of %n store(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 家门店的实绩。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsButton</name>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="172"/>
        <source>Corrective action proposals...</source>
        <translation>整改建议…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="184"/>
        <source>Turn the failed items into corrective actions</source>
        <translation>把不合格项生成整改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="185"/>
        <source>Every failed item already has a corrective action.</source>
        <translation>每个不合格项都已有整改。</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="49"/>
        <source>Corrective actions for the failed items</source>
        <translation>为不合格项生成整改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="51"/>
        <source>Each failed item becomes a corrective action for the store. Edit them, merge several into one, or untick the ones you do not want, then create them.</source>
        <translation>每个不合格项都会成为门店的一条整改任务。您可以修改、把几条合并为一条，或取消勾选不需要的，然后创建。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="55"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="55"/>
        <source>Action</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="55"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="56"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="56"/>
        <source>Assigned to</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="56"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="65"/>
        <source>Merge selected</source>
        <translation>合并所选</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="67"/>
        <source>Create none</source>
        <translation>不创建</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="69"/>
        <source>Create ticked actions</source>
        <translation>创建勾选的整改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="106"/>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="115"/>
        <source>[repeat ×%1] </source>
        <translation>【重复 ×%1】</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="139"/>
        <source>Select two or more rows to merge them into one action.</source>
        <translation>请选择两行或以上再合并为一条整改。</translation>
    </message>
</context>
<context>
    <name>RecheckCard</name>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="294"/>
        <source>Due %1 · %2 · %3</source>
        <translation>期限 %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="298"/>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="299"/>
        <source>Not fixed</source>
        <translation>未整改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="305"/>
        <source>What you saw (optional)</source>
        <translation>复查情况（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="328"/>
        <source>Action now: %1</source>
        <translation>整改状态：%1</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="187"/>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="189"/>
        <source>New area in %1</source>
        <translation>在 %1 下新建片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="191"/>
        <source>New region</source>
        <translation>新建大区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="198"/>
        <source>e.g. SH</source>
        <translation>例如 SH</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="203"/>
        <location filename="../../ui/pages/stores.py" line="205"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="204"/>
        <location filename="../../ui/pages/stores.py" line="205"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="29"/>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="38"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="46"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="47"/>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV（可用 Excel 打开）(*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="49"/>
        <location filename="../../ui/widgets/register_export.py" line="107"/>
        <source>Export register</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="62"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="66"/>
        <source>Export the list as shown (its filters) to Excel or CSV</source>
        <translation>按当前筛选导出列表为 Excel 或 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="114"/>
        <source>Exporting to %1...</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/register_export.py" line="122"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="130"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="134"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="38"/>
        <source>Corrective actions due</source>
        <translation>到期整改提醒</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="39"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="39"/>
        <source>Opening milestones due</source>
        <translation>筹备节点到期提醒</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="42"/>
        <source>You have %1 corrective action(s) overdue and %2 due within three days.</source>
        <translation>您有 %1 项整改已逾期，%2 项将在三天内到期。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="47"/>
        <location filename="../../ui/widgets/reminders.py" line="92"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="47"/>
        <location filename="../../ui/widgets/reminders.py" line="92"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="47"/>
        <source>Action</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="48"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="51"/>
        <source>%1 (overdue %2 d)</source>
        <translation>%1（逾期 %2 天）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="62"/>
        <location filename="../../ui/widgets/reminders.py" line="113"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="64"/>
        <source>Open the action register</source>
        <translation>打开整改台账</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="86"/>
        <source>You have %1 opening milestone(s) late and %2 due within three days.</source>
        <translation>你有 %1 个筹备节点已逾期，%2 个将在三天内到期。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="92"/>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="92"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="95"/>
        <source>%1 (late %2 d)</source>
        <translation>%1（逾期 %2 天）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="115"/>
        <source>Open 新店筹备</source>
        <translation>打开新店筹备</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/widgets/reports.py" line="156"/>
        <source>Building the report...</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="152"/>
        <location filename="../../ui/widgets/reports.py" line="177"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
</context>
<context>
    <name>ReportFaultDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="134"/>
        <source>Report a fault</source>
        <translation>报修故障</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="135"/>
        <source>Report fault</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="144"/>
        <source>What is wrong? (e.g. no cold air, error code E4)</source>
        <translation>出了什么问题？（例如：不制冷，显示故障码 E4）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="151"/>
        <source>Add photos...</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="154"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="165"/>
        <source>Item</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="166"/>
        <location filename="../../ui/pages/equipment/faults.py" line="172"/>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="167"/>
        <location filename="../../ui/pages/equipment/faults.py" line="172"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="168"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="16"/>
        <source>Signatures &amp; reports</source>
        <translation>签名与报告</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="19"/>
        <source>PDF reports are exported where the record is: a completed inspection (Inspections → View), the daily checklists, the corrective-action register, a visit and the week plan (Visit logs). Each offers Export PDF and Export signed PDF; a preview opens before you save.

A completed inspection is signed by the supervisor and the store manager in its view; it is then frozen. Your digital signing identity and the head-office CA are in Settings → Signing.</source>
        <translation>PDF 报告在各自的记录处导出：已完成的巡检（巡检 → 查看）、开闭店检查、整改台账、巡店记录和周计划（巡店日志）。每处都有「导出 PDF」和「导出签名 PDF」，保存前会先预览。

已完成的巡检在查看页面由督导和店长签字，签字后即冻结。您的数字签名身份和总部 CA 在「设置 → 签名」中。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="26"/>
        <source>Verify a signed PDF...</source>
        <translation>验证 PDF 签名…</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="360"/>
        <source>Results of a store</source>
        <translation>门店促销实绩</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="360"/>
        <source>Save results</source>
        <translation>保存实绩</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="367"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="368"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="369"/>
        <source>Custom measure</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="372"/>
        <source>Sales (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="380"/>
        <source>Budget spent (yuan)</source>
        <translation>实际费用（元）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="373"/>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="375"/>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="379"/>
        <source>Gifts given</source>
        <translation>赠品发放</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="396"/>
        <source>Note (optional): weather, a competitor, stock-outs …</source>
        <translation>备注（可选）：天气、竞品、缺货……</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="165"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="166"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="167"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="168"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="180"/>
        <source>Add a row (Ins)</source>
        <translation>添加一行（Ins）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="181"/>
        <source>Remove the current row (Del)</source>
        <translation>删除当前行（Del）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="182"/>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>当前行上移（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="183"/>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>当前行下移（Ctrl+↓）</translation>
    </message>
</context>
<context>
    <name>RunViewDialog</name>
    <message>
        <location filename="../../ui/pages/inspections.py" line="206"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="215"/>
        <source>Sign...</source>
        <translation>签字…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="217"/>
        <source>Correct...</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="218"/>
        <source>A signed inspection is frozen: a correction is a new inspection that supersedes it; both stay visible.</source>
        <translation>已签字的巡检已冻结：更正会生成一份新的巡检来取代它，两份都保留可查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="225"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="263"/>
        <source>%1 (%2) signed %3</source>
        <translation>%1（%2）于 %3 签字</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="266"/>
        <source> (no account)</source>
        <translation>（无账号）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="268"/>
        <source>, collected by %1</source>
        <translation>，由 %1 收集</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="270"/>
        <source> — the content changed after signing</source>
        <translation> —— 签字后内容已被修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="274"/>
        <source>Signed and frozen.</source>
        <translation>已签字并冻结。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="276"/>
        <source>Superseded by a correction.</source>
        <translation>已被更正取代。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="278"/>
        <source>Still to sign: %1</source>
        <translation>尚待签字：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="283"/>
        <source>You have no role left to sign here: the store manager signs under their own account.</source>
        <translation>您在此已无可签字的身份：店长须用自己的账号签字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="310"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="310"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="311"/>
        <source>A veto item failed: the inspection fails.</source>
        <translation>一票否决项不合格：本次检查判定为不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="312"/>
        <source>Sections</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="312"/>
        <source>Section</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="312"/>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="313"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="314"/>
        <source>veto item</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="314"/>
        <source>repeat finding</source>
        <translation>重复问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="314"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="315"/>
        <source>No failed items.</source>
        <translation>没有不合格项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="316"/>
        <source>Compared with the previous inspection</source>
        <translation>与上次巡检对比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="317"/>
        <source>This is the first completed inspection of this template at the store.</source>
        <translation>这是该门店使用此模板完成的第一次检查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="330"/>
        <source>Previous (%1)</source>
        <translation>上次（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="342"/>
        <source>Failed items (%1)</source>
        <translation>不合格项（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="361"/>
        <source>New findings</source>
        <translation>新发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="362"/>
        <source>Failed again</source>
        <translation>再次不合格</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="363"/>
        <source>Fixed since</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="278"/>
        <location filename="../../ui/pages/inspections.py" line="364"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/widgets/runner.py" line="56"/>
        <source>Fail (veto)</source>
        <translation>不合格（一票否决）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="62"/>
        <source>No score yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="63"/>
        <source>Score %1 / %2 · %3% · grade %4</source>
        <translation>得分 %1 / %2 · %3% · 等级 %4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="262"/>
        <source>Corrective action for a failed item</source>
        <translation>不合格项的整改</translation>
    </message>
</context>
<context>
    <name>RunnerDialog</name>
    <message>
        <location filename="../../ui/widgets/runner.py" line="89"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="167"/>
        <source>Every answer is saved as you give it.</source>
        <translation>每个答案在作答时即已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="169"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="170"/>
        <source>Complete the inspection (Ctrl+Enter)</source>
        <translation>完成巡检（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="172"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="534"/>
        <source>Photo not added</source>
        <translation>照片未添加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="502"/>
        <location filename="../../ui/widgets/runner.py" line="559"/>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="112"/>
        <source>Re-checks</source>
        <translation>整改复查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="148"/>
        <source>The store&apos;s open corrective actions. Fixed submits an action for verification with this follow-up as evidence; not fixed sends it back.</source>
        <translation>门店未关闭的整改任务。「已整改」将以本次回头看为依据提交验收；「未整改」将其退回。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="175"/>
        <source>Keys: P pass · F fail · N N/A · digits · J/K next/previous · Ctrl+J next unanswered · Enter/Tab into the field · Esc leaves it · Del clears · Ctrl+Z undoes</source>
        <translation>按键：P 合格 · F 不合格 · N 不适用 · 数字 · J/K 下一项/上一项 · Ctrl+J 下一个未答项 · 回车/Tab 进入输入框 · Esc 离开输入框 · Del 清除 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="291"/>
        <source>Every item has an answer.</source>
        <translation>所有检查项均已作答。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="390"/>
        <source>Not saved: outside the expected range %1.</source>
        <translation>未保存：超出标准值范围 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="412"/>
        <source>%1 is outside the expected range %2 of &quot;%3&quot;.

Keep it anyway? It counts as failed and is marked out of range.</source>
        <translation>%1 超出“%3”的标准值范围 %2。

仍要保留吗？该项将计为不合格，并标记为超出范围。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="416"/>
        <source>Out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="439"/>
        <source>Cleared %1</source>
        <translation>已清除 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="454"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="487"/>
        <source>Corrective action created: %1</source>
        <translation>已建整改：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="576"/>
        <source>Re-checks  %1/%2</source>
        <translation>整改复查  %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="581"/>
        <source>Veto item failed, the inspection fails whatever the score: %1</source>
        <translation>一票否决项不合格，无论得分本次检查均判定为不合格：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="599"/>
        <source>Completed: the answers can no longer change.</source>
        <translation>已完成：答案不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="611"/>
        <source>missing</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="612"/>
        <source>not re-checked</source>
        <translation>未复查</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/runner.py" line="615"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="616"/>
        <source>Not complete yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="617"/>
        <source>These items still need an answer or a photo:</source>
        <translation>以下检查项还需要作答或附照片：</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="113"/>
        <source>Section</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="121"/>
        <source>The section&apos;s points and maximum are multiplied by its weight.</source>
        <translation>分区的得分和满分均乘以该权重。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="123"/>
        <location filename="../../ui/pages/templates/forms.py" line="129"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="124"/>
        <location filename="../../ui/pages/templates/forms.py" line="129"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="125"/>
        <location filename="../../ui/pages/templates/forms.py" line="129"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="141"/>
        <source>Section %1</source>
        <translation>分区 %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="39"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="43"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="48"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="50"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="53"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="65"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="69"/>
        <source>Shown at the top of every report</source>
        <translation>显示在每份报告的页眉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="72"/>
        <source>Choose logo...</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="78"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Report logo</source>
        <translation>报告标志</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="86"/>
        <source>Lock the window after this many minutes without keyboard or mouse input (0: never). Takes effect at the next start.</source>
        <translation>键盘或鼠标无操作达到此分钟数后锁定窗口（0：从不）。下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="90"/>
        <source>Lock after idle</source>
        <translation>闲置锁定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Decisions must be signed with the person&apos;s key (unsigned approvals arriving by sync become conflicts)</source>
        <translation>决策必须用本人密钥签名（经同步收到的未签名审批将成为冲突）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Approvals, verifications, acceptances, gate overrides and conflict resolutions made on another computer are applied only when signed by a trusted certificate of a person with that role.</source>
        <translation>在其他电脑上做出的审批、验证、验收、关卡特批和冲突处理，只有在由具备该角色人员的受信任证书签名时才会生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="102"/>
        <source>This computer (node)</source>
        <translation>本机（节点）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="103"/>
        <source>Schema revision</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="114"/>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125"/>
        <source>Certificate request...</source>
        <translation>证书申请…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="126"/>
        <source>Save a request for your certificate, for head office to issue</source>
        <translation>保存您的证书申请，交总部签发</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="133"/>
        <source>Create head-office CA...</source>
        <translation>创建总部 CA…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134"/>
        <source>A certificate authority whose certificates this workspace trusts</source>
        <translation>本工作区信任其所签发证书的证书机构</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="136"/>
        <source>Issue a certificate...</source>
        <translation>签发证书…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137"/>
        <source>Sign a user&apos;s certificate request with the head-office CA</source>
        <translation>用总部 CA 签发用户的证书申请</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="140"/>
        <source>Head office:</source>
        <translation>总部：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="167"/>
        <source>Create head-office CA</source>
        <translation>创建总部 CA</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="168"/>
        <source>Folder for the CA (keep it safe, offline)</source>
        <translation>CA 所在文件夹（请离线妥善保管）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="171"/>
        <source>Name of the certificate authority:</source>
        <translation>证书机构名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="185"/>
        <source>Creating the certificate authority...</source>
        <translation>正在创建证书机构…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="186"/>
        <source>The CA is in %1; this workspace now trusts it. Fingerprint: %2</source>
        <translation>CA 位于 %1；本工作区现已信任它。指纹：%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="194"/>
        <source>Issue a certificate</source>
        <translation>签发证书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="195"/>
        <source>Folder of the head-office CA</source>
        <translation>总部 CA 所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="198"/>
        <location filename="../../ui/pages/settings.py" line="228"/>
        <source>Certificate request</source>
        <translation>证书申请</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="199"/>
        <location filename="../../ui/pages/settings.py" line="238"/>
        <source>Certificate requests (*.csr *.pem)</source>
        <translation>证书申请 (*.csr *.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="202"/>
        <source>Passphrase of the CA:</source>
        <translation>CA 的口令：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="206"/>
        <source>Save the certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="219"/>
        <source>Issuing the certificate...</source>
        <translation>正在签发证书…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="220"/>
        <source>Certificate saved to %1. The user imports it with Import certificate.</source>
        <translation>证书已保存到 %1。用户可通过“导入证书”导入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="231"/>
        <source>Create your signing identity first.</source>
        <translation>请先创建您的签名身份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="233"/>
        <source>Passphrase of your signing key:</source>
        <translation>签名密钥的口令：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="246"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="290"/>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="118"/>
        <source>Create identity...</source>
        <translation>创建签名身份…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="120"/>
        <source>Import certificate...</source>
        <translation>导入证书…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="122"/>
        <source>Trust a certificate...</source>
        <translation>信任证书…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="123"/>
        <source>Add a head-office CA or a signer&apos;s certificate to this workspace&apos;s trust roots</source>
        <translation>把总部 CA 或签名人的证书加入本工作区的信任列表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="256"/>
        <source>%1 · fingerprint %2 · valid until %3</source>
        <translation>%1 · 指纹 %2 · 有效期至 %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="259"/>
        <source>No signing identity on this computer yet.</source>
        <translation>本机还没有您的签名身份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="260"/>
        <source>Trusted certificates in this workspace: %1</source>
        <translation>本工作区信任的证书：%1 个</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="266"/>
        <source>Passphrase (at least 8 characters):</source>
        <translation>口令（至少 8 个字符）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="271"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="274"/>
        <source>The same passphrase again:</source>
        <translation>请再次输入口令：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="279"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="290"/>
        <source>Replace your signing identity? PDFs signed with the old key stay valid.</source>
        <translation>替换您的签名身份？用旧密钥签名的 PDF 仍然有效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="293"/>
        <location filename="../../ui/pages/settings.py" line="296"/>
        <source>Create signing identity</source>
        <translation>创建签名身份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="298"/>
        <source>Creating your key...</source>
        <translation>正在生成您的密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="303"/>
        <source>Import certificate</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="207"/>
        <location filename="../../ui/pages/settings.py" line="304"/>
        <location filename="../../ui/pages/settings.py" line="317"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="316"/>
        <source>Trust a certificate</source>
        <translation>信任证书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="358"/>
        <source>Signed decisions</source>
        <translation>签名决策</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="360"/>
        <source>Require signed decisions? From now on an approval, verification, acceptance, gate override or conflict resolution that arrives by sync without a valid signature of a trusted person&apos;s key is not applied: it becomes a conflict that a person must review. Laptops whose users have no signing identity yet will send only such decisions.</source>
        <translation>要求决策必须签名？此后，经同步收到的审批、验证、验收、关卡特批或冲突处理，如果没有受信任人员密钥的有效签名，将不会生效，而是成为需要人工审核的冲突。用户尚未创建签名身份的笔记本电脑发出的决策都会如此。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="383"/>
        <source>Choose logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="383"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="404"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="408"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="171"/>
        <location filename="../../ui/widgets/signature_pad.py" line="202"/>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="190"/>
        <source>Signing as</source>
        <translation>签字身份</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="191"/>
        <source>Name</source>
        <comment>the signer&apos;s name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="194"/>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="196"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="200"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="229"/>
        <source>Every role you may sign has signed this inspection.</source>
        <translation>您可签字的身份都已签过此巡检。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="236"/>
        <source>Full name of the person signing</source>
        <translation>签字人的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="237"/>
        <source>(no account)</source>
        <translation>（无账号）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="241"/>
        <source>(your account)</source>
        <translation>（您的账号）</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="49"/>
        <source>Demo workspace: every user&apos;s password is %1; staff sign in with the PIN %2.</source>
        <translation>演示工作区：所有用户的密码均为 %1；店员使用 PIN %2 登录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="67"/>
        <source>Wrong password or PIN.</source>
        <translation>密码或 PIN 错误。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="73"/>
        <source>This account is deactivated.</source>
        <translation>该账号已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="82"/>
        <source>This user has no password yet. Head office or an operations manager sets a temporary one; you then choose your own when you sign in.</source>
        <translation>该用户尚未设置密码。请由总部或运营经理设置临时密码，登录时再设置您自己的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="471"/>
        <source>Set a temporary password</source>
        <translation>设置临时密码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="474"/>
        <source>A temporary password or PIN for %1. Tell it to them in person; they choose their own at their next sign-in. The reset is recorded in the audit trail.</source>
        <translation>为 %1 设置临时密码或 PIN。请当面告知本人；其下次登录时须设置自己的密码。此次重置将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="481"/>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="483"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="488"/>
        <source>Replace the password of %1 with this temporary one?</source>
        <translation>确定用此临时密码替换 %1 的密码吗？</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="271"/>
        <location filename="../../ui/widgets/sign_in.py" line="274"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="271"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="278"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="278"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="285"/>
        <source>Who is using OpsDesk now?</source>
        <translation>现在谁在使用运营督导台？</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="124"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="125"/>
        <source>Password or PIN</source>
        <translation>密码或 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="126"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="127"/>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="166"/>
        <source>You have no password yet: choose one now. You will be asked for it when OpsDesk starts, when the screen is locked and when you switch user.</source>
        <translation>您还没有密码：请现在设置。启动运营督导台、锁屏及切换用户时都会要求输入。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="210"/>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="237"/>
        <source>This is a temporary password: choose your own now.</source>
        <translation>这是临时密码：请现在设置您自己的密码。</translation>
    </message>
</context>
<context>
    <name>SignatureLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="255"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>Franchisee</source>
        <translation>加盟商</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>Contractor</source>
        <translation>施工方</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../ui/pages/inspections.py" line="65"/>
        <source>Start an inspection</source>
        <translation>开始巡检</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="90"/>
        <source>There are no stores yet. Add one on the Stores page (New store); a store belongs to a region, so create the region first (+ Region).</source>
        <translation>还没有门店。请在“门店”页面点“新建门店”添加；门店属于某个大区，请先新建大区（+ 大区）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="93"/>
        <source>No inspection template is published yet. Publish one on the Templates page.</source>
        <translation>还没有已发布的巡检模板。请在“检查模板”页面发布一个。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="98"/>
        <location filename="../../ui/pages/inspections.py" line="103"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="99"/>
        <location filename="../../ui/pages/inspections.py" line="103"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="100"/>
        <location filename="../../ui/pages/inspections.py" line="104"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="101"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="65"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="432"/>
        <source>Change status · %1</source>
        <translation>变更状态 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="433"/>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="437"/>
        <source>%1 · %2 · now: %3</source>
        <translation>%1 · %2 · 当前：%3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="444"/>
        <source>Why (kept in the history)</source>
        <translation>原因（记入历史）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="447"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="462"/>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="448"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="462"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="451"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="455"/>
        <source>This status is final: no further step.</source>
        <translation>此状态为最终状态，不能再变更。</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="52"/>
        <source>Edit store</source>
        <translation>编辑门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="52"/>
        <source>New store</source>
        <translation>新建门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="58"/>
        <source>e.g. SH012</source>
        <translation>例如 SH012</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="68"/>
        <source>Opened on</source>
        <translation>已开业于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="79"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="87"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="94"/>
        <location filename="../../ui/pages/stores.py" line="109"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="95"/>
        <location filename="../../ui/pages/stores.py" line="109"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="96"/>
        <location filename="../../ui/pages/stores.py" line="109"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="97"/>
        <location filename="../../ui/pages/stores.py" line="110"/>
        <source>Region / area</source>
        <translation>大区 / 片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="98"/>
        <location filename="../../ui/pages/stores.py" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="99"/>
        <location filename="../../ui/pages/stores.py" line="111"/>
        <source>Opening date</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="100"/>
        <location filename="../../ui/pages/stores.py" line="111"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="101"/>
        <location filename="../../ui/pages/stores.py" line="111"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="102"/>
        <location filename="../../ui/pages/stores.py" line="112"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="103"/>
        <location filename="../../ui/pages/stores.py" line="112"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
</context>
<context>
    <name>StoreViewDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="230"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="236"/>
        <source>Manager: %1</source>
        <translation>店长：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="237"/>
        <source>Supervisor: %1</source>
        <translation>督导：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="245"/>
        <source>no actions due</source>
        <translation>期内无到期整改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="246"/>
        <source>%1% (%2 of %3 verified by their due date)</source>
        <translation>%1%（到期 %3 项，按期验收 %2 项）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="250"/>
        <source>Closure rate, last %1 days: %2</source>
        <translation>近 %1 天整改率：%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="252"/>
        <source>Closure rate, this year: %1</source>
        <translation>本年度整改率：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="257"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="257"/>
        <source>Action</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="257"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="258"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="258"/>
        <source>Assigned to</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="271"/>
        <source>Open corrective actions: %1 (overdue: %2)</source>
        <translation>未关闭整改：%1 项（逾期 %2 项）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="277"/>
        <source>Recent inspections</source>
        <translation>最近巡检</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="282"/>
        <source>No completed inspections yet.</source>
        <translation>还没有已完成的巡检。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="283"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="298"/>
        <location filename="../../ui/pages/stores.py" line="395"/>
        <location filename="../../ui/pages/stores.py" line="412"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="300"/>
        <source>Search code, name, address or phone (Ctrl+F)</source>
        <translation>搜索编号、名称、地址或电话（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="303"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="306"/>
        <source>+ Region</source>
        <translation>+ 大区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="309"/>
        <source>+ Area</source>
        <translation>+ 片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="307"/>
        <source>Create a region</source>
        <translation>新建大区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="310"/>
        <source>Create an area in the selected region</source>
        <translation>在所选大区下新建片区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="312"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="327"/>
        <source>&lt;a href=&quot;region&quot;&gt;Create a region first&lt;/a&gt;, then add its stores.</source>
        <translation>&lt;a href=&quot;region&quot;&gt;请先新建大区&lt;/a&gt;，再添加其门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="338"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="339"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="340"/>
        <source>Show closed</source>
        <translation>显示已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="343"/>
        <location filename="../../ui/pages/stores.py" line="529"/>
        <source>New store</source>
        <translation>新建门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="344"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="345"/>
        <location filename="../../ui/pages/stores.py" line="524"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="346"/>
        <source>Store view</source>
        <translation>门店概览</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="347"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="358"/>
        <location filename="../../ui/pages/stores.py" line="403"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="359"/>
        <location filename="../../ui/pages/stores.py" line="403"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="360"/>
        <location filename="../../ui/pages/stores.py" line="403"/>
        <location filename="../../ui/pages/stores.py" line="410"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="361"/>
        <location filename="../../ui/pages/stores.py" line="404"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="362"/>
        <location filename="../../ui/pages/stores.py" line="404"/>
        <location filename="../../ui/pages/stores.py" line="410"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="363"/>
        <location filename="../../ui/pages/stores.py" line="404"/>
        <source>Opened</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="364"/>
        <location filename="../../ui/pages/stores.py" line="405"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="365"/>
        <location filename="../../ui/pages/stores.py" line="405"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="366"/>
        <location filename="../../ui/pages/stores.py" line="405"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="389"/>
        <source>No stores here. A store belongs to an area: create a region and an area in the tree on the left (right-click), then the store with New store (Ctrl+N). Or change the filters.</source>
        <translation>这里没有门店。门店属于片区：请先在左侧树中新建大区和片区（右键），再点“新建门店”（Ctrl+N）添加门店；或调整筛选条件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stores.py" line="392"/>
        <source>%n store(s)</source>
        <translation>
            <numerusform>共 %n 家门店</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="406"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="436"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="460"/>
        <source>A store belongs to a region: create a region first (+ Region)</source>
        <translation>门店属于某个大区：请先新建大区（+ 大区）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="522"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="530"/>
        <source>A store belongs to a region, and there is no region yet. Create a region first?</source>
        <translation>门店属于某个大区，目前还没有大区。先新建一个大区吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="571"/>
        <source>Reactivate store %1 %2? It gets back the status it had before it was closed.</source>
        <translation>重新启用门店 %1 %2？门店将恢复关闭前的状态。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="574"/>
        <source>Deactivate store %1 %2? It will be marked closed; its history is kept and it can be reactivated.</source>
        <translation>停用门店 %1 %2？门店将标记为已关闭；历史记录保留，之后可重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="577"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="101"/>
        <source>e.g. The exit was cleared and a keep-clear sign put up.</source>
        <translation>例如：已清理安全出口并张贴“禁止堆放”标识。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="108"/>
        <source>Add photos...</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="111"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="119"/>
        <source>What was done</source>
        <translation>整改说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="128"/>
        <source>What was done:</source>
        <translation>整改说明：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="130"/>
        <source>Photos of the fix (optional):</source>
        <translation>整改照片（可选）：</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="223"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="234"/>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="237"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="244"/>
        <source>Who is using OpsDesk now?</source>
        <translation>现在由谁使用运营督导台？</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="66"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="68"/>
        <source>Workspaces exchange changes through sync package files (.opsync): export a package, carry it (USB stick, e-mail, chat), import it on the other computer. Drop a package onto this page to import it.</source>
        <translation>工作区之间通过同步包文件（.opsync）交换修改：导出同步包，用U盘、邮件或聊天工具带到另一台电脑上导入。也可以把同步包拖到本页面上直接导入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="75"/>
        <source>This workspace</source>
        <translation>本工作区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="89"/>
        <source>Copy the fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="95"/>
        <source>When another workspace imports your first package, it is asked to trust this key: read the fingerprint to them by phone so they can compare it.</source>
        <translation>其他工作区首次导入您的同步包时，会被询问是否信任此密钥：请通过电话把指纹念给对方核对。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="101"/>
        <location filename="../../ui/pages/sync.py" line="150"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="102"/>
        <location filename="../../ui/pages/sync.py" line="150"/>
        <source>Node ID</source>
        <translation>节点 ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="103"/>
        <location filename="../../ui/pages/sync.py" line="150"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="107"/>
        <source>Exchange</source>
        <translation>交换</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="111"/>
        <source>Full (ignore acknowledgements)</source>
        <translation>完整导出（忽略对方已确认的内容）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="112"/>
        <source>Send every change, also those the peer already confirmed it has.</source>
        <translation>发送全部修改，包括对方已确认收到的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="113"/>
        <source>Export package...</source>
        <translation>导出同步包...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="116"/>
        <source>Import package...</source>
        <translation>导入同步包...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="126"/>
        <source>Peers send only the chosen region&apos;s stores (with their inspections, actions and visits) from the next exchange on: they learn it from the next package you send them. Organisation, users and templates always come in full.</source>
        <translation>从下次交换起，对方只发送所选区域的门店（及其巡检、整改和巡店记录）：对方会从您下次发送的同步包中获知此设置。组织架构、用户和模板始终完整同步。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="142"/>
        <source>Send to</source>
        <translation>发送给</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="144"/>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="145"/>
        <location filename="../../ui/pages/sync.py" line="278"/>
        <source>Receive only</source>
        <translation>只接收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="150"/>
        <source>Last import</source>
        <translation>上次导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="151"/>
        <source>Last export</source>
        <translation>上次导出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="151"/>
        <source>Pending changes</source>
        <translation>待发送修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Peer</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Changes</source>
        <translation>修改数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="155"/>
        <source>Known workspaces</source>
        <translation>已知工作区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="157"/>
        <source>History</source>
        <translation>同步记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync.py" line="207"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync.py" line="240"/>
        <source>%n open conflict(s) to review on the Conflicts page.</source>
        <translation>
            <numerusform>有 %n 个未处理的冲突，请在“同步冲突”页面查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="252"/>
        <location filename="../../ui/pages/sync.py" line="312"/>
        <source>Any workspace (everything)</source>
        <translation>任意工作区（全部内容）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="260"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync.py" line="269"/>
        <source>%n chosen region(s)</source>
        <translation>
            <numerusform>已选 %n 个区域</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="289"/>
        <source>The audit history of this workspace was seen rewritten between two of its packages. Ask head office to run “opsdesk db check” on it.</source>
        <translation>在此工作区的两个同步包之间发现其审计记录被改写。请总部对其运行“opsdesk db check”检查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="294"/>
        <location filename="../../ui/pages/sync.py" line="295"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="304"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="307"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="347"/>
        <source>OpsDesk sync packages (*.opsync)</source>
        <translation>OpsDesk 同步包 (*.opsync)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="356"/>
        <location filename="../../ui/pages/sync.py" line="363"/>
        <location filename="../../ui/pages/sync.py" line="372"/>
        <location filename="../../ui/pages/sync.py" line="381"/>
        <location filename="../../ui/pages/sync.py" line="384"/>
        <source>Export package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="363"/>
        <source>Writing the package...</source>
        <translation>正在生成同步包...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="373"/>
        <source>The package was written: %1 changes and %2 photos (%3).
%4

Carry it to the other workspace and import it there.</source>
        <translation>同步包已生成：%1 条修改、%2 张照片（%3）。
%4

请把它带到另一个工作区并在那里导入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="381"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="390"/>
        <location filename="../../ui/pages/sync.py" line="401"/>
        <location filename="../../ui/pages/sync.py" line="409"/>
        <location filename="../../ui/pages/sync.py" line="463"/>
        <location filename="../../ui/pages/sync.py" line="467"/>
        <location filename="../../ui/pages/sync.py" line="470"/>
        <source>Import package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="401"/>
        <location filename="../../ui/pages/sync.py" line="502"/>
        <source>Checking the package...</source>
        <translation>正在校验同步包...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="412"/>
        <source>This package from %1 was already imported; nothing changed.</source>
        <translation>来自 %1 的这个同步包已经导入过，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="416"/>
        <source>Imported the package from %1.</source>
        <translation>已导入来自 %1 的同步包。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="417"/>
        <source>Changes in the package: %1</source>
        <translation>同步包中的修改：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="418"/>
        <source>Applied: %1</source>
        <translation>已应用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="419"/>
        <source>Already here: %1</source>
        <translation>本地已有：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="420"/>
        <source>Skipped (changes to records this workspace does not have): %1</source>
        <translation>已跳过（本工作区没有的记录的修改）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="421"/>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="422"/>
        <source>New photos: %1</source>
        <translation>新照片：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="427"/>
        <source>Review the conflicts on the Conflicts page.</source>
        <translation>请在“同步冲突”页面处理这些冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="436"/>
        <source>its audit history went back from entry %1 to entry %2.</source>
        <translation>其审计记录从第 %1 条退回到了第 %2 条。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="439"/>
        <source>entry %1 of its audit history differs from an earlier package.</source>
        <translation>其审计记录第 %1 条与之前的同步包不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="441"/>
        <source>Warning: the history of workspace %1 was rewritten:</source>
        <translation>警告：工作区 %1 的历史记录被改写：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="442"/>
        <source>Ask head office to run “opsdesk db check” on that workspace.</source>
        <translation>请总部对该工作区运行“opsdesk db check”检查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="447"/>
        <source>This package comes from a workspace this one does not know yet:</source>
        <translation>该同步包来自本工作区尚不认识的工作区：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="448"/>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="449"/>
        <source>Node ID: %1</source>
        <translation>节点 ID：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="450"/>
        <source>Key fingerprint: %1</source>
        <translation>密钥指纹：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="451"/>
        <source>Compare the fingerprint with the sender by phone. Trust this workspace and import its package only if it is exactly the same.</source>
        <translation>请与发送方电话核对指纹。只有完全一致时，才信任该工作区并导入其同步包。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="455"/>
        <location filename="../../ui/pages/sync.py" line="458"/>
        <source>Trust this workspace?</source>
        <translation>信任该工作区？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="463"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="467"/>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="504"/>
        <source>Copying photos (%1 of %2)...</source>
        <translation>正在复制照片（%1 / %2）...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync.py" line="506"/>
        <source>Applying %n change(s)...</source>
        <translation>
            <numerusform>正在应用 %n 条修改...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="508"/>
        <source>Writing changes (%1 of %2)...</source>
        <translation>正在写入修改（%1 / %2）...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="509"/>
        <source>Working...</source>
        <translation>正在处理...</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/widgets/table_page.py" line="187"/>
        <source>Nothing matches the search. Clear it to see every record.</source>
        <translation>没有与搜索相符的记录。清空搜索可查看全部。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_page.py" line="191"/>
        <source>No records here. Change the filters to see more.</source>
        <translation>这里没有记录。可调整筛选条件查看更多。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/table_page.py" line="194"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateFormat</name>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="57"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Pass / fail</source>
        <translation>合格/不合格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Yes / no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>Opening check</source>
        <translation>开店检查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>Closing check</source>
        <translation>闭店检查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>New-store acceptance</source>
        <translation>新店验收</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>Equipment acceptance</source>
        <translation>设备验收</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>Promotion check</source>
        <translation>促销检查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <source>Critical</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="54"/>
        <source>Use 2 to 40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>请使用 2 到 40 位小写字母、数字、“-”或“_”，以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="57"/>
        <source>Give every band a grade and a minimum from 0 to 100; the lowest band must start at 0.</source>
        <translation>每个等级都要填写等级名称和 0 到 100 之间的最低得分率；最低一档须从 0 开始。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="60"/>
        <source>Enter a number such as 12.5, or leave it empty.</source>
        <translation>请输入数字（如 12.5），或留空。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="62"/>
        <source>Enter a whole number from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="64"/>
        <source>This draft is the template&apos;s only version, so there is nothing to go back to.</source>
        <translation>此草稿是该模板唯一的版本，不能放弃。</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="97"/>
        <source>Checklist templates</source>
        <translation>检查模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="98"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="99"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="100"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="101"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="102"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="103"/>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="104"/>
        <location filename="../../ui/pages/templates/page.py" line="334"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="105"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="57"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="75"/>
        <location filename="../../ui/pages/templates/library.py" line="59"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="69"/>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="96"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="97"/>
        <source>Min %</source>
        <translation>最低%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="104"/>
        <source>A run&apos;s grade is the first band whose minimum its percentage reaches.</source>
        <translation>检查结果按得分率评级：取得分率达到的最高一档。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="108"/>
        <source>Add a grade band</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="111"/>
        <source>Remove the selected grade band</source>
        <translation>删除所选等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="71"/>
        <location filename="../../ui/pages/templates/header.py" line="86"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="73"/>
        <location filename="../../ui/pages/templates/header.py" line="87"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="77"/>
        <location filename="../../ui/pages/templates/header.py" line="88"/>
        <source>Grade bands</source>
        <translation>等级划分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="142"/>
        <location filename="../../ui/pages/templates/page.py" line="680"/>
        <source>A published version cannot be changed. Click “Edit” to make a new draft.</source>
        <translation>已发布的版本不能修改，点击「编辑」生成新草稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="124"/>
        <source>Section / item</source>
        <translation>分区 / 检查项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="125"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="126"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="157"/>
        <source>+ Section</source>
        <translation>+ 分区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="158"/>
        <source>Add a section at the end</source>
        <translation>在末尾添加分区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="160"/>
        <source>+ Item</source>
        <translation>+ 检查项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="161"/>
        <source>Add an item to the selected section (Ctrl+Shift+N)</source>
        <translation>在所选分区中添加检查项（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="163"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="164"/>
        <source>Delete the selected section or item (Delete)</source>
        <translation>删除所选分区或检查项（Delete）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="167"/>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="169"/>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="532"/>
        <source>Select a section or an item to edit it.</source>
        <translation>选择一个分区或检查项进行编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="544"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="545"/>
        <source>Save the title, the grade bands and the open form (Ctrl+S)</source>
        <translation>保存标题、等级划分和当前表单（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="74"/>
        <source>Choose a template on the left, or create one (Ctrl+N).</source>
        <translation>请在左侧选择模板，或新建模板（Ctrl+N）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="96"/>
        <source>Built-in template, shipped with OpsDesk</source>
        <translation>内置模板（随运营督导台提供）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates/library.py" line="97"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 个检查项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates/library.py" line="105"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>共 %n 个模板</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="43"/>
        <source>v%1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="140"/>
        <source>Version %1 (%2)</source>
        <translation>第 %1 版（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="148"/>
        <source>template retired</source>
        <translation>模板已停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="151"/>
        <source>Code: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="154"/>
        <source>Hash %1</source>
        <translation>内容哈希 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="155"/>
        <source>Content hash (sha256): %1</source>
        <translation>内容哈希（SHA-256）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="96"/>
        <source>Section weight</source>
        <translation>分区权重</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="334"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="352"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="352"/>
        <source>Save the changes you made?</source>
        <translation>是否保存所做的修改？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="378"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="592"/>
        <source>The item was not saved. Please fix:</source>
        <translation>检查项未保存，请修正以下问题：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="429"/>
        <source>New section</source>
        <translation>新分区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="445"/>
        <source>New item</source>
        <translation>新检查项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates/page.py" line="469"/>
        <source>Delete section “%1” and its %n item(s)?</source>
        <translation>
            <numerusform>删除分区“%1”及其中的 %n 个检查项？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="473"/>
        <source>Delete item “%1”?</source>
        <translation>删除检查项“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="474"/>
        <location filename="../../ui/pages/templates/page.py" line="552"/>
        <location filename="../../ui/pages/templates/page.py" line="574"/>
        <location filename="../../ui/pages/templates/page.py" line="593"/>
        <location filename="../../ui/pages/templates/page.py" line="615"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="526"/>
        <source>Created %1. Add sections and items, then publish it.</source>
        <translation>已创建“%1”。请添加分区和检查项，然后发布。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="539"/>
        <source>Version %1 is a draft: edit it, then publish it.</source>
        <translation>第 %1 版为草稿：编辑完成后请发布。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="549"/>
        <source>Publish version %1 of “%2”? It is frozen once published; new inspections use it, and the version published before it is retired.</source>
        <translation>发布“%2”的第 %1 版？发布后内容即冻结，新的检查将使用此版本，之前发布的版本将停用。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="557"/>
        <source>Cannot publish yet</source>
        <translation>暂不能发布</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="558"/>
        <source>Version %1 cannot be published until these problems are fixed:</source>
        <translation>第 %1 版须先修正以下问题才能发布：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="566"/>
        <source>Version %1 published.</source>
        <translation>第 %1 版已发布。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="572"/>
        <source>Discard draft version %1 of “%2” and all changes in it?</source>
        <translation>放弃“%2”第 %1 版草稿及其中的全部修改？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="582"/>
        <source>Draft discarded.</source>
        <translation>草稿已放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="589"/>
        <source>Retire template “%1”? It cannot be used for new checks; past checks keep it, and it can be reactivated.</source>
        <translation>停用模板“%1”？停用后不能再用于新的检查，已有检查记录不受影响，之后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="592"/>
        <source>Reactivate template “%1”?</source>
        <translation>重新启用模板“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="599"/>
        <source>Template retired. Tick “Show retired” to see it.</source>
        <translation>模板已停用。勾选「显示已停用」可查看。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="605"/>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="605"/>
        <source>Template files (*.json);;All files (*)</source>
        <translation>模板文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="612"/>
        <source>A template with code %1 (“%2”) already exists. Import the file as its newest version and publish it? The version published now will be retired.</source>
        <translation>编号为 %1 的模板（“%2”）已存在。是否将该文件导入为它的最新版本并发布？当前已发布的版本将停用。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="619"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="620"/>
        <source>%1 was not imported; nothing was changed. Problems found:</source>
        <translation>%1 未导入，数据未作任何更改。发现以下问题：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="628"/>
        <source>Imported “%1” as version %2.</source>
        <translation>已导入“%1”，为第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="637"/>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="637"/>
        <source>Template files (*.json)</source>
        <translation>模板文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="649"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="650"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="652"/>
        <source>Exported version %1 to %2.</source>
        <translation>已将第 %1 版导出到 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates/page.py" line="674"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="679"/>
        <location filename="../../ui/pages/templates/page.py" line="683"/>
        <source>OpsDesk</source>
        <translation>运营督导台</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="468"/>
        <source>Type the answer; it is saved when you leave the field</source>
        <translation>输入内容，离开输入框时自动保存</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="175"/>
        <source>Choose a project to see its timeline.</source>
        <translation>选择一个项目以查看其时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="183"/>
        <source>Day zero</source>
        <translation>开业日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="184"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="291"/>
        <source>Gate passed</source>
        <translation>关卡已通过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="292"/>
        <source>Gate not passed, late by %1 day(s)</source>
        <translation>关卡未通过，已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="293"/>
        <source>Gate not passed</source>
        <translation>关卡未通过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="295"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="297"/>
        <source>Late by %1 day(s)</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="299"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="301"/>
        <source>Due: %1</source>
        <translation>截止：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="302"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="385"/>
        <source>Staff training sign-off</source>
        <translation>员工培训签认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="392"/>
        <source>A sign-off confirms that the person can operate the till and introduce the products.</source>
        <translation>签认即确认该员工能操作收银机并能介绍产品。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="396"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="396"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="396"/>
        <source>Signed off</source>
        <translation>已签认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="397"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="403"/>
        <source>Sign off...</source>
        <translation>签认…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="427"/>
        <source>Yes, %1</source>
        <translation>是，%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="427"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="456"/>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="438"/>
        <source>%1: gate passed.</source>
        <translation>%1：关卡已通过。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="440"/>
        <source>%1: no staff or store manager is assigned to the store yet.</source>
        <translation>%1：门店尚未分配店员或店长。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="442"/>
        <source>%1: gate not passed — %2 of %3 signed off.</source>
        <translation>%1：关卡未通过——已签认 %2/%3 人。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="464"/>
        <source>Sign off training</source>
        <translation>培训签认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="465"/>
        <source>Sign off %1: can operate the till and introduce the products?</source>
        <translation>签认 %1：能操作收银机并能介绍产品吗？</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="36"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="36"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="43"/>
        <source>e.g. zhangwei</source>
        <translation>例如 zhangwei</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="50"/>
        <source>Filter stores</source>
        <translation>筛选门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="68"/>
        <location filename="../../ui/pages/users.py" line="80"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="69"/>
        <location filename="../../ui/pages/users.py" line="80"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="70"/>
        <location filename="../../ui/pages/users.py" line="80"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="71"/>
        <location filename="../../ui/pages/users.py" line="81"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="72"/>
        <location filename="../../ui/pages/users.py" line="81"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="73"/>
        <location filename="../../ui/pages/users.py" line="81"/>
        <source>Stores</source>
        <translation>负责门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="107"/>
        <source>Tick the store(s) this manager runs.</source>
        <translation>勾选此店长负责的门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="109"/>
        <source>Tick the stores this person supervises.</source>
        <translation>勾选此人督导的门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="111"/>
        <source>Tick the store(s) this person works at.</source>
        <translation>勾选此人所在的门店。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="113"/>
        <source>Head office sees every store; no assignment needed.</source>
        <translation>总部可查看所有门店，无需分配。</translation>
    </message>
</context>
<context>
    <name>UserPickDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="192"/>
        <location filename="../../ui/pages/actions/dialogs.py" line="201"/>
        <source>Reassign</source>
        <translation>转派</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="199"/>
        <source>Type a name</source>
        <translation>输入姓名查找</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/dialogs.py" line="200"/>
        <source>Give %n selected action(s) to:</source>
        <translation>
            <numerusform>将所选 %n 项整改转派给：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users.py" line="149"/>
        <location filename="../../ui/pages/users.py" line="207"/>
        <location filename="../../ui/pages/users.py" line="220"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="151"/>
        <source>Search name, username, phone or e-mail (Ctrl+F)</source>
        <translation>搜索姓名、用户名、电话或邮箱（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="152"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="153"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="156"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="157"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="158"/>
        <location filename="../../ui/pages/users.py" line="230"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="159"/>
        <source>Set temporary password...</source>
        <translation>设置临时密码…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="162"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="173"/>
        <location filename="../../ui/pages/users.py" line="214"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="174"/>
        <location filename="../../ui/pages/users.py" line="214"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="175"/>
        <location filename="../../ui/pages/users.py" line="214"/>
        <location filename="../../ui/pages/users.py" line="219"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="176"/>
        <location filename="../../ui/pages/users.py" line="215"/>
        <source>Stores</source>
        <translation>负责门店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="177"/>
        <location filename="../../ui/pages/users.py" line="215"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="178"/>
        <location filename="../../ui/pages/users.py" line="215"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="179"/>
        <location filename="../../ui/pages/users.py" line="216"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="188"/>
        <location filename="../../ui/pages/users.py" line="218"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="191"/>
        <source>%1 and more (%n in all)</source>
        <translation>
            <numerusform>%1 等 %n 家</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="201"/>
        <source>No users here. Add one with New user (Ctrl+N), or tick Show inactive.</source>
        <translation>这里没有用户。可点“新建用户”（Ctrl+N）添加，或勾选“显示已停用”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="204"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>共 %n 位用户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="228"/>
        <source>You cannot deactivate yourself</source>
        <translation>不能停用自己</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="229"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="241"/>
        <source>Temporary password set for %1.</source>
        <translation>已为 %1 设置临时密码。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="275"/>
        <source>Reactivate user %1?</source>
        <translation>重新启用用户 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="277"/>
        <source>Deactivate user %1? They can no longer be chosen for new work; their records are kept.</source>
        <translation>停用用户 %1？停用后不能再被指派新工作，其记录保留。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="279"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/widgets/reports.py" line="197"/>
        <source>Verify a signed PDF</source>
        <translation>验证 PDF 签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="206"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="208"/>
        <source>Every signer trusted</source>
        <translation>所有签名人均受信任</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="210"/>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="210"/>
        <source>Intact</source>
        <translation>未被改动</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="211"/>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="211"/>
        <source>Changes after it</source>
        <translation>签名后的改动</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="259"/>
        <source>Certificate fingerprint</source>
        <translation>证书指纹</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="210"/>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="207"/>
        <source>Document intact</source>
        <translation>文件未被改动</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="217"/>
        <source>Open PDF...</source>
        <translation>打开 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="219"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="234"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="234"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="243"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="244"/>
        <source>Later signatures only</source>
        <translation>仅有后续签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="245"/>
        <source>Page content changed</source>
        <translation>页面内容被改动</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="246"/>
        <source>Unsigned bytes appended</source>
        <translation>签名后追加了未签名的数据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="247"/>
        <source>Other changes</source>
        <translation>其他改动</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="258"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="258"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="264"/>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="284"/>
        <source>This PDF is not signed.</source>
        <translation>此 PDF 没有签名。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="286"/>
        <source>The document was changed after it was signed.</source>
        <translation>文件在签名后已被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="288"/>
        <source>Intact, but the signer is not trusted by this workspace.</source>
        <translation>文件未被改动，但本工作区不信任此签名人。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="290"/>
        <source>Intact and signed by a trusted signer.</source>
        <translation>文件未被改动，且由受信任的签名人签名。</translation>
    </message>
</context>
<context>
    <name>VisitEditorDialog</name>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="126"/>
        <source>Visit: %1</source>
        <translation>巡店：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="135"/>
        <source>Check in now</source>
        <translation>立即签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="136"/>
        <source>Check out now</source>
        <translation>立即签退</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="149"/>
        <source>Major incident: report to head office</source>
        <translation>大事：上报总部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="163"/>
        <source>at</source>
        <translation>发生于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="166"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="199"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="167"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="199"/>
        <source>Check-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="168"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="200"/>
        <source>Purpose</source>
        <translation>巡店目的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="169"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="200"/>
        <source>Observations</source>
        <translation>巡店发现</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="171"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="201"/>
        <source>Training topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="172"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="201"/>
        <source>Attendees</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="173"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="202"/>
        <source>People met</source>
        <translation>会见人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="174"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="202"/>
        <source>Next steps</source>
        <translation>后续安排</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="175"/>
        <source>Next visit</source>
        <translation>下次巡店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="179"/>
        <source>Add issue…</source>
        <translation>添加问题…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="181"/>
        <source>Issues found (corrective actions)</source>
        <translation>发现的问题（整改项）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="187"/>
        <source>Start inspection</source>
        <translation>开始巡检</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="190"/>
        <source>Inspections during the visit</source>
        <translation>本次巡店的巡检</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="210"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="248"/>
        <source>Check-out cannot be before check-in.</source>
        <translation>签退时间不能早于签到时间。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="250"/>
        <source>This time is in the future.</source>
        <translation>该时间晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="285"/>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="313"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="316"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="320"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="348"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="409"/>
        <source>Visits</source>
        <translation>巡店</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="409"/>
        <source>The routine inspection template is not available.</source>
        <translation>没有可用的例行巡检模板。</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Routine visit</source>
        <translation>例行巡店</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Follow-up</source>
        <translation>回头看</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Incident handling</source>
        <translation>事件处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Opening support</source>
        <translation>开业支持</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Promotion check</source>
        <translation>促销检查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>On site</source>
        <translation>在店中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="603"/>
        <source>Week plan</source>
        <translation>本周计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="604"/>
        <source>Visit log</source>
        <translation>巡店记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="605"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="606"/>
        <source>Major incidents</source>
        <translation>大事通报</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="607"/>
        <source>Store visits</source>
        <translation>巡店日志</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="40"/>
        <location filename="../../ui/welcome.py" line="51"/>
        <source>Welcome to OpsDesk</source>
        <translation>欢迎使用运营督导台</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="54"/>
        <source>This workspace is empty. Open a demo workspace with a sample chain of stores, supervisors and store managers to look around, or start with an empty workspace.</source>
        <translation>当前工作区为空。您可以打开演示工作区（包含示例连锁门店、督导和店长）先熟悉功能，也可以从空白工作区开始。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="62"/>
        <location filename="../../ui/welcome.py" line="98"/>
        <source>Open the demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <location filename="../../ui/welcome.py" line="192"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="93"/>
        <source>Building the demo workspace...</source>
        <translation>正在生成演示工作区…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Start an empty workspace</source>
        <translation>新建空白工作区</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="131"/>
        <source>e.g. East China operations</source>
        <translation>例如 华东区运营部</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="134"/>
        <source>e.g. zhangwei</source>
        <translation>例如 zhangwei</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="140"/>
        <location filename="../../ui/welcome.py" line="155"/>
        <source>Workspace name</source>
        <translation>工作区名称</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="141"/>
        <location filename="../../ui/welcome.py" line="155"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="142"/>
        <location filename="../../ui/welcome.py" line="156"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="143"/>
        <location filename="../../ui/welcome.py" line="156"/>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="148"/>
        <location filename="../../ui/welcome.py" line="156"/>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="149"/>
        <location filename="../../ui/welcome.py" line="157"/>
        <source>Repeat your password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="159"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="161"/>
        <source>Create workspace</source>
        <translation>创建工作区</translation>
    </message>
</context>
<context>
    <name>_Grid</name>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="173"/>
        <source>No promotion in this month.</source>
        <translation>本月没有促销。</translation>
    </message>
</context>
<context>
    <name>_PanelDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="365"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
