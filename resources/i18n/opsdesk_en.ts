<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>This must be text.</source>
        <translation>This must be text.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>This must be a whole number.</source>
        <translation>This must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>This must be a number from %1 to %2.</source>
        <translation>This must be a number from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>This must be true or false.</source>
        <translation>This must be true or false.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>This must be a number.</source>
        <translation>This must be a number.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>This number is too large.</source>
        <translation>This number is too large.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>This must be an object ({ ... }).</source>
        <translation>This must be an object ({ ... }).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>This field is not part of the template format; remove it.</source>
        <translation>This field is not part of the template format; remove it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>A key has 2 to 40 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>A key has 2 to 40 lower-case letters, digits or &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>The key %1 is used by another item.</source>
        <translation>The key %1 is used by another item.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>%1 is not allowed here; use one of: %2.</source>
        <translation>%1 is not allowed here; use one of: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>A choice item needs at least 2 options.</source>
        <translation>A choice item needs at least 2 options.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>This field does not belong to a %1 item; remove it.</source>
        <translation>This field does not belong to a %1 item; remove it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>The minimum is greater than the maximum.</source>
        <translation>The minimum is greater than the maximum.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>This must be “%1”: the file is not an OpsDesk template.</source>
        <translation>This must be “%1”: the file is not an OpsDesk template.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>Format version %1 is not supported (this OpsDesk reads version %2).</source>
        <translation>Format version %1 is not supported (this OpsDesk reads version %2).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>A template code has 2 to 40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>A template code has 2 to 40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>This list must not be empty.</source>
        <translation>This list must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>This must be a percentage from 0 to 100.</source>
        <translation>This must be a percentage from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>The lowest grade band must start at 0.</source>
        <translation>The lowest grade band must start at 0.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The file must hold one JSON object.</source>
        <translation>The file must hold one JSON object.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>%1 is larger than %2 kB.</source>
        <translation>%1 is larger than %2 kB.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation>%1 is not valid JSON (line %2, column %3).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Template %1 exists with another kind; the file cannot change its kind.</source>
        <translation>Template %1 exists with another kind; the file cannot change its kind.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>Template %1 has an unpublished draft (version %2); publish or discard it first.</source>
        <translation>Template %1 has an unpublished draft (version %2); publish or discard it first.</translation>
    </message>
</context>
<context>
    <name>AcceptanceBox</name>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="187"/>
        <source>Open acceptance</source>
        <translation>Open acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="192"/>
        <source>Acceptance certificate</source>
        <translation>Acceptance certificate</translation>
    </message>
</context>
<context>
    <name>AcceptanceViewDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="73"/>
        <source>Acceptance certificate</source>
        <translation>Acceptance certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="94"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="278"/>
        <source>Acknowledge the promotion plan</source>
        <translation>Acknowledge the promotion plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="278"/>
        <source>Sign and acknowledge</source>
        <translation>Sign and acknowledge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="287"/>
        <source>I have read the plan and will carry it out as approved.</source>
        <translation>I have read the plan and will carry it out as approved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="291"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="298"/>
        <source>Undo stroke</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="300"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="302"/>
        <source>Sign in the box with the mouse, a pen or a finger.</source>
        <translation>Sign in the box with the mouse, a pen or a finger.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="317"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="317"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="323"/>
        <source>Materials for the store</source>
        <translation>Materials for the store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="325"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="89"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="92"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="102"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="116"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="102"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="117"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="102"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="118"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="103"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="107"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="103"/>
        <location filename="../../ui/pages/actions/action_dialog.py" line="110"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="113"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="114"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="115"/>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="130"/>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="145"/>
        <source>Add photos...</source>
        <translation>Add photos...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="156"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="159"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="159"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="159"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="159"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="168"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="189"/>
        <source>Corrective action · %1</source>
        <translation>Corrective action · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/action_dialog.py" line="196"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="198"/>
        <source>Repeat finding ×%1</source>
        <translation>Repeat finding ×%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="213"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="228"/>
        <source>Nothing reported yet.</source>
        <translation>Nothing reported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="230"/>
        <source>Submitted %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="233"/>
        <source>Verified %1 by %2</source>
        <translation>Verified %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="255"/>
        <source>No photos.</source>
        <translation>No photos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="349"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/action_dialog.py" line="349"/>
        <source>Discard the unsaved changes?</source>
        <translation>Discard the unsaved changes?</translation>
    </message>
</context>
<context>
    <name>ActionLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>Start fixing</source>
        <translation>Start fixing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163"/>
        <source>Submit fix</source>
        <translation>Submit fix</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>Cancel action</source>
        <translation>Cancel action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <location filename="../../ui/pages/actions/forms.py" line="51"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="44"/>
        <source>Store code</source>
        <translation>Store code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="45"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="46"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="47"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="49"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="50"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="52"/>
        <source>Times repeated</source>
        <translation>Times repeated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="53"/>
        <source>Source inspection</source>
        <translation>Source inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="54"/>
        <source>Inspection date</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="55"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="56"/>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="63"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="68"/>
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="130"/>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="132"/>
        <source>Describe what was done.</source>
        <translation>Describe what was done.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="139"/>
        <source>This action is closed (%1); it can no longer change.</source>
        <translation>This action is closed (%1); it can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="141"/>
        <source>This step is not allowed: the action is %1 and cannot become %2 by you.</source>
        <translation>This step is not allowed: the action is %1 and cannot become %2 by you.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/forms.py" line="148"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="127"/>
        <source>Corrective-action register</source>
        <translation>Corrective-action register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="129"/>
        <source>Search action or store (Ctrl+F)</source>
        <translation>Search action or store (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="158"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="189"/>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="191"/>
        <source>Open action</source>
        <translation>Open action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="192"/>
        <source>Reassign...</source>
        <translation>Reassign...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="193"/>
        <source>Change due date...</source>
        <translation>Change due date...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="194"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="211"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="212"/>
        <location filename="../../ui/pages/actions/page.py" line="577"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="214"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="216"/>
        <location filename="../../ui/pages/actions/page.py" line="578"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="217"/>
        <location filename="../../ui/pages/actions/page.py" line="578"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="218"/>
        <location filename="../../ui/pages/actions/page.py" line="577"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="219"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="220"/>
        <location filename="../../ui/pages/actions/page.py" line="578"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="248"/>
        <location filename="../../ui/pages/actions/page.py" line="273"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="249"/>
        <location filename="../../ui/pages/actions/page.py" line="274"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="250"/>
        <location filename="../../ui/pages/actions/page.py" line="275"/>
        <source>All assignees</source>
        <translation>All assignees</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="251"/>
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="252"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="253"/>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="312"/>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="290"/>
        <location filename="../../ui/pages/actions/page.py" line="316"/>
        <source>Inspection without actions</source>
        <translation>Inspection without actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="394"/>
        <source>No corrective actions here. They come from failed inspection items, or add one with New action (Ctrl+N). Closed actions show under All statuses.</source>
        <translation>No corrective actions here. They come from failed inspection items, or add one with New action (Ctrl+N). Closed actions show under All statuses.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="397"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="470"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="476"/>
        <source>Repeat finding: the same item failed and got an action %n time(s) before.</source>
        <translation>
            <numerusform>Repeat finding: the same item failed and got an action %n time before.</numerusform>
            <numerusform>Repeat finding: the same item failed and got an action %n times before.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="493"/>
        <source>Action created.</source>
        <translation>Action created.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="493"/>
        <source>Action created; the filters hide it.</source>
        <translation>Action created; the filters hide it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="517"/>
        <source>Give %n action(s) to %1?</source>
        <translation>
            <numerusform>Give %n action to %1?</numerusform>
            <numerusform>Give %n actions to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="519"/>
        <location filename="../../ui/pages/actions/page.py" line="542"/>
        <source>%n closed action(s) in the selection stay as they are.</source>
        <translation>
            <numerusform>%n closed action in the selection stays as it is.</numerusform>
            <numerusform>%n closed actions in the selection stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="520"/>
        <location filename="../../ui/pages/actions/page.py" line="543"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="528"/>
        <source>%n action(s) reassigned.</source>
        <translation>
            <numerusform>%n action reassigned.</numerusform>
            <numerusform>%n actions reassigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="540"/>
        <source>Move the due date of %n action(s) to %1?</source>
        <translation>
            <numerusform>Move the due date of %n action to %1?</numerusform>
            <numerusform>Move the due date of %n actions to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="551"/>
        <source>Due date changed for %n action(s).</source>
        <translation>
            <numerusform>Due date changed for %n action.</numerusform>
            <numerusform>Due date changed for %n actions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="566"/>
        <location filename="../../ui/pages/actions/page.py" line="575"/>
        <source>Action register</source>
        <translation>Action register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/page.py" line="577"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/page.py" line="567"/>
        <source>Exported %n action(s) to %1.</source>
        <translation>
            <numerusform>Exported %n action to %1.</numerusform>
            <numerusform>Exported %n actions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="44"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="119"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="137"/>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="330"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="362"/>
        <source>Retry to try again, Open to choose another workspace file, or Cancel to quit.</source>
        <translation>Retry to try again, Open to choose another workspace file, or Cancel to quit.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="364"/>
        <location filename="../../ui/app.py" line="501"/>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="379"/>
        <source>Choose a workspace file</source>
        <translation>Choose a workspace file</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="380"/>
        <source>OpsDesk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>OpsDesk workspaces (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="403"/>
        <source>Waiting for another OpsDesk window or program to finish saving %1…</source>
        <translation>Waiting for another OpsDesk window or program to finish saving %1…</translation>
    </message>
</context>
<context>
    <name>BinaryEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="234"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="234"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="237"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="237"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CancelProjectDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="325"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="343"/>
        <source>Cancel the opening project</source>
        <translation>Cancel the opening project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="325"/>
        <source>Cancel the project</source>
        <translation>Cancel the project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="329"/>
        <source>The opening of %1 stops; the store keeps its status and a new project can be started later.</source>
        <translation>The opening of %1 stops; the store keeps its status and a new project can be started later.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="333"/>
        <source>Why the opening is cancelled (required)</source>
        <translation>Why the opening is cancelled (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="335"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="338"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="339"/>
        <source>Keep the project</source>
        <translation>Keep the project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="344"/>
        <source>Cancel the opening of %1? This cannot be undone.</source>
        <translation>Cancel the opening of %1? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="344"/>
        <source>Equipment categories</source>
        <translation>Equipment categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="347"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="347"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="347"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="348"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="355"/>
        <source>Add...</source>
        <translation>Add...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="356"/>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="357"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="398"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="363"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="398"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="306"/>
        <source>Edit category</source>
        <translation>Edit category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="306"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="310"/>
        <source>e.g. KT (used in asset codes)</source>
        <translation>e.g. KT (used in asset codes)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="313"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="328"/>
        <source>Active (offered for new items)</source>
        <translation>Active (offered for new items)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="321"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="327"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="322"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="327"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="323"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="327"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="402"/>
        <location filename="../../ui/widgets/sign_in.py" line="436"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="409"/>
        <source>Current password or PIN</source>
        <translation>Current password or PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="410"/>
        <source>New password or PIN</source>
        <translation>New password or PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="411"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="415"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="418"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="108"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="110"/>
        <location filename="../../ui/pages/daily/forms.py" line="221"/>
        <source>Close the checklist; it cannot be changed afterwards</source>
        <translation>Close the checklist; it cannot be changed afterwards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="147"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="173"/>
        <location filename="../../ui/pages/daily/forms.py" line="310"/>
        <location filename="../../ui/pages/daily/forms.py" line="420"/>
        <source>No %1 template is published. Ask head office to publish one.</source>
        <translation>No %1 template is published. Ask head office to publish one.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="83"/>
        <source>An item is done once it is answered and has the photo its answer requires.</source>
        <translation>An item is done once it is answered and has the photo its answer requires.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="184"/>
        <source>Done %1/%2</source>
        <translation>Done %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="222"/>
        <source>Complete is refused until every required item is answered and every failure that needs a photo has one.</source>
        <translation>Complete is refused until every required item is answered and every failure that needs a photo has one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily/forms.py" line="241"/>
        <source>%n item(s) need a photo:</source>
        <translation>
            <numerusform>%n item needs a photo:</numerusform>
            <numerusform>%n items need a photo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily/forms.py" line="243"/>
        <source>%n required item(s) not answered:</source>
        <translation>
            <numerusform>%n required item not answered:</numerusform>
            <numerusform>%n required items not answered:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="260"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="288"/>
        <source>Completed at %1 by %2</source>
        <translation>Completed at %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="290"/>
        <source>Completed at %1</source>
        <translation>Completed at %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="292"/>
        <source>filled in after the business day</source>
        <translation>filled in after the business day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="347"/>
        <source>This checklist was completed meanwhile; it is shown as saved.</source>
        <translation>This checklist was completed meanwhile; it is shown as saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="377"/>
        <source>%1 is outside the expected range %2 of &quot;%3&quot;.

Keep it anyway? It counts as failed.</source>
        <translation>%1 is outside the expected range %2 of &quot;%3&quot;.

Keep it anyway? It counts as failed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="380"/>
        <source>Out of range</source>
        <translation>Out of range</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="386"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="397"/>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="398"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily/forms.py" line="262"/>
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… and %n more item</numerusform>
            <numerusform>… and %n more items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/forms.py" line="247"/>
        <source>Cannot complete yet:</source>
        <translation>Cannot complete yet:</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../ui/widgets/placeholder.py" line="23"/>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="56"/>
        <location filename="../../ui/pages/conflicts.py" line="162"/>
        <location filename="../../ui/pages/conflicts.py" line="250"/>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="64"/>
        <source>When two workspaces changed the same field of a record from the same version, the later change was kept and the other one was set aside here. Choose the value the record should hold: your choice reaches the other workspaces with the next exchange. A change that arrives for a signed record is never applied; it is listed here so you know about it.</source>
        <translation>When two workspaces changed the same field of a record from the same version, the later change was kept and the other one was set aside here. Choose the value the record should hold: your choice reaches the other workspaces with the next exchange. A change that arrives for a signed record is never applied; it is listed here so you know about it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="73"/>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="74"/>
        <source>All conflicts</source>
        <translation>All conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="76"/>
        <source>Keep current value</source>
        <translation>Keep current value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="78"/>
        <location filename="../../ui/pages/conflicts.py" line="245"/>
        <source>Use other value</source>
        <translation>Use other value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="94"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="94"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="94"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="94"/>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="95"/>
        <source>Current: by, at</source>
        <translation>Current: by, at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="95"/>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="95"/>
        <source>Other: by, at</source>
        <translation>Other: by, at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="95"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="96"/>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="96"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="329"/>
        <source>Concurrent edit</source>
        <translation>Concurrent edit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="330"/>
        <source>Signed record</source>
        <translation>Signed record</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>Unverified decision</source>
        <translation>Unverified decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="127"/>
        <source>The inspection was signed before this value arrived: it is not part of the signed record and is kept here for reference. A correction of the inspection can take it up.</source>
        <translation>The inspection was signed before this value arrived: it is not part of the signed record and is kept here for reference. A correction of the inspection can take it up.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="133"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="135"/>
        <source>Kept current value</source>
        <translation>Kept current value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="137"/>
        <source>Used other value</source>
        <translation>Used other value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="138"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="142"/>
        <source>this workspace</source>
        <translation>this workspace</translation>
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
        <translation>The record is signed: a correction, not a sync, changes it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="175"/>
        <source>(not in the signed record)</source>
        <translation>(not in the signed record)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="182"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/conflicts.py" line="199"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="201"/>
        <source>No open conflicts. Everything that arrived by sync fitted in.</source>
        <translation>No open conflicts. Everything that arrived by sync fitted in.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="202"/>
        <source>No conflicts have been recorded.</source>
        <translation>No conflicts have been recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="240"/>
        <source>Change %1 of %2 to the other value?</source>
        <translation>Change %1 of %2 to the other value?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="242"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="243"/>
        <source>Other value: %1</source>
        <translation>Other value: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts.py" line="244"/>
        <source>The change reaches the other workspaces with the next exchange.</source>
        <translation>The change reaches the other workspaces with the next exchange.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="61"/>
        <source>Connect to head-office server</source>
        <translation>Connect to head-office server</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="65"/>
        <source>e.g. opsdesk.head-office.lan</source>
        <translation>e.g. opsdesk.head-office.lan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="73"/>
        <source>Empty: taken from your .pgpass file</source>
        <translation>Empty: taken from your .pgpass file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="75"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="76"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="77"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="78"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="79"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="80"/>
        <source>The password is used for this connection only and never saved. To not type it each time, put it in your .pgpass file.</source>
        <translation>The password is used for this connection only and never saved. To not type it each time, put it in your .pgpass file.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="92"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="95"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="128"/>
        <source>Fill in the server, the database and the user.</source>
        <translation>Fill in the server, the database and the user.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="137"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="150"/>
        <source>Connected: an OpsDesk workspace on PostgreSQL %1.</source>
        <translation>Connected: an OpsDesk workspace on PostgreSQL %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="153"/>
        <source>No shared folder for photos and documents is set on this server yet: they stay on the computer that adds them (opsdesk db set-files-dir).</source>
        <translation>No shared folder for photos and documents is set on this server yet: they stay on the computer that adds them (opsdesk db set-files-dir).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/connect_server.py" line="157"/>
        <source>The folder %1, where this workspace keeps its photos and documents, cannot be reached from this computer. Connect the shared drive first.</source>
        <translation>The folder %1, where this workspace keeps its photos and documents, cannot be reached from this computer. Connect the shared drive first.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="436"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="437"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="444"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <location filename="../../ui/pages/visits/page.py" line="454"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <location filename="../../ui/pages/visits/page.py" line="452"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="450"/>
        <source>Hours on site</source>
        <translation>Hours on site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="451"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="452"/>
        <location filename="../../ui/pages/visits/page.py" line="454"/>
        <location filename="../../ui/pages/visits/page.py" line="503"/>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="453"/>
        <location filename="../../ui/pages/visits/page.py" line="454"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="453"/>
        <location filename="../../ui/pages/visits/page.py" line="455"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="456"/>
        <source>Per supervisor</source>
        <translation>Per supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="458"/>
        <source>Per region</source>
        <translation>Per region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="493"/>
        <source>Visited %1 of %2 stores (%3); %4 not visited; %5 hours on site.</source>
        <translation>Visited %1 of %2 stores (%3); %4 not visited; %5 hours on site.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="503"/>
        <source>Not visited</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="514"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DailyPage</name>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <location filename="../../ui/labels.py" line="242"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <location filename="../../ui/labels.py" line="246"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244"/>
        <source>Not completed</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="38"/>
        <source>This business day has not started yet.</source>
        <translation>This business day has not started yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="40"/>
        <source>The store was not open on this day.</source>
        <translation>The store was not open on this day.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="43"/>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="44"/>
        <source>This answer is not valid for the item.</source>
        <translation>This answer is not valid for the item.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="64"/>
        <source>Daily checklists</source>
        <translation>Daily checklists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="72"/>
        <source>Previous day (Ctrl+Left)</source>
        <translation>Previous day (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="76"/>
        <source>Next day (Ctrl+Right)</source>
        <translation>Next day (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="84"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="99"/>
        <location filename="../../ui/pages/daily/page.py" line="128"/>
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="143"/>
        <source>Double-click a day to open its checklists.</source>
        <translation>Double-click a day to open its checklists.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="152"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="156"/>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="158"/>
        <source>You are not assigned to any open store, so there are no daily checklists to fill. Ask head office to assign your store.</source>
        <translation>You are not assigned to any open store, so there are no daily checklists to fill. Ask head office to assign your store.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="274"/>
        <source>(today)</source>
        <translation>(today)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="297"/>
        <source>Completion rate: no finished business day yet</source>
        <translation>Completion rate: no finished business day yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="298"/>
        <source>The store has no finished business day in the last %1 days.</source>
        <translation>The store has no finished business day in the last %1 days.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="302"/>
        <source>Completion rate (last %1 days): %2%</source>
        <translation>Completion rate (last %1 days): %2%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/page.py" line="305"/>
        <source>Both checklists completed on %1 of %2 finished business days (%3%).</source>
        <translation>Both checklists completed on %1 of %2 finished business days (%3%).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily/page.py" line="308"/>
        <source>%n day(s) with a missing or unfinished checklist.</source>
        <translation>
            <numerusform>%n day with a missing or unfinished checklist.</numerusform>
            <numerusform>%n days with a missing or unfinished checklist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="110"/>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard/page.py" line="131"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="133"/>
        <source>%1 of %2 verified</source>
        <translation>%1 of %2 verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="135"/>
        <source>%1 of %2 stores visited</source>
        <translation>%1 of %2 stores visited</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="138"/>
        <source>%1 of %2 checklists done</source>
        <translation>%1 of %2 checklists done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="141"/>
        <source>%1 of %2 accepted</source>
        <translation>%1 of %2 accepted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard/page.py" line="146"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="148"/>
        <source>acknowledged %1</source>
        <translation>acknowledged %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="214"/>
        <source>Click to open the list behind this figure</source>
        <translation>Click to open the list behind this figure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="237"/>
        <source>Change against the previous equal period</source>
        <translation>Change against the previous equal period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="282"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="283"/>
        <source>Export to Excel...</source>
        <translation>Export to Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="289"/>
        <source>Monthly circular (PDF)</source>
        <translation>Monthly circular (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="303"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="304"/>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="305"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="306"/>
        <source>Direct and franchise</source>
        <translation>Direct and franchise</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="307"/>
        <source>All supervisors</source>
        <translation>All supervisors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="333"/>
        <source>Double-click a row to see what it is made of</source>
        <translation>Double-click a row to see what it is made of</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="339"/>
        <source>By region, area and store</source>
        <translation>By region, area and store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="346"/>
        <location filename="../../ui/pages/dashboard/page.py" line="402"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="346"/>
        <location filename="../../ui/pages/dashboard/page.py" line="402"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="346"/>
        <location filename="../../ui/pages/dashboard/page.py" line="402"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="347"/>
        <location filename="../../ui/pages/dashboard/page.py" line="348"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="349"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="349"/>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="349"/>
        <source>Failure rate</source>
        <translation>Failure rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="352"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="352"/>
        <source>Stores visited</source>
        <translation>Stores visited</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="353"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="354"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="355"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="356"/>
        <source>Most-failed items</source>
        <translation>Most-failed items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="357"/>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="361"/>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="403"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="403"/>
        <source>Rectification rate</source>
        <translation>Rectification rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="404"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="404"/>
        <source>Visit coverage</source>
        <translation>Visit coverage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="405"/>
        <source>Daily completion</source>
        <translation>Daily completion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="497"/>
        <source>The period ends before it starts: choose the dates again.</source>
        <translation>The period ends before it starts: choose the dates again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="506"/>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, compared with %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="578"/>
        <location filename="../../ui/pages/dashboard/page.py" line="587"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="610"/>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="610"/>
        <source>Worst</source>
        <translation>Worst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="667"/>
        <location filename="../../ui/pages/dashboard/page.py" line="693"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="668"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="689"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard/page.py" line="694"/>
        <source>Writing the workbook...</source>
        <translation>Writing the workbook...</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="483"/>
        <source>Set date</source>
        <translation>Set date</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/dates.py" line="25"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="204"/>
        <source>Submit the plan for review</source>
        <translation>Submit the plan for review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="204"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="205"/>
        <location filename="../../ui/pages/promotions/dialogs.py" line="206"/>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="207"/>
        <source>Cancel the plan</source>
        <translation>Cancel the plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="205"/>
        <source>Review the plan</source>
        <translation>Review the plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="206"/>
        <source>Approve the plan</source>
        <translation>Approve the plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="208"/>
        <source>Close the plan</source>
        <translation>Close the plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="208"/>
        <source>Close the plan with its review</source>
        <translation>Close the plan with its review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="212"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="213"/>
        <source>Reject (send back with the reason)</source>
        <translation>Reject (send back with the reason)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="231"/>
        <source>What worked, what did not, what to do next time</source>
        <translation>What worked, what did not, what to do next time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="249"/>
        <source>Comment for the reviewer (optional)</source>
        <translation>Comment for the reviewer (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="250"/>
        <source>Why the plan is called off (required)</source>
        <translation>Why the plan is called off (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="251"/>
        <source>Lessons learned (required)</source>
        <translation>Lessons learned (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="252"/>
        <source>Reason for the rejection (required)</source>
        <translation>Reason for the rejection (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="253"/>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="256"/>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../../ui/labels.py" line="338"/>
        <source>Verify a corrective action</source>
        <translation>Verify a corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="339"/>
        <source>Cancel a corrective action</source>
        <translation>Cancel a corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="340"/>
        <source>Propose a promotion plan</source>
        <translation>Propose a promotion plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="341"/>
        <source>Review a promotion plan</source>
        <translation>Review a promotion plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="342"/>
        <source>Reject a promotion plan at review</source>
        <translation>Reject a promotion plan at review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="343"/>
        <source>Approve a promotion plan</source>
        <translation>Approve a promotion plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="344"/>
        <source>Reject a promotion plan at approval</source>
        <translation>Reject a promotion plan at approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="345"/>
        <source>Open a store before its gates are passed</source>
        <translation>Open a store before its gates are passed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="346"/>
        <source>Sign off an equipment acceptance</source>
        <translation>Sign off an equipment acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="347"/>
        <source>Resolve a sync conflict</source>
        <translation>Resolve a sync conflict</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="348"/>
        <source>Accept a decision that arrived unverified</source>
        <translation>Accept a decision that arrived unverified</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="88"/>
        <source>Signature verified · %1 (%2)</source>
        <translation>Signature verified · %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="91"/>
        <source>Unsigned</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="93"/>
        <source>Accepted after review · %1 (%2), signature verified</source>
        <translation>Accepted after review · %1 (%2), signature verified</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="96"/>
        <source>Signature not valid: %1</source>
        <translation>Signature not valid: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="104"/>
        <source>the signature does not match the decision</source>
        <translation>the signature does not match the decision</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="105"/>
        <source>the certificate is not issued by a trusted authority</source>
        <translation>the certificate is not issued by a trusted authority</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="106"/>
        <source>the certificate belongs to someone else</source>
        <translation>the certificate belongs to someone else</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="107"/>
        <source>the decider&apos;s role does not allow this decision</source>
        <translation>the decider&apos;s role does not allow this decision</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="108"/>
        <source>the store is not in the decider&apos;s scope</source>
        <translation>the store is not in the decider&apos;s scope</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="109"/>
        <source>the decider is not a user of this workspace</source>
        <translation>the decider is not a user of this workspace</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="110"/>
        <source>unsigned, but this workspace requires signed decisions</source>
        <translation>unsigned, but this workspace requires signed decisions</translation>
    </message>
</context>
<context>
    <name>DigestTab</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="541"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="543"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="548"/>
        <source>Happened</source>
        <translation>Happened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="548"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="548"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="548"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="549"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="549"/>
        <source>Within 4 hours</source>
        <translation>Within 4 hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="563"/>
        <source>%1 major incidents; %2 reported later than 4 hours.</source>
        <translation>%1 major incidents; %2 reported later than 4 hours.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="569"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="570"/>
        <source>No (%1 h)</source>
        <translation>No (%1 h)</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="82"/>
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="90"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="90"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="90"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="101"/>
        <source>What the file you add is</source>
        <translation>What the file you add is</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="102"/>
        <source>Add file...</source>
        <translation>Add file...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="106"/>
        <location filename="../../ui/pages/equipment/documents.py" line="205"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="110"/>
        <source>Remove...</source>
        <translation>Remove...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="165"/>
        <source>Pictures (%1)</source>
        <translation>Pictures (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="167"/>
        <source>PDF documents and pictures (%1)</source>
        <translation>PDF documents and pictures (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="168"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="169"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="205"/>
        <source>No program to open %1 was found.</source>
        <translation>No program to open %1 was found.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="212"/>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="213"/>
        <source>Remove %1 (%2) from this item?</source>
        <translation>Remove %1 (%2) from this item?</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="228"/>
        <source>Change due date</source>
        <translation>Change due date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="230"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/dialogs.py" line="232"/>
        <source>New due date for %n selected action(s):</source>
        <translation>
            <numerusform>New due date for %n selected action:</numerusform>
            <numerusform>New due date for %n selected actions:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditProjectDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="179"/>
        <source>Edit opening project %1</source>
        <translation>Edit opening project %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="180"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="195"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="200"/>
        <source>Project owner</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="196"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="200"/>
        <source>Franchisee</source>
        <translation>Franchisee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="197"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="201"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>EquipmentAcceptance</name>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="34"/>
        <source>Store %1 is being opened and its fit-out has not passed its acceptance yet: equipment is accepted only after the fit-out acceptance has passed.</source>
        <translation>Store %1 is being opened and its fit-out has not passed its acceptance yet: equipment is accepted only after the fit-out acceptance has passed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="38"/>
        <source>The item is %1: only an installed item, or one conditionally accepted or rejected before, can be accepted.</source>
        <translation>The item is %1: only an installed item, or one conditionally accepted or rejected before, can be accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="114"/>
        <source>Sign now?</source>
        <translation>Sign now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="115"/>
        <source>The acceptance is complete. Sign it now? The supplier, the store manager and the supervisor each sign; once all three have signed it is frozen and the item takes the result.</source>
        <translation>The acceptance is complete. Sign it now? The supplier, the store manager and the supervisor each sign; once all three have signed it is frozen and the item takes the result.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="148"/>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="158"/>
        <source>Not accepted yet.</source>
        <translation>Not accepted yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="161"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/acceptance.py" line="168"/>
        <source>%n signature(s) still to give</source>
        <translation>
            <numerusform>%n signature still to give</numerusform>
            <numerusform>%n signatures still to give</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/acceptance.py" line="170"/>
        <source>Latest acceptance: %1 · %2</source>
        <translation>Latest acceptance: %1 · %2</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="113"/>
        <source>Edit item %1</source>
        <translation>Edit item %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="113"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="124"/>
        <source>Edit categories...</source>
        <translation>Edit categories...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="132"/>
        <source>Blank: generated (store-category-number)</source>
        <translation>Blank: generated (store-category-number)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="135"/>
        <source>e.g. kitchen, back wall</source>
        <translation>e.g. kitchen, back wall</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="142"/>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="144"/>
        <source>yuan, e.g. 12800.00</source>
        <translation>yuan, e.g. 12800.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="153"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="207"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="154"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="207"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="155"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="207"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="156"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="208"/>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="157"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="208"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="158"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="208"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="159"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="209"/>
        <source>Asset code</source>
        <translation>Asset code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="160"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="209"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="161"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="210"/>
        <source>Location in the store</source>
        <translation>Location in the store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="163"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="210"/>
        <source>Ordered on</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="164"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="211"/>
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="165"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="211"/>
        <source>Installed on</source>
        <translation>Installed on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="166"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="212"/>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="167"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="212"/>
        <source>Warranty ends</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="168"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="213"/>
        <source>Service life (years)</source>
        <translation>Service life (years)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="169"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="213"/>
        <source>Price (yuan)</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="175"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="214"/>
        <source>Technical parameters</source>
        <translation>Technical parameters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="179"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="214"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="183"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="185"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>EquipmentDocuments</name>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="44"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="45"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="46"/>
        <source>Warranty card</source>
        <translation>Warranty card</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="47"/>
        <source>Packing list</source>
        <translation>Packing list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="48"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="55"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/documents.py" line="56"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="101"/>
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="122"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="123"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="124"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="131"/>
        <source>Add parameter</source>
        <translation>Add parameter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="133"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="186"/>
        <source>Asset code</source>
        <translation>Asset code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="187"/>
        <source>Store code</source>
        <translation>Store code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="188"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="189"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="190"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="191"/>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="192"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="193"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="194"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="195"/>
        <source>Location in the store</source>
        <translation>Location in the store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="196"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="197"/>
        <source>Ordered on</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="198"/>
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="199"/>
        <source>Installed on</source>
        <translation>Installed on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="200"/>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="201"/>
        <source>Warranty ends</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="202"/>
        <source>Service life (years)</source>
        <translation>Service life (years)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="203"/>
        <source>Price (yuan)</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="204"/>
        <source>Technical parameters</source>
        <translation>Technical parameters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="205"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="215"/>
        <source>Enter an amount in yuan, such as 12800 or 12800.50.</source>
        <translation>Enter an amount in yuan, such as 12800 or 12800.50.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="217"/>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="219"/>
        <source>At most two decimal places (fen).</source>
        <translation>At most two decimal places (fen).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="221"/>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="223"/>
        <source>Enter a whole number of years.</source>
        <translation>Enter a whole number of years.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="225"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Enter a number from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="229"/>
        <source>This date cannot be before %1.</source>
        <translation>This date cannot be before %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="230"/>
        <source>The warranty must end after %1.</source>
        <translation>The warranty must end after %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="233"/>
        <source>Enter a date such as 2025-03-31.</source>
        <translation>Enter a date such as 2025-03-31.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="235"/>
        <source>This category is no longer in use: choose another.</source>
        <translation>This category is no longer in use: choose another.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="237"/>
        <source>Every parameter needs a name.</source>
        <translation>Every parameter needs a name.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="239"/>
        <source>Parameters are written as name(unit)=value, separated by &apos;;&apos;; names cannot contain = ; or brackets.</source>
        <translation>Parameters are written as name(unit)=value, separated by &apos;;&apos;; names cannot contain = ; or brackets.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="242"/>
        <source>Repeats row %1 of the file.</source>
        <translation>Repeats row %1 of the file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="244"/>
        <source>Item %1 already has this serial number.</source>
        <translation>Item %1 already has this serial number.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="247"/>
        <source>No store has this code.</source>
        <translation>No store has this code.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="249"/>
        <source>No category has this code or name.</source>
        <translation>No category has this code or name.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/forms.py" line="251"/>
        <source>The item cannot move from %1 to this status.</source>
        <translation>The item cannot move from %1 to this status.</translation>
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
        <translation>Equipment register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="70"/>
        <source>Asset code, serial, name or store; scan a label (Ctrl+F)</source>
        <translation>Asset code, serial, name or store; scan a label (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="77"/>
        <location filename="../../ui/pages/equipment/page.py" line="179"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="80"/>
        <location filename="../../ui/pages/equipment/page.py" line="180"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="81"/>
        <location filename="../../ui/pages/equipment/page.py" line="184"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="83"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="85"/>
        <source>Warranty ends within %1 days</source>
        <translation>Warranty ends within %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="86"/>
        <source>Service life reached</source>
        <translation>Service life reached</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="87"/>
        <location filename="../../ui/pages/equipment/page.py" line="148"/>
        <source>Open faults</source>
        <translation>Open faults</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="100"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="101"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="102"/>
        <source>Edit the selected item (F2, Enter or double-click)</source>
        <translation>Edit the selected item (F2, Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="106"/>
        <source>Change status...</source>
        <translation>Change status...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="107"/>
        <source>Report fault...</source>
        <translation>Report fault...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="109"/>
        <source>Acceptance...</source>
        <translation>Acceptance...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="110"/>
        <source>Accept the selected installed item: the acceptance checklist with its measurements, then the supplier, store manager and supervisor sign</source>
        <translation>Accept the selected installed item: the acceptance checklist with its measurements, then the supplier, store manager and supervisor sign</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="112"/>
        <source>Print labels...</source>
        <translation>Print labels...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="113"/>
        <source>Import...</source>
        <translation>Import...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="114"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="119"/>
        <source>Selected items</source>
        <translation>Selected items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="121"/>
        <source>Every item in the list (at most %1)</source>
        <translation>Every item in the list (at most %1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="135"/>
        <source>Asset code</source>
        <translation>Asset code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="136"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="138"/>
        <location filename="../../ui/pages/equipment/page.py" line="529"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="139"/>
        <location filename="../../ui/pages/equipment/page.py" line="529"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="141"/>
        <location filename="../../ui/pages/equipment/page.py" line="530"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="142"/>
        <source>Brand / model</source>
        <translation>Brand / model</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="144"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="145"/>
        <source>Warranty ends</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="234"/>
        <source>No equipment here. Add an item with New item (Ctrl+N) or import a register with Import..., or change the filters.</source>
        <translation>No equipment here. Add an item with New item (Ctrl+N) or import a register with Import..., or change the filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="238"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="269"/>
        <source>%n warranty(ies) ending within 30 days</source>
        <translation>
            <numerusform>%n warranty ending within 30 days</numerusform>
            <numerusform>%n warranties ending within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="272"/>
        <source>%n item(s) past their service life</source>
        <translation>
            <numerusform>%n item past its service life</numerusform>
            <numerusform>%n items past their service life</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="275"/>
        <source>%n fault(s) open more than 14 days</source>
        <translation>
            <numerusform>%n fault open more than 14 days</numerusform>
            <numerusform>%n faults open more than 14 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="296"/>
        <source>Warranty ended %n day(s) ago</source>
        <translation>
            <numerusform>Warranty ended %n day ago</numerusform>
            <numerusform>Warranty ended %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="298"/>
        <source>Warranty ends in %n day(s)</source>
        <translation>
            <numerusform>Warranty ends in %n day</numerusform>
            <numerusform>Warranty ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="329"/>
        <source>Item %1 created.</source>
        <translation>Item %1 created.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="330"/>
        <source>Item %1 created; the filters hide it.</source>
        <translation>Item %1 created; the filters hide it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="360"/>
        <location filename="../../ui/pages/equipment/page.py" line="387"/>
        <source>%1 is now: %2</source>
        <translation>%1 is now: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="362"/>
        <source>%1 is now: %2 (the filters hide it)</source>
        <translation>%1 is now: %2 (the filters hide it)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="425"/>
        <source>Found %1.</source>
        <translation>Found %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="435"/>
        <source>Found %1; the filters were cleared to show it.</source>
        <translation>Found %1; the filters were cleared to show it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="459"/>
        <source>No items to label.</source>
        <translation>No items to label.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="462"/>
        <source>Labels for the first %1 of %2 items.</source>
        <translation>Labels for the first %1 of %2 items.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="471"/>
        <location filename="../../ui/pages/equipment/page.py" line="485"/>
        <source>Import equipment</source>
        <translation>Import equipment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="472"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="487"/>
        <source>Checking and importing %1...</source>
        <translation>Checking and importing %1...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="492"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Imported: %1 new, %2 updated.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/page.py" line="520"/>
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/page.py" line="529"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="271"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="273"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="275"/>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>A PIN is %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="278"/>
        <source>Only store managers and staff may sign in with a PIN.</source>
        <translation>Only store managers and staff may sign in with a PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="280"/>
        <location filename="../../ui/widgets/sign_in.py" line="245"/>
        <location filename="../../ui/widgets/sign_in.py" line="431"/>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="282"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="284"/>
        <source>Use 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Use 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="287"/>
        <source>Use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="290"/>
        <source>This is already used by another record.</source>
        <translation>This is already used by another record.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="292"/>
        <source>Enter a phone number (digits, spaces, + - and brackets).</source>
        <translation>Enter a phone number (digits, spaces, + - and brackets).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="294"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Enter an e-mail address such as name@example.com.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="296"/>
        <source>An open store needs its opening date.</source>
        <translation>An open store needs its opening date.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="298"/>
        <source>Choose an active user with the right role.</source>
        <translation>Choose an active user with the right role.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="300"/>
        <source>The chosen record no longer exists.</source>
        <translation>The chosen record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="302"/>
        <source>Areas cannot contain further areas.</source>
        <translation>Areas cannot contain further areas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="304"/>
        <source>You cannot deactivate the user you are signed in as.</source>
        <translation>You cannot deactivate the user you are signed in as.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="306"/>
        <source>The workspace already has stores.</source>
        <translation>The workspace already has stores.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="308"/>
        <source>The value is out of the allowed range.</source>
        <translation>The value is out of the allowed range.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="310"/>
        <source>This answer does not fit the question.</source>
        <translation>This answer does not fit the question.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="317"/>
        <source>“%1” cannot be answered N/A: its template does not allow N/A for this item. Nothing was saved.</source>
        <translation>“%1” cannot be answered N/A: its template does not allow N/A for this item. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="321"/>
        <source>A failed item needs a photo.</source>
        <translation>A failed item needs a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="323"/>
        <source>Grade bands need a name each and one band starting at 0 %.</source>
        <translation>Grade bands need a name each and one band starting at 0 %.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="325"/>
        <source>The only version of a template cannot be discarded.</source>
        <translation>The only version of a template cannot be discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="327"/>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="329"/>
        <source>This store has no open corrective actions to re-check.</source>
        <translation>This store has no open corrective actions to re-check.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="331"/>
        <source>This corrective action has not been re-checked yet.</source>
        <translation>This corrective action has not been re-checked yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="333"/>
        <source>Sign in the box first.</source>
        <translation>Sign in the box first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="335"/>
        <source>This role has already signed the inspection.</source>
        <translation>This role has already signed the inspection.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="337"/>
        <source>Only a user with this role can sign as it: switch to that user&apos;s account.</source>
        <translation>Only a user with this role can sign as it: switch to that user&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="340"/>
        <source>Check-out cannot be before check-in.</source>
        <translation>Check-out cannot be before check-in.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="342"/>
        <source>This time is in the future.</source>
        <translation>This time is in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="344"/>
        <source>The visit has started; it stays on its day.</source>
        <translation>The visit has started; it stays on its day.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="346"/>
        <source>A finished visit cannot be cancelled.</source>
        <translation>A finished visit cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="348"/>
        <source>Choose one of the offered values.</source>
        <translation>Choose one of the offered values.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="349"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="367"/>
        <source>Cannot reach the server of %1. Check the server name and port, and that the server is running and reachable from this computer.</source>
        <translation>Cannot reach the server of %1. Check the server name and port, and that the server is running and reachable from this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="371"/>
        <source>The server refused the login of user %1: the password is wrong or missing (type it, or put it in your .pgpass file), or the server does not know this user.</source>
        <translation>The server refused the login of user %1: the password is wrong or missing (type it, or put it in your .pgpass file), or the server does not know this user.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="376"/>
        <source>The server has no database named %1.</source>
        <translation>The server has no database named %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="379"/>
        <source>The folder %1, where this workspace keeps its photos and documents, cannot be reached from this computer. Connect the shared drive, then try again.</source>
        <translation>The folder %1, where this workspace keeps its photos and documents, cannot be reached from this computer. Connect the shared drive, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="386"/>
        <source>The database %1 holds no OpsDesk workspace yet. The administrator sets it up with: opsdesk db upgrade --db %1</source>
        <translation>The database %1 holds no OpsDesk workspace yet. The administrator sets it up with: opsdesk db upgrade --db %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="390"/>
        <source>The workspace on the server needs an upgrade for this version of OpsDesk. The administrator runs: opsdesk db upgrade --db %1</source>
        <translation>The workspace on the server needs an upgrade for this version of OpsDesk. The administrator runs: opsdesk db upgrade --db %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="394"/>
        <source>The database %1 is not an OpsDesk workspace: it holds tables of another program.</source>
        <translation>The database %1 is not an OpsDesk workspace: it holds tables of another program.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="416"/>
        <source>There is no workspace at %1.</source>
        <translation>There is no workspace at %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="418"/>
        <source>Another OpsDesk window or program kept the workspace %1 busy for too long. Nothing was changed; try again once it has finished.</source>
        <translation>Another OpsDesk window or program kept the workspace %1 busy for too long. Nothing was changed; try again once it has finished.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="422"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>The disk is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="425"/>
        <source>The workspace %1 cannot be written: the file or its folder is read-only. Nothing was changed; copy it to a folder you can write to, or choose another file.</source>
        <translation>The workspace %1 cannot be written: the file or its folder is read-only. Nothing was changed; copy it to a folder you can write to, or choose another file.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="429"/>
        <source>The workspace %1 is damaged and cannot be read. Restore a backup copy, or choose another file.</source>
        <translation>The workspace %1 is damaged and cannot be read. Restore a backup copy, or choose another file.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="433"/>
        <source>The workspace %1 could not be read or written (the disk or network drive reported an error). Nothing was changed.</source>
        <translation>The workspace %1 could not be read or written (the disk or network drive reported an error). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="444"/>
        <source>The details are in the log file %1.</source>
        <translation>The details are in the log file %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="452"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="454"/>
        <source>Your signing key is locked: enter its passphrase to sign this decision. Nothing was changed.</source>
        <translation>Your signing key is locked: enter its passphrase to sign this decision. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="458"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="463"/>
        <source>This workspace was saved by a newer version of OpsDesk (schema %1). Update OpsDesk to open it; the file was not changed.</source>
        <translation>This workspace was saved by a newer version of OpsDesk (schema %1). Update OpsDesk to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="467"/>
        <source>This workspace needs to be upgraded before it can be opened.</source>
        <translation>This workspace needs to be upgraded before it can be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="469"/>
        <source>The file %1 is not an OpsDesk workspace.</source>
        <translation>The file %1 is not an OpsDesk workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="472"/>
        <source>%1 is not a picture OpsDesk can read. Choose a JPEG, PNG or WebP photo.</source>
        <translation>%1 is not a picture OpsDesk can read. Choose a JPEG, PNG or WebP photo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="476"/>
        <source>%1 is too large to be a photo.</source>
        <translation>%1 is too large to be a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="479"/>
        <source>%1 is neither a PDF nor a picture OpsDesk can read; nothing was added.</source>
        <translation>%1 is neither a PDF nor a picture OpsDesk can read; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="483"/>
        <source>%1 is larger than %2 MB; nothing was added.</source>
        <translation>%1 is larger than %2 MB; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="486"/>
        <source>Someone changed this record after you opened it (here or by a sync). Your changes were not saved: open it again and repeat them.</source>
        <translation>Someone changed this record after you opened it (here or by a sync). Your changes were not saved: open it again and repeat them.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="490"/>
        <source>The template was refused; nothing was imported:</source>
        <translation>The template was refused; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="493"/>
        <source>This checklist is completed; its answers can no longer change.</source>
        <translation>This checklist is completed; its answers can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="495"/>
        <source>This inspection is signed: its answers, photos and signatures can no longer change. Nothing was changed; start a correction to record a change.</source>
        <translation>This inspection is signed: its answers, photos and signatures can no longer change. Nothing was changed; start a correction to record a change.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="499"/>
        <source>A published version cannot be changed. Click Edit to make a new draft.</source>
        <translation>A published version cannot be changed. Click Edit to make a new draft.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="502"/>
        <source>The passphrase is wrong; nothing was written.</source>
        <translation>The passphrase is wrong; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="504"/>
        <source>The certificate is not for your signing key: it was issued for another request.</source>
        <translation>The certificate is not for your signing key: it was issued for another request.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="507"/>
        <source>The signing key or certificate is missing, already exists there, or could not be read; nothing was changed.</source>
        <translation>The signing key or certificate is missing, already exists there, or could not be read; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="511"/>
        <source>The PDF could not be signed; nothing was written.</source>
        <translation>The PDF could not be signed; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="513"/>
        <source>Only a completed inspection can be signed or corrected.</source>
        <translation>Only a completed inspection can be signed or corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="515"/>
        <source>This step is not possible for the fault now (its status changed, or the item is retired).</source>
        <translation>This step is not possible for the fault now (its status changed, or the item is retired).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="518"/>
        <source>This step is not possible for the corrective action now (its status changed, or it needs a supervisor).</source>
        <translation>This step is not possible for the corrective action now (its status changed, or it needs a supervisor).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="521"/>
        <source>This template has no published version yet.</source>
        <translation>This template has no published version yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="523"/>
        <source>验收合格方可营业: the store cannot open before these gates are passed: %1.</source>
        <translation>验收合格方可营业: the store cannot open before these gates are passed: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="531"/>
        <source>The record no longer exists. It may have been removed.</source>
        <translation>The record no longer exists. It may have been removed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="527"/>
        <source>Another computer&apos;s clock is more than 24 hours ahead.</source>
        <translation>Another computer&apos;s clock is more than 24 hours ahead.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="533"/>
        <source>The change was refused to protect the data.</source>
        <translation>The change was refused to protect the data.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="535"/>
        <source>The operation could not be completed.</source>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="443"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="138"/>
        <source>Only a store in status planned or preparing is opened through an opening project.</source>
        <translation>Only a store in status planned or preparing is opened through an opening project.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>This store already has an opening project in progress.</source>
        <translation>This store already has an opening project in progress.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="142"/>
        <source>Only a franchise store has a franchisee.</source>
        <translation>Only a franchise store has a franchisee.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>Choose a user with one of the allowed roles.</source>
        <translation>Choose a user with one of the allowed roles.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>This opening project is closed (the store opened, or the project was cancelled).</source>
        <translation>This opening project is closed (the store opened, or the project was cancelled).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>This milestone is already done.</source>
        <translation>This milestone is already done.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>This milestone is not done.</source>
        <translation>This milestone is not done.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>Finish these steps first: %1.</source>
        <translation>Finish these steps first: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>A gate is passed by its signed acceptance or its sign-offs, not by hand.</source>
        <translation>A gate is passed by its signed acceptance or its sign-offs, not by hand.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>Only the milestone&apos;s owner, the project owner, an ops manager or head office can do this.</source>
        <translation>Only the milestone&apos;s owner, the project owner, an ops manager or head office can do this.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="160"/>
        <source>The store has no equipment in the register yet.</source>
        <translation>The store has no equipment in the register yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>No staff or store manager is assigned to the store to be trained.</source>
        <translation>No staff or store manager is assigned to the store to be trained.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="163"/>
        <source>The gate is not met yet: %n item(s) or person(s) still to pass.</source>
        <translation>
            <numerusform>The gate is not met yet: %n item or person still to pass.</numerusform>
            <numerusform>The gate is not met yet: %n items or people still to pass.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>The new date is the same as the current opening date.</source>
        <translation>The new date is the same as the current opening date.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>This step does not apply to this milestone.</source>
        <translation>This step does not apply to this milestone.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>This person is not on the store&apos;s staff.</source>
        <translation>This person is not on the store&apos;s staff.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>This person is already signed off.</source>
        <translation>This person is already signed off.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="173"/>
        <source>Only head office can open a store before every gate is passed.</source>
        <translation>Only head office can open a store before every gate is passed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>The plan was changed after you opened it; nothing was decided. Reload it, read it again, then decide.</source>
        <translation>The plan was changed after you opened it; nothing was decided. Reload it, read it again, then decide.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>This step is not possible for the plan in its present status.</source>
        <translation>This step is not possible for the plan in its present status.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>Your role cannot take this step on a promotion plan.</source>
        <translation>Your role cannot take this step on a promotion plan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>The plan is not approved yet.</source>
        <translation>The plan is not approved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>This is only possible during the promotion&apos;s period (%1 to %2).</source>
        <translation>This is only possible during the promotion&apos;s period (%1 to %2).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="196"/>
        <source>Store %1 is not a target store of this plan.</source>
        <translation>Store %1 is not a target store of this plan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197"/>
        <source>This store is not a target store of the plan.</source>
        <translation>This store is not a target store of the plan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>Only a franchise store acknowledges a plan.</source>
        <translation>Only a franchise store acknowledges a plan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>Only the store manager of this franchise store can acknowledge the plan.</source>
        <translation>Only the store manager of this franchise store can acknowledge the plan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="203"/>
        <source>This store has already acknowledged the plan as it is now.</source>
        <translation>This store has already acknowledged the plan as it is now.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>A closed or cancelled plan can no longer be changed.</source>
        <translation>A closed or cancelled plan can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="207"/>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>Enter a time of day as HH:MM, for example 09:30.</source>
        <translation>Enter a time of day as HH:MM, for example 09:30.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>The promotion has not started yet (it starts on %1); results come once it runs.</source>
        <translation>The promotion has not started yet (it starts on %1); results come once it runs.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>The file has no column %1.</source>
        <translation>The file has no column %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="216"/>
        <source>Choose the column of at least one result.</source>
        <translation>Choose the column of at least one result.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="218"/>
        <source>The file is not a table OpsDesk can read: choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>The file is not a table OpsDesk can read: choose an Excel workbook (.xlsx) or a CSV file.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <source>The file has a header row but no data rows.</source>
        <translation>The file has a header row but no data rows.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="222"/>
        <source>No store has the code %1.</source>
        <translation>No store has the code %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="224"/>
        <source>Store %1 appears in more than one row.</source>
        <translation>Store %1 appears in more than one row.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="226"/>
        <source>This store is chosen twice.</source>
        <translation>This store is chosen twice.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="230"/>
        <source>This cannot be negative.</source>
        <translation>This cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="232"/>
        <source>At most two decimal places (fen).</source>
        <translation>At most two decimal places (fen).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="234"/>
        <source>This must be a number, such as 1,234.50.</source>
        <translation>This must be a number, such as 1,234.50.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="236"/>
        <source>This number is too large (at most %1).</source>
        <translation>This number is too large (at most %1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="238"/>
        <source>This must be a whole number.</source>
        <translation>This must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="240"/>
        <source>This must be at least %1.</source>
        <translation>This must be at least %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="247"/>
        <source>This store is not one of yours: you act only on the stores assigned to you (an operations manager: the stores of their regions).</source>
        <translation>This store is not one of yours: you act only on the stores assigned to you (an operations manager: the stores of their regions).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="251"/>
        <source>Nobody is signed in: choose who you are first (File &gt; Switch user).</source>
        <translation>Nobody is signed in: choose who you are first (File &gt; Switch user).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="254"/>
        <source>Your account is deactivated: ask head office to reactivate it.</source>
        <translation>Your account is deactivated: ask head office to reactivate it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="257"/>
        <source>Your role (%1) may not do this; ask a user whose role may.</source>
        <translation>Your role (%1) may not do this; ask a user whose role may.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="541"/>
        <source>Nothing was imported; this workspace was not changed.</source>
        <translation>Nothing was imported; this workspace was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="543"/>
        <source>The package comes from a workspace this one does not know yet: %1 (node %2, key fingerprint %3). Compare the fingerprint with the sender by phone before you trust it.</source>
        <translation>The package comes from a workspace this one does not know yet: %1 (node %2, key fingerprint %3). Compare the fingerprint with the sender by phone before you trust it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="549"/>
        <source>The package holds a record this workspace cannot accept: %1. It was refused whole; tell the sender, whose workspace may be damaged or altered.</source>
        <translation>The package holds a record this workspace cannot accept: %1. It was refused whole; tell the sender, whose workspace may be damaged or altered.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="554"/>
        <source>The file is not a readable sync package (it may be incomplete or damaged). Ask the sender to export it again.</source>
        <translation>The file is not a readable sync package (it may be incomplete or damaged). Ask the sender to export it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="558"/>
        <source>The package was changed after it was written: its contents do not match their checksums. Ask the sender to export it again.</source>
        <translation>The package was changed after it was written: its contents do not match their checksums. Ask the sender to export it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="562"/>
        <source>The package contains files it does not declare. It was refused for safety.</source>
        <translation>The package contains files it does not declare. It was refused for safety.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="565"/>
        <source>The package would unpack to far more data than allowed. It was refused for safety.</source>
        <translation>The package would unpack to far more data than allowed. It was refused for safety.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="569"/>
        <source>The package&apos;s signature does not match the sender&apos;s key: it was not written by the workspace it claims to come from, or it was altered.</source>
        <translation>The package&apos;s signature does not match the sender&apos;s key: it was not written by the workspace it claims to come from, or it was altered.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="573"/>
        <source>The package was written by a newer version of OpsDesk. Update OpsDesk, then import it again.</source>
        <translation>The package was written by a newer version of OpsDesk. Update OpsDesk, then import it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="577"/>
        <source>This package was exported by this very workspace; import it on the other computer.</source>
        <translation>This package was exported by this very workspace; import it on the other computer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="580"/>
        <source>This conflict cannot be resolved that way (it is already resolved, or the record is signed).</source>
        <translation>This conflict cannot be resolved that way (it is already resolved, or the record is signed).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="583"/>
        <source>The sync could not be completed; nothing was changed.</source>
        <translation>The sync could not be completed; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="587"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../ui/widgets/reports.py" line="305"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="312"/>
        <source>Export PDF...</source>
        <translation>Export PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="314"/>
        <source>Export signed PDF...</source>
        <translation>Export signed PDF...</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="300"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="300"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="300"/>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="301"/>
        <source>Downtime</source>
        <translation>Downtime</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="301"/>
        <source>Located</source>
        <translation>Located</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="302"/>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="302"/>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="303"/>
        <source>Repaired by</source>
        <translation>Repaired by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="303"/>
        <source>Parts replaced</source>
        <translation>Parts replaced</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="303"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="304"/>
        <source>Analysed</source>
        <translation>Analysed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="304"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="304"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="305"/>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="305"/>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="319"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="329"/>
        <source>Add photos...</source>
        <translation>Add photos...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="342"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="363"/>
        <source>Fault · %1</source>
        <translation>Fault · %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="369"/>
        <source>Repeat fault (another within 90 days)</source>
        <translation>Repeat fault (another within 90 days)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="377"/>
        <source>%1 so far</source>
        <translation>%1 so far</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="395"/>
        <location filename="../../ui/pages/equipment/faults.py" line="401"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="407"/>
        <source>No photos.</source>
        <translation>No photos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="423"/>
        <source>Open corrective action</source>
        <translation>Open corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="426"/>
        <source>Raise corrective action</source>
        <translation>Raise corrective action</translation>
    </message>
</context>
<context>
    <name>FaultLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="396"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="397"/>
        <source>Located</source>
        <translation>Located</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="398"/>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="399"/>
        <source>Analysed</source>
        <translation>Analysed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="400"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="406"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="407"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="408"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="409"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="58"/>
        <source>Locate...</source>
        <translation>Locate...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="59"/>
        <source>Record repair...</source>
        <translation>Record repair...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="60"/>
        <source>Analyse cause...</source>
        <translation>Analyse cause...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="61"/>
        <source>Close fault...</source>
        <translation>Close fault...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="68"/>
        <source>Locate the fault</source>
        <translation>Locate the fault</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="69"/>
        <source>Record the repair</source>
        <translation>Record the repair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="70"/>
        <source>Analyse the cause</source>
        <translation>Analyse the cause</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="71"/>
        <source>Close the fault</source>
        <translation>Close the fault</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="76"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="88"/>
        <source>Enter an amount from 0 to 100,000,000 元.</source>
        <translation>Enter an amount from 0 to 100,000,000 元.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="90"/>
        <source>Enter an amount such as 120.50.</source>
        <translation>Enter an amount such as 120.50.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="92"/>
        <source>Say why the fault is closed before its cause is analysed.</source>
        <translation>Say why the fault is closed before its cause is analysed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="100"/>
        <source>This item is retired; it takes no more faults.</source>
        <translation>This item is retired; it takes no more faults.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="102"/>
        <source>A corrective action can be raised once per fault, and not from a closed fault.</source>
        <translation>A corrective action can be raised once per fault, and not from a closed fault.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="105"/>
        <source>This fault is closed; it can no longer change.</source>
        <translation>This fault is closed; it can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="106"/>
        <source>This step is not possible: the fault is %1 and cannot be %2 now.</source>
        <translation>This step is not possible: the fault is %1 and cannot be %2 now.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="115"/>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
</context>
<context>
    <name>FaultListWidget</name>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="500"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="500"/>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="500"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="500"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="501"/>
        <source>Downtime</source>
        <translation>Downtime</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="501"/>
        <location filename="../../ui/pages/equipment/faults.py" line="534"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="508"/>
        <source>Report fault...</source>
        <translation>Report fault...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="511"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/faults.py" line="543"/>
        <source>%n open fault(s)</source>
        <translation>
            <numerusform>%n open fault</numerusform>
            <numerusform>%n open faults</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="543"/>
        <source>No faults.</source>
        <translation>No faults.</translation>
    </message>
</context>
<context>
    <name>FaultStepDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="232"/>
        <source>元, e.g. 350.00</source>
        <translation>元, e.g. 350.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="236"/>
        <location filename="../../ui/pages/equipment/faults.py" line="237"/>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="239"/>
        <location filename="../../ui/pages/equipment/faults.py" line="243"/>
        <source>Repaired by</source>
        <translation>Repaired by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="240"/>
        <location filename="../../ui/pages/equipment/faults.py" line="243"/>
        <source>Parts replaced</source>
        <translation>Parts replaced</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="241"/>
        <location filename="../../ui/pages/equipment/faults.py" line="243"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="245"/>
        <location filename="../../ui/pages/equipment/faults.py" line="246"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="248"/>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="248"/>
        <source>Why is it closed?</source>
        <translation>Why is it closed?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="250"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="96"/>
        <location filename="../../ui/widgets/form.py" line="51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="73"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="63"/>
        <location filename="../../ui/widgets/form.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FitoutViewDialog</name>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="228"/>
        <source>Acceptance certificate</source>
        <translation>Acceptance certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="247"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/pages/inspections.py" line="159"/>
        <source>Start a follow-up inspection</source>
        <translation>Start a follow-up inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="163"/>
        <source>%1 %2 · %3 open, %4 overdue</source>
        <translation>%1 %2 · %3 open, %4 overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="169"/>
        <source>The store&apos;s open corrective actions are loaded as the things to re-check.</source>
        <translation>The store&apos;s open corrective actions are loaded as the things to re-check.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="173"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="174"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="177"/>
        <source>No store has open corrective actions to re-check.</source>
        <translation>No store has open corrective actions to re-check.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="178"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>HistoryTree</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="78"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="78"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="78"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="89"/>
        <source>Equipment acceptance</source>
        <translation>Equipment acceptance</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="473"/>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/equipment/dialogs.py" line="475"/>
        <source>Nothing was imported: %n row(s) need correcting first. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row needs correcting first. Fix it in the file and import it again.</numerusform>
            <numerusform>Nothing was imported: %n rows need correcting first. Fix them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="480"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="480"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="480"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="491"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="425"/>
        <source>Import results: %1</source>
        <translation>Import results: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="430"/>
        <source>An Excel (.xlsx) or CSV export of the till</source>
        <translation>An Excel (.xlsx) or CSV export of the till</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="432"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="434"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="438"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="454"/>
        <source>The first rows of the file</source>
        <translation>The first rows of the file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="465"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="467"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="469"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="477"/>
        <source>Custom measure</source>
        <translation>Custom measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="478"/>
        <source>Store code</source>
        <translation>Store code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="478"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="478"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="479"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="479"/>
        <source>Gifts given</source>
        <translation>Gifts given</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="480"/>
        <source>Budget spent</source>
        <translation>Budget spent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="484"/>
        <source>Choose the till export</source>
        <translation>Choose the till export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="485"/>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/dialogs.py" line="518"/>
        <source>%n data row(s). Check the columns, then click Check.</source>
        <translation>
            <numerusform>%n data row. Check the columns, then click Check.</numerusform>
            <numerusform>%n data rows. Check the columns, then click Check.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="558"/>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="562"/>
        <source>Column of %1: %2</source>
        <translation>Column of %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/dialogs.py" line="573"/>
        <source>%n problem(s): nothing was imported. Correct the file or the columns and check again.</source>
        <translation>
            <numerusform>%n problem: nothing was imported. Correct the file or the columns and check again.</numerusform>
            <numerusform>%n problems: nothing was imported. Correct the file or the columns and check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/dialogs.py" line="584"/>
        <source>Every row is fine: %n store(s) can be imported.</source>
        <translation>
            <numerusform>Every row is fine: %n store can be imported.</numerusform>
            <numerusform>Every row is fine: %n stores can be imported.</numerusform>
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
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="393"/>
        <source>Search store or template (Ctrl+F)</source>
        <translation>Search store or template (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="406"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="410"/>
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="412"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="413"/>
        <source>Start follow-up</source>
        <translation>Start follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="415"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="417"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="428"/>
        <location filename="../../ui/pages/inspections.py" line="510"/>
        <location filename="../../ui/pages/inspections.py" line="522"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="429"/>
        <location filename="../../ui/pages/inspections.py" line="510"/>
        <location filename="../../ui/pages/inspections.py" line="519"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="430"/>
        <location filename="../../ui/pages/inspections.py" line="511"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="432"/>
        <location filename="../../ui/pages/inspections.py" line="511"/>
        <location filename="../../ui/pages/inspections.py" line="519"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="433"/>
        <location filename="../../ui/pages/inspections.py" line="512"/>
        <location filename="../../ui/pages/inspections.py" line="520"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="434"/>
        <location filename="../../ui/pages/inspections.py" line="513"/>
        <source>Score %</source>
        <translation>Score %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="435"/>
        <location filename="../../ui/pages/inspections.py" line="513"/>
        <location filename="../../ui/pages/inspections.py" line="520"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="436"/>
        <location filename="../../ui/pages/inspections.py" line="514"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="396"/>
        <location filename="../../ui/pages/inspections.py" line="482"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="375"/>
        <source>Sign now?</source>
        <translation>Sign now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="376"/>
        <source>The inspection is complete. Sign it now? The supervisor and the store manager sign it; once both have signed it is frozen.</source>
        <translation>The inspection is complete. Sign it now? The supervisor and the store manager sign it; once both have signed it is frozen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="398"/>
        <location filename="../../ui/pages/inspections.py" line="483"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="400"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="402"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="404"/>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="497"/>
        <source>No inspections here. Start one with Start inspection (Ctrl+N), or change the filters.</source>
        <translation>No inspections here. Start one with Start inspection (Ctrl+N), or change the filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inspections.py" line="500"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="510"/>
        <source>Store code</source>
        <translation>Store code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="511"/>
        <location filename="../../ui/pages/inspections.py" line="519"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="512"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="512"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="514"/>
        <source>Critical item failed</source>
        <translation>Critical item failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="515"/>
        <source>Completed at</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="517"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="531"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="531"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="570"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="570"/>
        <source>Discard the unfinished inspection of %1 on %2? Its answers are removed from the list.</source>
        <translation>Discard the unfinished inspection of %1 on %2? Its answers are removed from the list.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="85"/>
        <source>Add an issue</source>
        <translation>Add an issue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="93"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="94"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="95"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="85"/>
        <source>Create corrective action</source>
        <translation>Create corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="102"/>
        <source>Describe the issue.</source>
        <translation>Describe the issue.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="67"/>
        <source>Veto item</source>
        <translation>Veto item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="67"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="67"/>
        <source>Photo if failed</source>
        <translation>Photo if failed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="75"/>
        <source>N/A not allowed</source>
        <translation>N/A not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="100"/>
        <location filename="../../ui/widgets/item_cards.py" line="107"/>
        <source>Create corrective action...</source>
        <translation>Create corrective action...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="101"/>
        <source>A corrective action for this failed item, now</source>
        <translation>A corrective action for this failed item, now</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="105"/>
        <source>Clear answer (Delete)</source>
        <translation>Clear answer (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="112"/>
        <source>Add photo...</source>
        <translation>Add photo...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="143"/>
        <source>Failed: please add a photo of it.</source>
        <translation>Failed: please add a photo of it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="158"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="171"/>
        <source>Corrective action created: %1</source>
        <translation>Corrective action created: %1</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="161"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="167"/>
        <source>A stable name for this item in files and reports: lower-case letters, digits and &apos;_&apos;. Unique in the template.</source>
        <translation>A stable name for this item in files and reports: lower-case letters, digits and &apos;_&apos;. Unique in the template.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="176"/>
        <source>How to check, what counts as a pass</source>
        <translation>How to check, what counts as a pass</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="183"/>
        <location filename="../../ui/pages/templates/forms.py" line="329"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="192"/>
        <source>Recorded only: this answer type is not scored.</source>
        <translation>Recorded only: this answer type is not scored.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="195"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="196"/>
        <source>Failing a critical item fails the whole check, whatever the score.</source>
        <translation>Failing a critical item fails the whole check, whatever the score.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="197"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="198"/>
        <source>Photo on fail</source>
        <translation>Photo on fail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="199"/>
        <source>A failed answer needs a photo.</source>
        <translation>A failed answer needs a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="200"/>
        <source>N/A allowed</source>
        <translation>N/A allowed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="202"/>
        <source>Whether the inspector may answer N/A. An item answered N/A leaves the maximum and never fails, so a critical item answered N/A does not fail the check: clear this to forbid it.</source>
        <translation>Whether the inspector may answer N/A. An item answered N/A leaves the maximum and never fails, so a critical item answered N/A does not fail the check: clear this to forbid it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="220"/>
        <source>The highest rating; below half of it the item fails.</source>
        <translation>The highest rating; below half of it the item fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="227"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="232"/>
        <source>e.g. °C</source>
        <translation>e.g. °C</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="239"/>
        <location filename="../../ui/pages/templates/forms.py" line="331"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="244"/>
        <source>An answer inside the range passes; outside it fails.</source>
        <translation>An answer inside the range passes; outside it fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="248"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="248"/>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="248"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="248"/>
        <source>Fails</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="260"/>
        <source>+ Option</source>
        <translation>+ Option</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="262"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="265"/>
        <source>Move option up</source>
        <translation>Move option up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="268"/>
        <source>Move option down</source>
        <translation>Move option down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="287"/>
        <source>Leave empty for no default action</source>
        <translation>Leave empty for no default action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="297"/>
        <source>Due in (days)</source>
        <translation>Due in (days)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="300"/>
        <source>Default corrective action</source>
        <translation>Default corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="301"/>
        <source>A failed answer creates this corrective action.</source>
        <translation>A failed answer creates this corrective action.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="303"/>
        <location filename="../../ui/pages/templates/forms.py" line="331"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="304"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="308"/>
        <location filename="../../ui/pages/templates/forms.py" line="328"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="309"/>
        <location filename="../../ui/pages/templates/forms.py" line="328"/>
        <source>Item text</source>
        <translation>Item text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="310"/>
        <location filename="../../ui/pages/templates/forms.py" line="328"/>
        <source>English text</source>
        <translation>English text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="311"/>
        <location filename="../../ui/pages/templates/forms.py" line="329"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="312"/>
        <location filename="../../ui/pages/templates/forms.py" line="329"/>
        <source>Answer type</source>
        <translation>Answer type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="315"/>
        <location filename="../../ui/pages/templates/forms.py" line="330"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="316"/>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="317"/>
        <location filename="../../ui/pages/templates/forms.py" line="331"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="330"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="330"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="355"/>
        <source>Choosing this option fails the item.</source>
        <translation>Choosing this option fails the item.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="437"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="437"/>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="445"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="85"/>
        <source>* Required</source>
        <translation>* Required</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="115"/>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="238"/>
        <source>A photo of the failure is required</source>
        <translation>A photo of the failure is required</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="241"/>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily/item_row.py" line="245"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>KpiLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="588"/>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="589"/>
        <source>Critical failures</source>
        <translation>Critical failures</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="590"/>
        <source>Rectification rate</source>
        <translation>Rectification rate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="592"/>
        <source>Repeat findings</source>
        <translation>Repeat findings</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="593"/>
        <source>Visit coverage</source>
        <translation>Visit coverage</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="594"/>
        <source>Daily checklist completion</source>
        <translation>Daily checklist completion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="595"/>
        <source>Equipment acceptance pass rate</source>
        <translation>Equipment acceptance pass rate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="596"/>
        <source>Open equipment faults</source>
        <translation>Open equipment faults</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="597"/>
        <source>New-store openings</source>
        <translation>New-store openings</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="598"/>
        <source>Promotion sales vs target</source>
        <translation>Promotion sales vs target</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="609"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="611"/>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="612"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="103"/>
        <source>The labels do not fit: see the values on the left.</source>
        <translation>The labels do not fit: see the values on the left.</translation>
    </message>
</context>
<context>
    <name>LabelSheetDialog</name>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="51"/>
        <source>Save label sheet</source>
        <translation>Save label sheet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="52"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="151"/>
        <location filename="../../ui/widgets/label_sheet.py" line="353"/>
        <location filename="../../ui/widgets/label_sheet.py" line="382"/>
        <source>Asset labels</source>
        <translation>Asset labels</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="157"/>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="164"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="166"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="167"/>
        <source>Automatic: the labels share the space between the margins and gaps</source>
        <translation>Automatic: the labels share the space between the margins and gaps</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="170"/>
        <source>On a partly used sheet: the first free label, counted row by row from the top left</source>
        <translation>On a partly used sheet: the first free label, counted row by row from the top left</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="172"/>
        <source>Print cut lines (for plain paper)</source>
        <translation>Print cut lines (for plain paper)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="175"/>
        <source>Label sheet</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="180"/>
        <source>Columns × rows</source>
        <translation>Columns × rows</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="181"/>
        <location filename="../../ui/widgets/label_sheet.py" line="241"/>
        <source>Label width</source>
        <translation>Label width</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="182"/>
        <location filename="../../ui/widgets/label_sheet.py" line="241"/>
        <source>Label height</source>
        <translation>Label height</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="183"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="192"/>
        <location filename="../../ui/widgets/label_sheet.py" line="245"/>
        <source>Start at label</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="198"/>
        <source>Save PDF...</source>
        <translation>Save PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="201"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="231"/>
        <source>Label printer, %1 × %2 mm</source>
        <translation>Label printer, %1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="233"/>
        <source>%1 × %2 mm, %3 per A4 sheet (%4 × %5)</source>
        <translation>%1 × %2 mm, %3 per A4 sheet (%4 × %5)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="240"/>
        <source>Page width</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="240"/>
        <source>Page height</source>
        <translation>Page height</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="242"/>
        <source>Top margin</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="242"/>
        <source>Bottom margin</source>
        <translation>Bottom margin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="243"/>
        <source>Left margin</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="243"/>
        <source>Right margin</source>
        <translation>Right margin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="244"/>
        <source>Gap between columns</source>
        <translation>Gap between columns</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="244"/>
        <source>Gap between rows</source>
        <translation>Gap between rows</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="245"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="245"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="251"/>
        <source>%1: the labels do not fit on the page; make them smaller or reduce the margins, gaps, columns or rows.</source>
        <translation>%1: the labels do not fit on the page; make them smaller or reduce the margins, gaps, columns or rows.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="254"/>
        <source>%1: at least %2.</source>
        <translation>%1: at least %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="255"/>
        <source>%1: the value is not valid.</source>
        <translation>%1: the value is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="324"/>
        <source>Labels of %1 × %2 mm.</source>
        <translation>Labels of %1 × %2 mm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/label_sheet.py" line="326"/>
        <source>%n label(s) per page.</source>
        <translation>
            <numerusform>%n label per page.</numerusform>
            <numerusform>%n labels per page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/label_sheet.py" line="327"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/label_sheet.py" line="328"/>
        <source>%n label(s) to print</source>
        <translation>
            <numerusform>%n label to print</numerusform>
            <numerusform>%n labels to print</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="339"/>
        <source>asset-labels.pdf</source>
        <translation>asset-labels.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="356"/>
        <source>Building the label sheet...</source>
        <translation>Building the label sheet...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="367"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_sheet.py" line="379"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <location filename="../../ui/labels.py" line="431"/>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="427"/>
        <source>Operations manager</source>
        <translation>Operations manager</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <location filename="../../ui/labels.py" line="428"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <location filename="../../ui/labels.py" line="429"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Company-owned</source>
        <translation>Company-owned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Franchise</source>
        <translation>Franchise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Routine inspection</source>
        <translation>Routine inspection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Full audit</source>
        <translation>Full audit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Mystery visit</source>
        <translation>Mystery visit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Cross-check</source>
        <translation>Cross-check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Opening checklist</source>
        <translation>Opening checklist</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Closing checklist</source>
        <translation>Closing checklist</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Execution check</source>
        <translation>Execution check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>To fix</source>
        <translation>To fix</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Fixing</source>
        <translation>Fixing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Awaiting check</source>
        <translation>Awaiting check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <location filename="../../ui/labels.py" line="441"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="375"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="376"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="377"/>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="379"/>
        <source>Conditionally accepted</source>
        <translation>Conditionally accepted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="380"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381"/>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="382"/>
        <source>Under repair</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="383"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="430"/>
        <source>Franchisee</source>
        <translation>Franchisee</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="432"/>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="439"/>
        <source>In preparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="440"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="448"/>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="449"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="450"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="457"/>
        <source>Project started</source>
        <translation>Project started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="458"/>
        <source>Opening date moved</source>
        <translation>Opening date moved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="459"/>
        <source>Milestone done</source>
        <translation>Milestone done</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="460"/>
        <source>Milestone reopened</source>
        <translation>Milestone reopened</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="461"/>
        <source>Gate passed</source>
        <translation>Gate passed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="462"/>
        <source>Opened by override</source>
        <translation>Opened by override</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="463"/>
        <source>Store opened</source>
        <translation>Store opened</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="464"/>
        <source>Project cancelled</source>
        <translation>Project cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>Training signed off</source>
        <translation>Training signed off</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="325"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="329"/>
        <source>Switch user...</source>
        <translation>Switch user...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/screen_lock.py" line="34"/>
        <location filename="../../ui/widgets/sign_in.py" line="331"/>
        <source>OpsDesk is locked</source>
        <translation>OpsDesk is locked</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="272"/>
        <location filename="../../ui/pages/visits/page.py" line="363"/>
        <source>All supervisors</source>
        <translation>All supervisors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="274"/>
        <location filename="../../ui/pages/visits/page.py" line="365"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="276"/>
        <location filename="../../ui/pages/visits/page.py" line="366"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="278"/>
        <source>All purposes</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="286"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="291"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="293"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="297"/>
        <location filename="../../ui/pages/visits/page.py" line="353"/>
        <source>Visit log</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="298"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="343"/>
        <location filename="../../ui/pages/visits/page.py" line="352"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="343"/>
        <location filename="../../ui/pages/visits/page.py" line="350"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="344"/>
        <location filename="../../ui/pages/visits/page.py" line="351"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="344"/>
        <location filename="../../ui/pages/visits/page.py" line="350"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="304"/>
        <location filename="../../ui/pages/visits/page.py" line="344"/>
        <location filename="../../ui/pages/visits/page.py" line="351"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="345"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="345"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="345"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="346"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="305"/>
        <location filename="../../ui/pages/visits/page.py" line="346"/>
        <source>Major incident</source>
        <translation>Major incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="315"/>
        <source>Days with visits are bold. Double-click a day to list its visits.</source>
        <translation>Days with visits are bold. Double-click a day to list its visits.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="343"/>
        <source>Store code</source>
        <translation>Store code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="346"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="347"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="347"/>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="348"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="348"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="349"/>
        <location filename="../../ui/pages/visits/page.py" line="385"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/visits/page.py" line="393"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Opening the workspace...</source>
        <translation>Opening the workspace...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Checklist templates</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Daily checklists</source>
        <translation>Daily checklists</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Visit logs</source>
        <translation>Visit logs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>New-store opening</source>
        <translation>New-store opening</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Signatures &amp; reports</source>
        <translation>Signatures &amp; reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Switch &amp;user...</source>
        <translation>Switch &amp;user...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>&amp;Verify a signed PDF...</source>
        <translation>&amp;Verify a signed PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Change &amp;password...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>&amp;Connect to head-office server...</source>
        <translation>&amp;Connect to head-office server...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>&amp;About OpsDesk</source>
        <translation>&amp;About OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Node: %1</source>
        <translation>Node: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Node %1, key fingerprint %2</source>
        <translation>Node %1, key fingerprint %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="532"/>
        <source>%n warranty(ies) ending within 30 days</source>
        <translation>
            <numerusform>%n warranty ending within 30 days</numerusform>
            <numerusform>%n warranties ending within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="534"/>
        <source>%n item(s) past their service life</source>
        <translation>
            <numerusform>%n item past its service life</numerusform>
            <numerusform>%n items past their service life</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="535"/>
        <source>%n fault(s) open more than 14 days</source>
        <translation>
            <numerusform>%n fault open more than 14 days</numerusform>
            <numerusform>%n faults open more than 14 days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>Equipment: %1</source>
        <translation>Equipment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <source>Click a warning to see those items on the Equipment page</source>
        <translation>Click a warning to see those items on the Equipment page</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>About OpsDesk</source>
        <translation>About OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="671"/>
        <source>OpsDesk %1
Store operations supervision, offline first.</source>
        <translation>OpsDesk %1
Store operations supervision, offline first.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="479"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="490"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="488"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="491"/>
        <source>(fixed date)</source>
        <translation>(fixed date)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="493"/>
        <source>late by %1 day(s)</source>
        <translation>late by %1 day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="494"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="495"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="498"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="498"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="498"/>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="500"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="505"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="508"/>
        <source>Evidence photos</source>
        <translation>Evidence photos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="512"/>
        <source>Add photos...</source>
        <translation>Add photos...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="527"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="531"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="551"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="557"/>
        <source>No photos yet.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="572"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="573"/>
        <source>Remove this photo from the milestone?</source>
        <translation>Remove this photo from the milestone?</translation>
    </message>
</context>
<context>
    <name>MoveDateDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="218"/>
        <source>Move the opening date</source>
        <translation>Move the opening date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="218"/>
        <source>Move the date</source>
        <translation>Move the date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="225"/>
        <source>Why the date moves (required)</source>
        <translation>Why the date moves (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="229"/>
        <source>Current opening date</source>
        <translation>Current opening date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="230"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="235"/>
        <source>New opening date</source>
        <translation>New opening date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="231"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="235"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/dialogs.py" line="244"/>
        <source>%n open milestone(s) move with the date; done ones and fixed dates stay.</source>
        <translation>
            <numerusform>%n open milestone moves with the date; done ones and fixed dates stay.</numerusform>
            <numerusform>%n open milestones move with the date; done ones and fixed dates stay.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="246"/>
        <source>Day zero moves %1 day(s) later.</source>
        <translation>Day zero moves %1 day(s) later.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="247"/>
        <source>Day zero moves %1 day(s) earlier.</source>
        <translation>Day zero moves %1 day(s) earlier.</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="244"/>
        <source>New corrective action</source>
        <translation>New corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="252"/>
        <source>What has to be fixed</source>
        <translation>What has to be fixed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="260"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="263"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="263"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="263"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="264"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="264"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="264"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="101"/>
        <source>New opening project</source>
        <translation>New opening project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="101"/>
        <source>Start the project</source>
        <translation>Start the project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="124"/>
        <source>No store in status planned or preparing is waiting for an opening project: add the store (or set its status) on the Stores page first.</source>
        <translation>No store in status planned or preparing is waiting for an opening project: add the store (or set its status) on the Stores page first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="128"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="138"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="129"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="138"/>
        <source>Opening date (day zero)</source>
        <translation>Opening date (day zero)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="130"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="139"/>
        <source>Project owner</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="131"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="139"/>
        <source>Franchisee</source>
        <translation>Franchisee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="132"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="140"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="133"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="140"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="38"/>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="44"/>
        <source>e.g. store_hygiene</source>
        <translation>e.g. store_hygiene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="53"/>
        <location filename="../../ui/pages/templates/dialogs.py" line="60"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="54"/>
        <location filename="../../ui/pages/templates/dialogs.py" line="60"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="55"/>
        <location filename="../../ui/pages/templates/dialogs.py" line="60"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="56"/>
        <location filename="../../ui/pages/templates/dialogs.py" line="61"/>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="39"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="61"/>
        <source>Verification note (optional):</source>
        <translation>Verification note (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="62"/>
        <source>Why is it sent back? What still has to be done?</source>
        <translation>Why is it sent back? What still has to be done?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="63"/>
        <source>Why is the action cancelled?</source>
        <translation>Why is the action cancelled?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="64"/>
        <source>Note (optional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="66"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>NoteEdit</name>
    <message>
        <location filename="../../ui/widgets/note_edit.py" line="36"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_edit.py" line="37"/>
        <source>Enter starts a new line; Ctrl+Enter or Esc saves the note and leaves it; it is also saved when you move on.</source>
        <translation>Enter starts a new line; Ctrl+Enter or Esc saves the note and leaves it; it is also saved when you move on.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_edit.py" line="67"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_edit.py" line="71"/>
        <source>At most %1 characters: shorten the note to save it.</source>
        <translation>At most %1 characters: shorten the note to save it.</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="423"/>
        <source>Expected: %1</source>
        <translation>Expected: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="435"/>
        <source>Type a number, such as 12 or 0.5.</source>
        <translation>Type a number, such as 12 or 0.5.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="459"/>
        <source>Out of range (expected %1)</source>
        <translation>Out of range (expected %1)</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="259"/>
        <source>Open the store</source>
        <translation>Open the store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="269"/>
        <source>Open anyway (head-office override)</source>
        <translation>Open anyway (head-office override)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="271"/>
        <source>Why the store opens before its gates pass (required)</source>
        <translation>Why the store opens before its gates pass (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="273"/>
        <source>Every gate of %1 is passed. Open the store now? Its status becomes open, opened today, and the project is closed.</source>
        <translation>Every gate of %1 is passed. Open the store now? Its status becomes open, opened today, and the project is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="281"/>
        <source>验收合格方可营业: %1 cannot open before these gates are passed:</source>
        <translation>验收合格方可营业: %1 cannot open before these gates are passed:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="285"/>
        <source>%1 (due %2)</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="300"/>
        <source>Only head office can open a store before every gate is passed, with a written reason. Pass the gates first, or ask head office.</source>
        <translation>Only head office can open a store before every gate is passed, with a written reason. Pass the gates first, or ask head office.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="305"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>OpeningsPage</name>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="333"/>
        <source>New-store opening</source>
        <translation>New-store opening</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="341"/>
        <source>Store code or name (Ctrl+F)</source>
        <translation>Store code or name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="343"/>
        <source>Active projects</source>
        <translation>Active projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="343"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="344"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="344"/>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="350"/>
        <source>New project...</source>
        <translation>New project...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="352"/>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="353"/>
        <source>Move opening date...</source>
        <translation>Move opening date...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="355"/>
        <source>Open store...</source>
        <translation>Open store...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="356"/>
        <source>Cancel project...</source>
        <translation>Cancel project...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="361"/>
        <source>Countdown report (PDF)</source>
        <translation>Countdown report (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="376"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="376"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="376"/>
        <source>Opening day</source>
        <translation>Opening day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="376"/>
        <source>Days to opening</source>
        <translation>Days to opening</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <source>Gates passed</source>
        <translation>Gates passed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="377"/>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="408"/>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="409"/>
        <source>Reopen...</source>
        <translation>Reopen...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="410"/>
        <source>Notes and photos...</source>
        <translation>Notes and photos...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="411"/>
        <location filename="../../ui/pages/openings/page.py" line="874"/>
        <source>Start acceptance</source>
        <translation>Start acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="412"/>
        <location filename="../../ui/pages/openings/page.py" line="989"/>
        <source>View certificate</source>
        <translation>View certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="414"/>
        <location filename="../../ui/pages/openings/page.py" line="998"/>
        <source>Check gate</source>
        <translation>Check gate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="415"/>
        <source>Equipment page</source>
        <translation>Equipment page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="416"/>
        <source>Training sign-off...</source>
        <translation>Training sign-off...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="419"/>
        <location filename="../../ui/pages/openings/page.py" line="851"/>
        <source>Mark the selected milestone done (Space or Ctrl+Enter)</source>
        <translation>Mark the selected milestone done (Space or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="430"/>
        <location filename="../../ui/pages/openings/page.py" line="716"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="431"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="431"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="465"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="465"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="465"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="465"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="468"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="469"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="476"/>
        <source>Select a project to see its plan.</source>
        <translation>Select a project to see its plan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="540"/>
        <source>%1 of %2 milestones done</source>
        <translation>%1 of %2 milestones done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="546"/>
        <source>Gates due within 7 days and not passed: %1</source>
        <translation>Gates due within 7 days and not passed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="548"/>
        <source>Late: %1</source>
        <translation>Late: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="564"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="579"/>
        <source>No project matches the search. Clear it to see every project.</source>
        <translation>No project matches the search. Clear it to see every project.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="581"/>
        <source>No opening projects. Start one with New project... (Ctrl+N); opened and cancelled projects show under the status filter.</source>
        <translation>No opening projects. Start one with New project... (Ctrl+N); opened and cancelled projects show under the status filter.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="584"/>
        <source>No opening projects here. Start one with New project... (Ctrl+N).</source>
        <translation>No opening projects here. Start one with New project... (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="651"/>
        <location filename="../../ui/pages/openings/page.py" line="753"/>
        <source>Opening day %1</source>
        <translation>Opening day %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="654"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="656"/>
        <source>Franchisee: %1</source>
        <translation>Franchisee: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="657"/>
        <source>%1 of %2 milestones done · %3 of %4 gates passed</source>
        <translation>%1 of %2 milestones done · %3 of %4 gates passed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="665"/>
        <source>Opened by a head-office override: %1</source>
        <translation>Opened by a head-office override: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="676"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="682"/>
        <source>Not passed: start a new acceptance</source>
        <translation>Not passed: start a new acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="683"/>
        <source>Acceptance not started</source>
        <translation>Acceptance not started</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="686"/>
        <source>Acceptance in progress</source>
        <translation>Acceptance in progress</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="688"/>
        <source>Awaiting %n signature(s)</source>
        <translation>
            <numerusform>Awaiting %n signature</numerusform>
            <numerusform>Awaiting %n signatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="690"/>
        <source>Ready: check the gate</source>
        <translation>Ready: check the gate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="710"/>
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>Late by %n day</numerusform>
            <numerusform>Late by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="712"/>
        <source>A fixed date: it does not move with the opening day</source>
        <translation>A fixed date: it does not move with the opening day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="754"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="756"/>
        <source>%1 signed off</source>
        <translation>%1 signed off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="818"/>
        <location filename="../../ui/pages/openings/page.py" line="859"/>
        <source>Select a milestone.</source>
        <translation>Select a milestone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="820"/>
        <source>The project is %1: it can no longer change.</source>
        <translation>The project is %1: it can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="823"/>
        <source>A gate is passed by its acceptance or check, not by hand.</source>
        <translation>A gate is passed by its acceptance or check, not by hand.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="825"/>
        <source>This milestone is already done.</source>
        <translation>This milestone is already done.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="827"/>
        <location filename="../../ui/pages/openings/page.py" line="858"/>
        <source>Only the milestone&apos;s owners, the project owner, operations managers and head office can change it.</source>
        <translation>Only the milestone&apos;s owners, the project owner, operations managers and head office can change it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="831"/>
        <location filename="../../ui/pages/openings/page.py" line="880"/>
        <source>Finish these first: %1</source>
        <translation>Finish these first: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="838"/>
        <source>Select an active project.</source>
        <translation>Select an active project.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="843"/>
        <source>Move the opening day; open milestones move with it</source>
        <translation>Move the opening day; open milestones move with it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="844"/>
        <source>Open the store: every gate must have passed</source>
        <translation>Open the store: every gate must have passed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="845"/>
        <source>Stop this opening (a reason is required)</source>
        <translation>Stop this opening (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="856"/>
        <source>Undo the milestone (a passed gate must then pass again)</source>
        <translation>Undo the milestone (a passed gate must then pass again)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="857"/>
        <source>This milestone is not done.</source>
        <translation>This milestone is not done.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="77"/>
        <source>%n day(s) to go</source>
        <translation>
            <numerusform>%n day to go</numerusform>
            <numerusform>%n days to go</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="79"/>
        <source>Opens today</source>
        <translation>Opens today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="80"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="85"/>
        <source>Opened on %1</source>
        <translation>Opened on %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="113"/>
        <source>The store has no equipment in the register yet.</source>
        <translation>The store has no equipment in the register yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="115"/>
        <source>No staff or store manager is assigned to the store yet.</source>
        <translation>No staff or store manager is assigned to the store yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="117"/>
        <source>%n person(s) not signed off yet.</source>
        <translation>
            <numerusform>%n person not signed off yet.</numerusform>
            <numerusform>%n people not signed off yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="119"/>
        <source>%n item(s) not accepted yet.</source>
        <translation>
            <numerusform>%n item not accepted yet.</numerusform>
            <numerusform>%n items not accepted yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/openings/page.py" line="120"/>
        <source>%n still missing.</source>
        <translation>
            <numerusform>%n still missing.</numerusform>
            <numerusform>%n still missing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="266"/>
        <source>Sign now?</source>
        <translation>Sign now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="267"/>
        <source>The fit-out acceptance is complete. Sign it now? The contractor, the store manager and the supervisor each sign; once all three have signed it is frozen and the gate takes the result.</source>
        <translation>The fit-out acceptance is complete. Sign it now? The contractor, the store manager and the supervisor each sign; once all three have signed it is frozen and the gate takes the result.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="363"/>
        <source>The opening countdown of the selected project as a PDF, plain or signed</source>
        <translation>The opening countdown of the selected project as a PDF, plain or signed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="861"/>
        <source>The milestone&apos;s note and evidence photos (Enter)</source>
        <translation>The milestone&apos;s note and evidence photos (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="874"/>
        <source>Continue acceptance</source>
        <translation>Continue acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="879"/>
        <location filename="../../ui/pages/openings/page.py" line="890"/>
        <source>The gate has passed.</source>
        <translation>The gate has passed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="881"/>
        <source>The fit-out acceptance in the runner, then the contractor, the store manager and the supervisor sign</source>
        <translation>The fit-out acceptance in the runner, then the contractor, the store manager and the supervisor sign</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="886"/>
        <source>The signed fit-out acceptance certificate as a PDF</source>
        <translation>The signed fit-out acceptance certificate as a PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="887"/>
        <source>The certificate is there once the acceptance is signed and the gate passed.</source>
        <translation>The certificate is there once the acceptance is signed and the gate passed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="891"/>
        <source>Pass the gate when every item of the store&apos;s equipment register has passed its acceptance</source>
        <translation>Pass the gate when every item of the store&apos;s equipment register has passed its acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="892"/>
        <source>The store&apos;s equipment and their acceptances</source>
        <translation>The store&apos;s equipment and their acceptances</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="895"/>
        <source>Sign off each clerk: can operate the till and introduce the products</source>
        <translation>Sign off each clerk: can operate the till and introduce the products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="924"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="927"/>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="935"/>
        <source>Reopen %1? It counts as not done again.</source>
        <translation>Reopen %1? It counts as not done again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="937"/>
        <source>The gate must then pass again by its own rule.</source>
        <translation>The gate must then pass again by its own rule.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="938"/>
        <location filename="../../ui/pages/openings/page.py" line="943"/>
        <source>Reopen milestone</source>
        <translation>Reopen milestone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="945"/>
        <source>Reopened: %1</source>
        <translation>Reopened: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="956"/>
        <source>Notes and photos</source>
        <translation>Notes and photos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="971"/>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="975"/>
        <location filename="../../ui/pages/openings/page.py" line="1001"/>
        <source>Gate passed: %1</source>
        <translation>Gate passed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1024"/>
        <source>Training sign-off</source>
        <translation>Training sign-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1047"/>
        <source>Opening project for %1 started.</source>
        <translation>Opening project for %1 started.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1051"/>
        <source>Project %1 saved.</source>
        <translation>Project %1 saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1055"/>
        <source>Opening day of %1 moved.</source>
        <translation>Opening day of %1 moved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1059"/>
        <source>Store %1 is open.</source>
        <translation>Store %1 is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/page.py" line="1063"/>
        <source>Project %1 cancelled.</source>
        <translation>Project %1 cancelled.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="225"/>
        <location filename="../../ui/operations.py" line="478"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations.py" line="462"/>
        <source>Waiting for %n background job(s) to finish...</source>
        <translation>
            <numerusform>Waiting for %n background job to finish...</numerusform>
            <numerusform>Waiting for %n background jobs to finish...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="481"/>
        <source>Background jobs</source>
        <translation>Background jobs</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="31"/>
        <source>Unlock your signing key</source>
        <translation>Unlock your signing key</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="33"/>
        <source>This decision is signed with your personal key. Enter its passphrase; the key stays unlocked until you lock the app or switch user.</source>
        <translation>This decision is signed with your personal key. Enter its passphrase; the key stays unlocked until you lock the app or switch user.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="44"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="54"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_key.py" line="59"/>
        <source>Your signing identity on this computer cannot be used (its certificate does not fit its key).</source>
        <translation>Your signing identity on this computer cannot be used (its certificate does not fit its key).</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="512"/>
        <source>Answer with one or more photos.</source>
        <translation>Answer with one or more photos.</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="393"/>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="394"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoThumb</name>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="355"/>
        <source>%1 — click to view at full size</source>
        <translation>%1 — click to view at full size</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="154"/>
        <source>Previous photo (Left)</source>
        <translation>Previous photo (Left)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="157"/>
        <source>Next photo (Right)</source>
        <translation>Next photo (Right)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="159"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="160"/>
        <source>Fit the photo to the window (0)</source>
        <translation>Fit the photo to the window (0)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="163"/>
        <source>Actual size (1)</source>
        <translation>Actual size (1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="169"/>
        <source>Ctrl+wheel or +/- zoom · drag to pan · Esc closes</source>
        <translation>Ctrl+wheel or +/- zoom · drag to pan · Esc closes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="218"/>
        <source>No photo.</source>
        <translation>No photo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="225"/>
        <source>Loading %1...</source>
        <translation>Loading %1...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="241"/>
        <source>This photo cannot be shown: %1</source>
        <translation>This photo cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="263"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="103"/>
        <source>Reload the plan</source>
        <translation>Reload the plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="114"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="126"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="127"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="128"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="129"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="130"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="131"/>
        <source>Content hash</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="342"/>
        <source>%1 per store a day</source>
        <translation>%1 per store a day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="345"/>
        <source>%1 per store</source>
        <translation>%1 per store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="347"/>
        <source>%1 in total</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="350"/>
        <source>quota: %1</source>
        <translation>quota: %1</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="363"/>
        <source>New promotion plan</source>
        <translation>New promotion plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="364"/>
        <source>Edit promotion plan %1</source>
        <translation>Edit promotion plan %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="381"/>
        <source>This plan is waiting for a decision: once you save a change it must be submitted again.</source>
        <translation>This plan is waiting for a decision: once you save a change it must be submitted again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="396"/>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="398"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="379"/>
        <source>This plan is approved: once you save a change it must be submitted and approved again.</source>
        <translation>This plan is approved: once you save a change it must be submitted and approved again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="412"/>
        <source>For example: Grand opening week</source>
        <translation>For example: Grand opening week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="415"/>
        <source>(retired)</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="416"/>
        <source>Price promotion: it changes prices, so it must be approved before it starts</source>
        <translation>Price promotion: it changes prices, so it must be approved before it starts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="433"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="439"/>
        <source>optional: the hours of each day the offer holds</source>
        <translation>optional: the hours of each day the offer holds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="442"/>
        <source>What the promotion is for, how it runs, what stores must know</source>
        <translation>What the promotion is for, how it runs, what stores must know</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="445"/>
        <location filename="../../ui/pages/promotions/editor.py" line="847"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="446"/>
        <location filename="../../ui/pages/promotions/editor.py" line="847"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="448"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="449"/>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="450"/>
        <location filename="../../ui/pages/promotions/editor.py" line="559"/>
        <location filename="../../ui/pages/promotions/editor.py" line="851"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="453"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="464"/>
        <source>Find a store, region or area</source>
        <translation>Find a store, region or area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="468"/>
        <source>Region, area and store</source>
        <translation>Region, area and store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="468"/>
        <location filename="../../ui/pages/promotions/editor.py" line="541"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="476"/>
        <source>All franchise stores</source>
        <translation>All franchise stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="478"/>
        <source>All company-owned stores</source>
        <translation>All company-owned stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="480"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="498"/>
        <source>for example: footfall</source>
        <translation>for example: footfall</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="509"/>
        <source>Sales (yuan)</source>
        <translation>Sales (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="531"/>
        <source>Price (yuan)</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="560"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="780"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="502"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="503"/>
        <location filename="../../ui/pages/promotions/editor.py" line="853"/>
        <source>Custom measure</source>
        <translation>Custom measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="505"/>
        <location filename="../../ui/pages/promotions/editor.py" line="544"/>
        <location filename="../../ui/pages/promotions/editor.py" line="854"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="508"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="510"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="511"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="512"/>
        <location filename="../../ui/pages/promotions/editor.py" line="695"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="515"/>
        <source>Targets of each chosen store (leave a cell empty for no target)</source>
        <translation>Targets of each chosen store (leave a cell empty for no target)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="521"/>
        <source>Stores and targets</source>
        <translation>Stores and targets</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="526"/>
        <source>Offer tiers</source>
        <translation>Offer tiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="529"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="530"/>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="532"/>
        <source>Quota / store / day</source>
        <translation>Quota / store / day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="533"/>
        <source>Quota / store</source>
        <translation>Quota / store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="534"/>
        <source>Quota in total</source>
        <translation>Quota in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="534"/>
        <source>Add tier</source>
        <translation>Add tier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="535"/>
        <source>One row per offer: who qualifies, what they get, the price if any, and how many may have it (empty: no limit).</source>
        <translation>One row per offer: who qualifies, what they get, the price if any, and how many may have it (empty: no limit).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="538"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="542"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="543"/>
        <source>Quantity per store</source>
        <translation>Quantity per store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="545"/>
        <source>Deliver by</source>
        <translation>Deliver by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="545"/>
        <source>Add material</source>
        <translation>Add material</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="551"/>
        <source>Offer and materials</source>
        <translation>Offer and materials</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="557"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="561"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="561"/>
        <location filename="../../ui/pages/promotions/editor.py" line="684"/>
        <location filename="../../ui/pages/promotions/editor.py" line="791"/>
        <source>Whole plan</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="562"/>
        <source>Add budget line</source>
        <translation>Add budget line</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="564"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="573"/>
        <source>Budget in total</source>
        <translation>Budget in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="574"/>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="575"/>
        <source>By store</source>
        <translation>By store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="578"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/editor.py" line="682"/>
        <source>%n store(s) chosen</source>
        <translation>
            <numerusform>%n store chosen</numerusform>
            <numerusform>%n stores chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/editor.py" line="683"/>
        <source>%n franchise store(s)</source>
        <translation>
            <numerusform>%n franchise store</numerusform>
            <numerusform>%n franchise stores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/editor.py" line="712"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="714"/>
        <source>the end is before the start</source>
        <translation>the end is before the start</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/editor.py" line="782"/>
        <source>(%n line(s) with an amount that is not a number left out)</source>
        <translation>
            <numerusform>(%n line with an amount that is not a number left out)</numerusform>
            <numerusform>(%n lines with an amount that is not a number left out)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="848"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="848"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="849"/>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="850"/>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="852"/>
        <source>Target stores</source>
        <translation>Target stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="857"/>
        <source>Target store %1</source>
        <translation>Target store %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="857"/>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="858"/>
        <source>Material %1</source>
        <translation>Material %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="859"/>
        <source>Budget line %1</source>
        <translation>Budget line %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="879"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="73"/>
        <location filename="../../ui/pages/visits/page.py" line="168"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="76"/>
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="77"/>
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="78"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="79"/>
        <source>Plan visit…</source>
        <translation>Plan visit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="86"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="118"/>
        <source>Drag a store onto a day to plan it; drag a visit to another day to move it. Double-click a visit to open its log.</source>
        <translation>Drag a store onto a day to plan it; drag a visit to another day to move it. Double-click a visit to open its log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="209"/>
        <source>Not planned this week (%1)</source>
        <translation>Not planned this week (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="229"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="230"/>
        <source>This visit has already started; it stays on its own day.</source>
        <translation>This visit has already started; it stays on its own day.</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="48"/>
        <source>Plan a visit</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="64"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="69"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="65"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="66"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="69"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="48"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="79"/>
        <location filename="../../ui/widgets/reports.py" line="52"/>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="87"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="89"/>
        <source>Grades: %1</source>
        <translation>Grades: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="93"/>
        <source>Scoring: N/A and unanswered optional items leave the maximum; a section&apos;s points and maximum are multiplied by its weight; points are exact and rounded once, to two places, and the grade is decided on the exact percent; a failed veto item fails the inspection.</source>
        <translation>Scoring: N/A and unanswered optional items leave the maximum; a section&apos;s points and maximum are multiplied by its weight; points are exact and rounded once, to two places, and the grade is decided on the exact percent; a failed veto item fails the inspection.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="103"/>
        <source>weight ×%1</source>
        <translation>weight ×%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="108"/>
        <source>(no items)</source>
        <translation>(no items)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="117"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="134"/>
        <source>Photo on fail</source>
        <translation>Photo on fail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="137"/>
        <source>N/A not allowed</source>
        <translation>N/A not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="164"/>
        <source>Recorded, not scored.</source>
        <translation>Recorded, not scored.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="166"/>
        <source>Pass earns %1 points, fail earns 0 and fails.</source>
        <translation>Pass earns %1 points, fail earns 0 and fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="169"/>
        <source>Earns %1 × rating / %2; a rating below %3 fails.</source>
        <translation>Earns %1 × rating / %2; a rating below %3 fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="174"/>
        <source>Inside [%1, %2] earns %3 points; outside earns 0 and fails.</source>
        <translation>Inside [%1, %2] earns %3 points; outside earns 0 and fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="178"/>
        <source>fails</source>
        <translation>fails</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="184"/>
        <source>Earns %1 × the option&apos;s points / %2 (the best option); an option marked fails, or worth 0 when others are worth more, fails.</source>
        <translation>Earns %1 × the option&apos;s points / %2 (the best option); an option marked fails, or worth 0 when others are worth more, fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="189"/>
        <source>Earns %1 × (the chosen options&apos; points, negative ones subtracting, at least 0) / %2 (all positive points); a chosen option marked fails, or earning nothing, fails.</source>
        <translation>Earns %1 × (the chosen options&apos; points, negative ones subtracting, at least 0) / %2 (all positive points); a chosen option marked fails, or earning nothing, fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="192"/>
        <source>Options: %1</source>
        <translation>Options: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/dialogs.py" line="195"/>
        <source>Weight 0: adds nothing to the points or the maximum.</source>
        <translation>Weight 0: adds nothing to the points or the maximum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/reports.py" line="61"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="62"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="64"/>
        <source>Save...</source>
        <translation>Save...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="77"/>
        <location filename="../../ui/widgets/reports.py" line="86"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="78"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="86"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>PromotionCalendar</name>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="258"/>
        <source>Previous month (PgUp)</source>
        <translation>Previous month (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="261"/>
        <source>Next month (PgDown)</source>
        <translation>Next month (PgDown)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="263"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="362"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="362"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="362"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="363"/>
        <source>returned or in clash</source>
        <translation>returned or in clash</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="363"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="366"/>
        <source>overlaps another approved plan</source>
        <translation>overlaps another approved plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="372"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="378"/>
        <source>Overlaps approved plan %1 here from %2 to %3</source>
        <translation>Overlaps approved plan %1 here from %2 to %3</translation>
    </message>
</context>
<context>
    <name>PromotionLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="491"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="492"/>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="493"/>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="494"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="495"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="496"/>
        <source>Clash</source>
        <translation>Clash</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="497"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="498"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="499"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="500"/>
        <source>Reviewed and closed</source>
        <translation>Reviewed and closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="501"/>
        <location filename="../../ui/labels.py" line="511"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="508"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="509"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="510"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="512"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="513"/>
        <source>Review written</source>
        <translation>Review written</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="520"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="521"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="522"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="529"/>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="530"/>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="531"/>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="532"/>
        <source>Display prop</source>
        <translation>Display prop</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="533"/>
        <location filename="../../ui/labels.py" line="544"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="540"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="541"/>
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="543"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="551"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="552"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="553"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="554"/>
        <source>Custom measure</source>
        <translation>Custom measure</translation>
    </message>
</context>
<context>
    <name>PromotionsPage</name>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="132"/>
        <source>%1 approved</source>
        <translation>%1 approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="134"/>
        <source>%1 rejected</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="138"/>
        <source>Conflicting %1 decisions: %2 — decide again at %1</source>
        <translation>Conflicting %1 decisions: %2 — decide again at %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="139"/>
        <location filename="../../ui/pages/promotions/page.py" line="879"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="143"/>
        <source>The content was changed after it was submitted: submit it again for approval</source>
        <translation>The content was changed after it was submitted: submit it again for approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="224"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="247"/>
        <source>Theme or code (Ctrl+F)</source>
        <translation>Theme or code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="251"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="252"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="260"/>
        <source>The plans as a list (Ctrl+Shift+L)</source>
        <translation>The plans as a list (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="261"/>
        <source>The plans of a month by store and day (Ctrl+Shift+M)</source>
        <translation>The plans of a month by store and day (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="273"/>
        <source>New plan...</source>
        <translation>New plan...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="274"/>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="275"/>
        <source>Submit...</source>
        <translation>Submit...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="276"/>
        <source>Review...</source>
        <translation>Review...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="277"/>
        <source>Approve...</source>
        <translation>Approve...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="278"/>
        <source>Cancel plan...</source>
        <translation>Cancel plan...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="279"/>
        <source>Close with review...</source>
        <translation>Close with review...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="284"/>
        <source>Plan PDF</source>
        <translation>Plan PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="286"/>
        <source>The promotion plan with its approval trail and acknowledgements as a PDF, plain or signed</source>
        <translation>The promotion plan with its approval trail and acknowledgements as a PDF, plain or signed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="290"/>
        <source>Review PDF</source>
        <translation>Review PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="292"/>
        <source>Targets against results by store and region, budget used, execution scores and lessons as a PDF, plain or signed</source>
        <translation>Targets against results by store and region, budget used, execution scores and lessons as a PDF, plain or signed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="388"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="653"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="654"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="655"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="309"/>
        <location filename="../../ui/pages/promotions/page.py" line="434"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="310"/>
        <source>Budget (yuan)</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="310"/>
        <location filename="../../ui/pages/promotions/page.py" line="406"/>
        <location filename="../../ui/pages/promotions/page.py" line="665"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="310"/>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="310"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="353"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="353"/>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="353"/>
        <source>Price (yuan)</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="354"/>
        <source>Quota per store a day</source>
        <translation>Quota per store a day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="354"/>
        <source>Quota per store</source>
        <translation>Quota per store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="355"/>
        <source>Quota in total</source>
        <translation>Quota in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="357"/>
        <location filename="../../ui/pages/promotions/page.py" line="388"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="357"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="357"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="358"/>
        <source>Deliver by</source>
        <translation>Deliver by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="360"/>
        <source>Offer tiers</source>
        <translation>Offer tiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="362"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="367"/>
        <location filename="../../ui/pages/promotions/page.py" line="370"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="367"/>
        <location filename="../../ui/pages/promotions/page.py" line="684"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="367"/>
        <location filename="../../ui/pages/promotions/page.py" line="372"/>
        <location filename="../../ui/pages/promotions/page.py" line="388"/>
        <location filename="../../ui/pages/promotions/page.py" line="406"/>
        <location filename="../../ui/pages/promotions/page.py" line="424"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="368"/>
        <location filename="../../ui/pages/promotions/page.py" line="370"/>
        <location filename="../../ui/pages/promotions/page.py" line="372"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="385"/>
        <source>Acknowledge...</source>
        <translation>Acknowledge...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="388"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="389"/>
        <source>Sales target</source>
        <translation>Sales target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="389"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="389"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="390"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="390"/>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="396"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="396"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="396"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="396"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="397"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="403"/>
        <location filename="../../ui/pages/promotions/page.py" line="992"/>
        <location filename="../../ui/pages/promotions/page.py" line="1145"/>
        <source>Start check</source>
        <translation>Start check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="406"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="406"/>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="407"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="417"/>
        <source>Enter results...</source>
        <translation>Enter results...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="419"/>
        <source>Import results...</source>
        <translation>Import results...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="431"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="432"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="433"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="435"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="436"/>
        <source>Execution</source>
        <translation>Execution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="437"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="451"/>
        <source>Select a plan to see it.</source>
        <translation>Select a plan to see it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="516"/>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="520"/>
        <location filename="../../ui/pages/promotions/page.py" line="658"/>
        <source>Price promotion</source>
        <translation>Price promotion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="529"/>
        <source>%1 of %2 franchise stores have acknowledged the plan</source>
        <translation>%1 of %2 franchise stores have acknowledged the plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/page.py" line="534"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="549"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="553"/>
        <source>Show every plan</source>
        <translation>Show every plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="554"/>
        <source>Show only the plans with this status</source>
        <translation>Show only the plans with this status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="566"/>
        <source>No plan matches the filter. Clear the search or click All to see every plan.</source>
        <translation>No plan matches the filter. Clear the search or click All to see every plan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="568"/>
        <source>No promotion plans yet. Draw one up with New plan... (Ctrl+N).</source>
        <translation>No promotion plans yet. Draw one up with New plan... (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/page.py" line="634"/>
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n store</numerusform>
            <numerusform>%n stores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="635"/>
        <source>Budget %1 yuan</source>
        <translation>Budget %1 yuan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="639"/>
        <location filename="../../ui/pages/promotions/page.py" line="664"/>
        <source>waiting for %1</source>
        <translation>waiting for %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="656"/>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="657"/>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="658"/>
        <source>Yes: it runs only once approved</source>
        <translation>Yes: it runs only once approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="659"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="667"/>
        <source>Returned because</source>
        <translation>Returned because</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="669"/>
        <source>Cancelled because</source>
        <translation>Cancelled because</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="671"/>
        <source>Custom measure</source>
        <translation>Custom measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="678"/>
        <source>Overlaps at %1 with the approved plan %2 (%3 – %4)</source>
        <translation>Overlaps at %1 with the approved plan %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="687"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="689"/>
        <source>Content hash %1</source>
        <translation>Content hash %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="704"/>
        <source>Whole plan</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="718"/>
        <source>Total %1 yuan</source>
        <translation>Total %1 yuan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="730"/>
        <source>Signed by %1 on %2</source>
        <translation>Signed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="733"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="733"/>
        <source>Once approved</source>
        <translation>Once approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="764"/>
        <source>Made on another version of the plan, or not at its level: it had no effect</source>
        <translation>Made on another version of the plan, or not at its level: it had no effect</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="800"/>
        <source>No check yet</source>
        <translation>No check yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="819"/>
        <source>Store / region</source>
        <translation>Store / region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="822"/>
        <source>%1 target</source>
        <translation>%1 target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="822"/>
        <source>%1 actual</source>
        <translation>%1 actual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="823"/>
        <source>%1 variance</source>
        <translation>%1 variance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="823"/>
        <source>%1 achieved</source>
        <translation>%1 achieved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="824"/>
        <source>Gifts given</source>
        <translation>Gifts given</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="824"/>
        <source>Budget planned</source>
        <translation>Budget planned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="824"/>
        <source>Budget spent</source>
        <translation>Budget spent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="824"/>
        <source>Check score</source>
        <translation>Check score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="855"/>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="857"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="879"/>
        <source>Only %1 can do this.</source>
        <translation>Only %1 can do this.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="888"/>
        <source>Select a plan.</source>
        <translation>Select a plan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="892"/>
        <location filename="../../ui/pages/promotions/page.py" line="913"/>
        <source>The plan is %1: it can no longer change.</source>
        <translation>The plan is %1: it can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="902"/>
        <source>Only a draft, returned or changed plan is submitted (this one is %1).</source>
        <translation>Only a draft, returned or changed plan is submitted (this one is %1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="909"/>
        <source>The plan is not waiting for %1 (it is %2).</source>
        <translation>The plan is not waiting for %1 (it is %2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="916"/>
        <source>Only the plan&apos;s proposer, operations managers and head office can cancel it.</source>
        <translation>Only the plan&apos;s proposer, operations managers and head office can cancel it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="922"/>
        <source>Only an approved plan is closed with its review (this one is %1).</source>
        <translation>Only an approved plan is closed with its review (this one is %1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="927"/>
        <source>A franchise store acknowledges the plan once it is approved.</source>
        <translation>A franchise store acknowledges the plan once it is approved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="930"/>
        <source>Select a store on the Stores tab.</source>
        <translation>Select a store on the Stores tab.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="933"/>
        <source>Only a franchise store acknowledges a plan.</source>
        <translation>Only a franchise store acknowledges a plan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="935"/>
        <source>Only the store manager of this franchise store can acknowledge the plan.</source>
        <translation>Only the store manager of this franchise store can acknowledge the plan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="937"/>
        <source>This store has already acknowledged the plan as it is now.</source>
        <translation>This store has already acknowledged the plan as it is now.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="942"/>
        <source>Select a store on the Execution tab.</source>
        <translation>Select a store on the Execution tab.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="947"/>
        <source>A price promotion is checked only once approved.</source>
        <translation>A price promotion is checked only once approved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="948"/>
        <source>The plan is checked once it is submitted.</source>
        <translation>The plan is checked once it is submitted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="950"/>
        <source>Checks are made during the promotion&apos;s period (%1 to %2).</source>
        <translation>Checks are made during the promotion&apos;s period (%1 to %2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="955"/>
        <source>Results are for a plan that ran (this one is %1).</source>
        <translation>Results are for a plan that ran (this one is %1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="958"/>
        <source>The promotion has not started yet (it starts on %1).</source>
        <translation>The promotion has not started yet (it starts on %1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="961"/>
        <source>Select a store&apos;s row on the Results tab.</source>
        <translation>Select a store&apos;s row on the Results tab.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="968"/>
        <source>Draw up a new promotion plan (Ctrl+N)</source>
        <translation>Draw up a new promotion plan (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="969"/>
        <source>Change the plan (F2); a submitted or approved plan must then be approved again</source>
        <translation>Change the plan (F2); a submitted or approved plan must then be approved again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="970"/>
        <source>Put the plan forward for review (Ctrl+Shift+S)</source>
        <translation>Put the plan forward for review (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="971"/>
        <source>Review the plan: approve or reject with a reason (Ctrl+Shift+R)</source>
        <translation>Review the plan: approve or reject with a reason (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="972"/>
        <source>Approve or reject the reviewed plan (Ctrl+Shift+A)</source>
        <translation>Approve or reject the reviewed plan (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="974"/>
        <source>Close the approved plan with its review: the lessons learnt</source>
        <translation>Close the approved plan with its review: the lessons learnt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="973"/>
        <source>Call the plan off (a reason is required)</source>
        <translation>Call the plan off (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="975"/>
        <source>Sign the approved plan for the selected franchise store (Ctrl+Shift+K)</source>
        <translation>Sign the approved plan for the selected franchise store (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="976"/>
        <source>The execution check of the selected store in the runner, then signed (Ctrl+Shift+E)</source>
        <translation>The execution check of the selected store in the runner, then signed (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="977"/>
        <source>Type the selected store&apos;s results (Ctrl+Shift+T)</source>
        <translation>Type the selected store&apos;s results (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="978"/>
        <source>Import the stores&apos; results from a till export, Excel or CSV (Ctrl+Shift+I)</source>
        <translation>Import the stores&apos; results from a till export, Excel or CSV (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="992"/>
        <source>Continue check</source>
        <translation>Continue check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1011"/>
        <source>The calendar is not available.</source>
        <translation>The calendar is not available.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1075"/>
        <source>Plan %1 drawn up.</source>
        <translation>Plan %1 drawn up.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1085"/>
        <source>Edit an approved plan</source>
        <translation>Edit an approved plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1086"/>
        <source>Plan %1 is approved. Once its content changes it must be submitted, reviewed and approved again, and the franchise stores acknowledge it again. Edit it?</source>
        <translation>Plan %1 is approved. Once its content changes it must be submitted, reviewed and approved again, and the franchise stores acknowledge it again. Edit it?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1091"/>
        <source>Edit a submitted plan</source>
        <translation>Edit a submitted plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1092"/>
        <source>Plan %1 is under review. Once its content changes it must be submitted again. Edit it?</source>
        <translation>Plan %1 is under review. Once its content changes it must be submitted again. Edit it?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1098"/>
        <source>Plan %1 saved.</source>
        <translation>Plan %1 saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1112"/>
        <source>Plan %1: %2.</source>
        <translation>Plan %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1126"/>
        <source>%1 acknowledged plan %2.</source>
        <translation>%1 acknowledged plan %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1152"/>
        <source>Execution check of %1 saved.</source>
        <translation>Execution check of %1 saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/page.py" line="1178"/>
        <source>Results of %1 saved.</source>
        <translation>Results of %1 saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/promotions/page.py" line="1190"/>
        <source>Results of %n store(s) imported.</source>
        <translation>
            <numerusform>Results of %n store imported.</numerusform>
            <numerusform>Results of %n stores imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsButton</name>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="172"/>
        <source>Corrective action proposals...</source>
        <translation>Corrective action proposals...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="184"/>
        <source>Turn the failed items into corrective actions</source>
        <translation>Turn the failed items into corrective actions</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="185"/>
        <source>Every failed item already has a corrective action.</source>
        <translation>Every failed item already has a corrective action.</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="49"/>
        <source>Corrective actions for the failed items</source>
        <translation>Corrective actions for the failed items</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="51"/>
        <source>Each failed item becomes a corrective action for the store. Edit them, merge several into one, or untick the ones you do not want, then create them.</source>
        <translation>Each failed item becomes a corrective action for the store. Edit them, merge several into one, or untick the ones you do not want, then create them.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="55"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="55"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="55"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="56"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="56"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="56"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="65"/>
        <source>Merge selected</source>
        <translation>Merge selected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="67"/>
        <source>Create none</source>
        <translation>Create none</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="69"/>
        <source>Create ticked actions</source>
        <translation>Create ticked actions</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="106"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="115"/>
        <source>[repeat ×%1] </source>
        <translation>[repeat ×%1] </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/proposals.py" line="139"/>
        <source>Select two or more rows to merge them into one action.</source>
        <translation>Select two or more rows to merge them into one action.</translation>
    </message>
</context>
<context>
    <name>RecheckCard</name>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="294"/>
        <source>Due %1 · %2 · %3</source>
        <translation>Due %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="298"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="299"/>
        <source>Not fixed</source>
        <translation>Not fixed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="305"/>
        <source>What you saw (optional)</source>
        <translation>What you saw (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="328"/>
        <source>Action now: %1</source>
        <translation>Action now: %1</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="187"/>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="189"/>
        <source>New area in %1</source>
        <translation>New area in %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="191"/>
        <source>New region</source>
        <translation>New region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="198"/>
        <source>e.g. SH</source>
        <translation>e.g. SH</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="203"/>
        <location filename="../../ui/pages/stores.py" line="205"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="204"/>
        <location filename="../../ui/pages/stores.py" line="205"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="29"/>
        <source>Exported at</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="38"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="46"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="47"/>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, opens in Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="49"/>
        <location filename="../../ui/widgets/register_export.py" line="107"/>
        <source>Export register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="62"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="66"/>
        <source>Export the list as shown (its filters) to Excel or CSV</source>
        <translation>Export the list as shown (its filters) to Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="114"/>
        <source>Exporting to %1...</source>
        <translation>Exporting to %1...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/register_export.py" line="122"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="130"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_export.py" line="134"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="38"/>
        <source>Corrective actions due</source>
        <translation>Corrective actions due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="39"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="39"/>
        <source>Opening milestones due</source>
        <translation>Opening milestones due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="42"/>
        <source>You have %1 corrective action(s) overdue and %2 due within three days.</source>
        <translation>You have %1 corrective action(s) overdue and %2 due within three days.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="47"/>
        <location filename="../../ui/widgets/reminders.py" line="92"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="47"/>
        <location filename="../../ui/widgets/reminders.py" line="92"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="47"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="48"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="51"/>
        <source>%1 (overdue %2 d)</source>
        <translation>%1 (overdue %2 d)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="62"/>
        <location filename="../../ui/widgets/reminders.py" line="113"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="64"/>
        <source>Open the action register</source>
        <translation>Open the action register</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="86"/>
        <source>You have %1 opening milestone(s) late and %2 due within three days.</source>
        <translation>You have %1 opening milestone(s) late and %2 due within three days.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="92"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="92"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="95"/>
        <source>%1 (late %2 d)</source>
        <translation>%1 (late %2 d)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminders.py" line="115"/>
        <source>Open 新店筹备</source>
        <translation>Open 新店筹备</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/widgets/reports.py" line="156"/>
        <source>Building the report...</source>
        <translation>Building the report...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="152"/>
        <location filename="../../ui/widgets/reports.py" line="177"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
</context>
<context>
    <name>ReportFaultDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="134"/>
        <source>Report a fault</source>
        <translation>Report a fault</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="135"/>
        <source>Report fault</source>
        <translation>Report fault</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="144"/>
        <source>What is wrong? (e.g. no cold air, error code E4)</source>
        <translation>What is wrong? (e.g. no cold air, error code E4)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="151"/>
        <source>Add photos...</source>
        <translation>Add photos...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="154"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="165"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="166"/>
        <location filename="../../ui/pages/equipment/faults.py" line="172"/>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="167"/>
        <location filename="../../ui/pages/equipment/faults.py" line="172"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/faults.py" line="168"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="16"/>
        <source>Signatures &amp; reports</source>
        <translation>Signatures &amp; reports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="19"/>
        <source>PDF reports are exported where the record is: a completed inspection (Inspections → View), the daily checklists, the corrective-action register, a visit and the week plan (Visit logs). Each offers Export PDF and Export signed PDF; a preview opens before you save.

A completed inspection is signed by the supervisor and the store manager in its view; it is then frozen. Your digital signing identity and the head-office CA are in Settings → Signing.</source>
        <translation>PDF reports are exported where the record is: a completed inspection (Inspections → View), the daily checklists, the corrective-action register, a visit and the week plan (Visit logs). Each offers Export PDF and Export signed PDF; a preview opens before you save.

A completed inspection is signed by the supervisor and the store manager in its view; it is then frozen. Your digital signing identity and the head-office CA are in Settings → Signing.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="26"/>
        <source>Verify a signed PDF...</source>
        <translation>Verify a signed PDF...</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="360"/>
        <source>Results of a store</source>
        <translation>Results of a store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="360"/>
        <source>Save results</source>
        <translation>Save results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="367"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="368"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="369"/>
        <source>Custom measure</source>
        <translation>Custom measure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="372"/>
        <source>Sales (yuan)</source>
        <translation>Sales (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="380"/>
        <source>Budget spent (yuan)</source>
        <translation>Budget spent (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="373"/>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="375"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="379"/>
        <source>Gifts given</source>
        <translation>Gifts given</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/dialogs.py" line="396"/>
        <source>Note (optional): weather, a competitor, stock-outs …</source>
        <translation>Note (optional): weather, a competitor, stock-outs …</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="165"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="166"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="167"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="168"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="180"/>
        <source>Add a row (Ins)</source>
        <translation>Add a row (Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="181"/>
        <source>Remove the current row (Del)</source>
        <translation>Remove the current row (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="182"/>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>Move the current row up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/promotions/editor.py" line="183"/>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>Move the current row down (Ctrl+Down)</translation>
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
        <translation>Sign...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="217"/>
        <source>Correct...</source>
        <translation>Correct...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="218"/>
        <source>A signed inspection is frozen: a correction is a new inspection that supersedes it; both stay visible.</source>
        <translation>A signed inspection is frozen: a correction is a new inspection that supersedes it; both stay visible.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="225"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="263"/>
        <source>%1 (%2) signed %3</source>
        <translation>%1 (%2) signed %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="266"/>
        <source> (no account)</source>
        <translation> (no account)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="268"/>
        <source>, collected by %1</source>
        <translation>, collected by %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="270"/>
        <source> — the content changed after signing</source>
        <translation> — the content changed after signing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="274"/>
        <source>Signed and frozen.</source>
        <translation>Signed and frozen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="276"/>
        <source>Superseded by a correction.</source>
        <translation>Superseded by a correction.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="278"/>
        <source>Still to sign: %1</source>
        <translation>Still to sign: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="283"/>
        <source>You have no role left to sign here: the store manager signs under their own account.</source>
        <translation>You have no role left to sign here: the store manager signs under their own account.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="310"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="310"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="311"/>
        <source>A veto item failed: the inspection fails.</source>
        <translation>A veto item failed: the inspection fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="312"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="312"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="312"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="313"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="314"/>
        <source>veto item</source>
        <translation>veto item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="314"/>
        <source>repeat finding</source>
        <translation>repeat finding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="314"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="315"/>
        <source>No failed items.</source>
        <translation>No failed items.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="316"/>
        <source>Compared with the previous inspection</source>
        <translation>Compared with the previous inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="317"/>
        <source>This is the first completed inspection of this template at the store.</source>
        <translation>This is the first completed inspection of this template at the store.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="330"/>
        <source>Previous (%1)</source>
        <translation>Previous (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="342"/>
        <source>Failed items (%1)</source>
        <translation>Failed items (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="361"/>
        <source>New findings</source>
        <translation>New findings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="362"/>
        <source>Failed again</source>
        <translation>Failed again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="363"/>
        <source>Fixed since</source>
        <translation>Fixed since</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="278"/>
        <location filename="../../ui/pages/inspections.py" line="364"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/widgets/runner.py" line="56"/>
        <source>Fail (veto)</source>
        <translation>Fail (veto)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="62"/>
        <source>No score yet</source>
        <translation>No score yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="63"/>
        <source>Score %1 / %2 · %3% · grade %4</source>
        <translation>Score %1 / %2 · %3% · grade %4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/item_cards.py" line="262"/>
        <source>Corrective action for a failed item</source>
        <translation>Corrective action for a failed item</translation>
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
        <translation>Every answer is saved as you give it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="169"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="170"/>
        <source>Complete the inspection (Ctrl+Enter)</source>
        <translation>Complete the inspection (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="172"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="534"/>
        <source>Photo not added</source>
        <translation>Photo not added</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="502"/>
        <location filename="../../ui/widgets/runner.py" line="559"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="112"/>
        <source>Re-checks</source>
        <translation>Re-checks</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="148"/>
        <source>The store&apos;s open corrective actions. Fixed submits an action for verification with this follow-up as evidence; not fixed sends it back.</source>
        <translation>The store&apos;s open corrective actions. Fixed submits an action for verification with this follow-up as evidence; not fixed sends it back.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="175"/>
        <source>Keys: P pass · F fail · N N/A · digits · J/K next/previous · Ctrl+J next unanswered · Enter/Tab into the field · Esc leaves it · Del clears · Ctrl+Z undoes</source>
        <translation>Keys: P pass · F fail · N N/A · digits · J/K next/previous · Ctrl+J next unanswered · Enter/Tab into the field · Esc leaves it · Del clears · Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="291"/>
        <source>Every item has an answer.</source>
        <translation>Every item has an answer.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="390"/>
        <source>Not saved: outside the expected range %1.</source>
        <translation>Not saved: outside the expected range %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="412"/>
        <source>%1 is outside the expected range %2 of &quot;%3&quot;.

Keep it anyway? It counts as failed and is marked out of range.</source>
        <translation>%1 is outside the expected range %2 of &quot;%3&quot;.

Keep it anyway? It counts as failed and is marked out of range.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="416"/>
        <source>Out of range</source>
        <translation>Out of range</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="439"/>
        <source>Cleared %1</source>
        <translation>Cleared %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="454"/>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="487"/>
        <source>Corrective action created: %1</source>
        <translation>Corrective action created: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="576"/>
        <source>Re-checks  %1/%2</source>
        <translation>Re-checks  %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="581"/>
        <source>Veto item failed, the inspection fails whatever the score: %1</source>
        <translation>Veto item failed, the inspection fails whatever the score: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="599"/>
        <source>Completed: the answers can no longer change.</source>
        <translation>Completed: the answers can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="611"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="612"/>
        <source>not re-checked</source>
        <translation>not re-checked</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/runner.py" line="615"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="616"/>
        <source>Not complete yet</source>
        <translation>Not complete yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="617"/>
        <source>These items still need an answer or a photo:</source>
        <translation>These items still need an answer or a photo:</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="113"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="121"/>
        <source>The section&apos;s points and maximum are multiplied by its weight.</source>
        <translation>The section&apos;s points and maximum are multiplied by its weight.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="123"/>
        <location filename="../../ui/pages/templates/forms.py" line="129"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="124"/>
        <location filename="../../ui/pages/templates/forms.py" line="129"/>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="125"/>
        <location filename="../../ui/pages/templates/forms.py" line="129"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="141"/>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="39"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="43"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="48"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="50"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="53"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="65"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="69"/>
        <source>Shown at the top of every report</source>
        <translation>Shown at the top of every report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="72"/>
        <source>Choose logo...</source>
        <translation>Choose logo...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="78"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Report logo</source>
        <translation>Report logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="86"/>
        <source>Lock the window after this many minutes without keyboard or mouse input (0: never). Takes effect at the next start.</source>
        <translation>Lock the window after this many minutes without keyboard or mouse input (0: never). Takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="90"/>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Decisions must be signed with the person&apos;s key (unsigned approvals arriving by sync become conflicts)</source>
        <translation>Decisions must be signed with the person&apos;s key (unsigned approvals arriving by sync become conflicts)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Approvals, verifications, acceptances, gate overrides and conflict resolutions made on another computer are applied only when signed by a trusted certificate of a person with that role.</source>
        <translation>Approvals, verifications, acceptances, gate overrides and conflict resolutions made on another computer are applied only when signed by a trusted certificate of a person with that role.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="102"/>
        <source>This computer (node)</source>
        <translation>This computer (node)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="103"/>
        <source>Schema revision</source>
        <translation>Schema revision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="114"/>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125"/>
        <source>Certificate request...</source>
        <translation>Certificate request...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="126"/>
        <source>Save a request for your certificate, for head office to issue</source>
        <translation>Save a request for your certificate, for head office to issue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="133"/>
        <source>Create head-office CA...</source>
        <translation>Create head-office CA...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134"/>
        <source>A certificate authority whose certificates this workspace trusts</source>
        <translation>A certificate authority whose certificates this workspace trusts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="136"/>
        <source>Issue a certificate...</source>
        <translation>Issue a certificate...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137"/>
        <source>Sign a user&apos;s certificate request with the head-office CA</source>
        <translation>Sign a user&apos;s certificate request with the head-office CA</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="140"/>
        <source>Head office:</source>
        <translation>Head office:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="167"/>
        <source>Create head-office CA</source>
        <translation>Create head-office CA</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="168"/>
        <source>Folder for the CA (keep it safe, offline)</source>
        <translation>Folder for the CA (keep it safe, offline)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="171"/>
        <source>Name of the certificate authority:</source>
        <translation>Name of the certificate authority:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="185"/>
        <source>Creating the certificate authority...</source>
        <translation>Creating the certificate authority...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="186"/>
        <source>The CA is in %1; this workspace now trusts it. Fingerprint: %2</source>
        <translation>The CA is in %1; this workspace now trusts it. Fingerprint: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="194"/>
        <source>Issue a certificate</source>
        <translation>Issue a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="195"/>
        <source>Folder of the head-office CA</source>
        <translation>Folder of the head-office CA</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="198"/>
        <location filename="../../ui/pages/settings.py" line="228"/>
        <source>Certificate request</source>
        <translation>Certificate request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="199"/>
        <location filename="../../ui/pages/settings.py" line="238"/>
        <source>Certificate requests (*.csr *.pem)</source>
        <translation>Certificate requests (*.csr *.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="202"/>
        <source>Passphrase of the CA:</source>
        <translation>Passphrase of the CA:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="206"/>
        <source>Save the certificate</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="219"/>
        <source>Issuing the certificate...</source>
        <translation>Issuing the certificate...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="220"/>
        <source>Certificate saved to %1. The user imports it with Import certificate.</source>
        <translation>Certificate saved to %1. The user imports it with Import certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="231"/>
        <source>Create your signing identity first.</source>
        <translation>Create your signing identity first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="233"/>
        <source>Passphrase of your signing key:</source>
        <translation>Passphrase of your signing key:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="246"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="290"/>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="118"/>
        <source>Create identity...</source>
        <translation>Create identity...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="120"/>
        <source>Import certificate...</source>
        <translation>Import certificate...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="122"/>
        <source>Trust a certificate...</source>
        <translation>Trust a certificate...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="123"/>
        <source>Add a head-office CA or a signer&apos;s certificate to this workspace&apos;s trust roots</source>
        <translation>Add a head-office CA or a signer&apos;s certificate to this workspace&apos;s trust roots</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="256"/>
        <source>%1 · fingerprint %2 · valid until %3</source>
        <translation>%1 · fingerprint %2 · valid until %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="259"/>
        <source>No signing identity on this computer yet.</source>
        <translation>No signing identity on this computer yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="260"/>
        <source>Trusted certificates in this workspace: %1</source>
        <translation>Trusted certificates in this workspace: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="266"/>
        <source>Passphrase (at least 8 characters):</source>
        <translation>Passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="271"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>The passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="274"/>
        <source>The same passphrase again:</source>
        <translation>The same passphrase again:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="279"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="290"/>
        <source>Replace your signing identity? PDFs signed with the old key stay valid.</source>
        <translation>Replace your signing identity? PDFs signed with the old key stay valid.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="293"/>
        <location filename="../../ui/pages/settings.py" line="296"/>
        <source>Create signing identity</source>
        <translation>Create signing identity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="298"/>
        <source>Creating your key...</source>
        <translation>Creating your key...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="303"/>
        <source>Import certificate</source>
        <translation>Import certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="207"/>
        <location filename="../../ui/pages/settings.py" line="304"/>
        <location filename="../../ui/pages/settings.py" line="317"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="316"/>
        <source>Trust a certificate</source>
        <translation>Trust a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="358"/>
        <source>Signed decisions</source>
        <translation>Signed decisions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="360"/>
        <source>Require signed decisions? From now on an approval, verification, acceptance, gate override or conflict resolution that arrives by sync without a valid signature of a trusted person&apos;s key is not applied: it becomes a conflict that a person must review. Laptops whose users have no signing identity yet will send only such decisions.</source>
        <translation>Require signed decisions? From now on an approval, verification, acceptance, gate override or conflict resolution that arrives by sync without a valid signature of a trusted person&apos;s key is not applied: it becomes a conflict that a person must review. Laptops whose users have no signing identity yet will send only such decisions.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="383"/>
        <source>Choose logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="383"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="404"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="408"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="171"/>
        <location filename="../../ui/widgets/signature_pad.py" line="202"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="190"/>
        <source>Signing as</source>
        <translation>Signing as</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="191"/>
        <source>Name</source>
        <comment>the signer&apos;s name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="194"/>
        <source>Undo stroke</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="196"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="200"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="229"/>
        <source>Every role you may sign has signed this inspection.</source>
        <translation>Every role you may sign has signed this inspection.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="236"/>
        <source>Full name of the person signing</source>
        <translation>Full name of the person signing</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="237"/>
        <source>(no account)</source>
        <translation>(no account)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="241"/>
        <source>(your account)</source>
        <translation>(your account)</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="49"/>
        <source>Demo workspace: every user&apos;s password is %1; staff sign in with the PIN %2.</source>
        <translation>Demo workspace: every user&apos;s password is %1; staff sign in with the PIN %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="67"/>
        <source>Wrong password or PIN.</source>
        <translation>Wrong password or PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="73"/>
        <source>This account is deactivated.</source>
        <translation>This account is deactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="82"/>
        <source>This user has no password yet. Head office or an operations manager sets a temporary one; you then choose your own when you sign in.</source>
        <translation>This user has no password yet. Head office or an operations manager sets a temporary one; you then choose your own when you sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="471"/>
        <source>Set a temporary password</source>
        <translation>Set a temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="474"/>
        <source>A temporary password or PIN for %1. Tell it to them in person; they choose their own at their next sign-in. The reset is recorded in the audit trail.</source>
        <translation>A temporary password or PIN for %1. Tell it to them in person; they choose their own at their next sign-in. The reset is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="481"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="483"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="488"/>
        <source>Replace the password of %1 with this temporary one?</source>
        <translation>Replace the password of %1 with this temporary one?</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="271"/>
        <location filename="../../ui/widgets/sign_in.py" line="274"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="271"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="278"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="278"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="285"/>
        <source>Who is using OpsDesk now?</source>
        <translation>Who is using OpsDesk now?</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="124"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="125"/>
        <source>Password or PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="126"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="127"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="166"/>
        <source>You have no password yet: choose one now. You will be asked for it when OpsDesk starts, when the screen is locked and when you switch user.</source>
        <translation>You have no password yet: choose one now. You will be asked for it when OpsDesk starts, when the screen is locked and when you switch user.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="210"/>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sign_in.py" line="237"/>
        <source>This is a temporary password: choose your own now.</source>
        <translation>This is a temporary password: choose your own now.</translation>
    </message>
</context>
<context>
    <name>SignatureLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="255"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>Franchisee</source>
        <translation>Franchisee</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../ui/pages/inspections.py" line="65"/>
        <source>Start an inspection</source>
        <translation>Start an inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="90"/>
        <source>There are no stores yet. Add one on the Stores page (New store); a store belongs to a region, so create the region first (+ Region).</source>
        <translation>There are no stores yet. Add one on the Stores page (New store); a store belongs to a region, so create the region first (+ Region).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="93"/>
        <source>No inspection template is published yet. Publish one on the Templates page.</source>
        <translation>No inspection template is published yet. Publish one on the Templates page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="98"/>
        <location filename="../../ui/pages/inspections.py" line="103"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="99"/>
        <location filename="../../ui/pages/inspections.py" line="103"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="100"/>
        <location filename="../../ui/pages/inspections.py" line="104"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="101"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="65"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="432"/>
        <source>Change status · %1</source>
        <translation>Change status · %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="433"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="437"/>
        <source>%1 · %2 · now: %3</source>
        <translation>%1 · %2 · now: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="444"/>
        <source>Why (kept in the history)</source>
        <translation>Why (kept in the history)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="447"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="462"/>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="448"/>
        <location filename="../../ui/pages/equipment/dialogs.py" line="462"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="451"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/pages/equipment/dialogs.py" line="455"/>
        <source>This status is final: no further step.</source>
        <translation>This status is final: no further step.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="52"/>
        <source>Edit store</source>
        <translation>Edit store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="52"/>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="58"/>
        <source>e.g. SH012</source>
        <translation>e.g. SH012</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="68"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="79"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="87"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="94"/>
        <location filename="../../ui/pages/stores.py" line="109"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="95"/>
        <location filename="../../ui/pages/stores.py" line="109"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="96"/>
        <location filename="../../ui/pages/stores.py" line="109"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="97"/>
        <location filename="../../ui/pages/stores.py" line="110"/>
        <source>Region / area</source>
        <translation>Region / area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="98"/>
        <location filename="../../ui/pages/stores.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="99"/>
        <location filename="../../ui/pages/stores.py" line="111"/>
        <source>Opening date</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="100"/>
        <location filename="../../ui/pages/stores.py" line="111"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="101"/>
        <location filename="../../ui/pages/stores.py" line="111"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="102"/>
        <location filename="../../ui/pages/stores.py" line="112"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="103"/>
        <location filename="../../ui/pages/stores.py" line="112"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
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
        <translation>Manager: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="237"/>
        <source>Supervisor: %1</source>
        <translation>Supervisor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="245"/>
        <source>no actions due</source>
        <translation>no actions due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="246"/>
        <source>%1% (%2 of %3 verified by their due date)</source>
        <translation>%1% (%2 of %3 verified by their due date)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="250"/>
        <source>Closure rate, last %1 days: %2</source>
        <translation>Closure rate, last %1 days: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="252"/>
        <source>Closure rate, this year: %1</source>
        <translation>Closure rate, this year: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="257"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="257"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="257"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="258"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="258"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="271"/>
        <source>Open corrective actions: %1 (overdue: %2)</source>
        <translation>Open corrective actions: %1 (overdue: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="277"/>
        <source>Recent inspections</source>
        <translation>Recent inspections</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="282"/>
        <source>No completed inspections yet.</source>
        <translation>No completed inspections yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="283"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="298"/>
        <location filename="../../ui/pages/stores.py" line="395"/>
        <location filename="../../ui/pages/stores.py" line="412"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="300"/>
        <source>Search code, name, address or phone (Ctrl+F)</source>
        <translation>Search code, name, address or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="303"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="306"/>
        <source>+ Region</source>
        <translation>+ Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="309"/>
        <source>+ Area</source>
        <translation>+ Area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="307"/>
        <source>Create a region</source>
        <translation>Create a region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="310"/>
        <source>Create an area in the selected region</source>
        <translation>Create an area in the selected region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="312"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="327"/>
        <source>&lt;a href=&quot;region&quot;&gt;Create a region first&lt;/a&gt;, then add its stores.</source>
        <translation>&lt;a href=&quot;region&quot;&gt;Create a region first&lt;/a&gt;, then add its stores.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="338"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="339"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="340"/>
        <source>Show closed</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="343"/>
        <location filename="../../ui/pages/stores.py" line="529"/>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="344"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="345"/>
        <location filename="../../ui/pages/stores.py" line="524"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="346"/>
        <source>Store view</source>
        <translation>Store view</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="347"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="358"/>
        <location filename="../../ui/pages/stores.py" line="403"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="359"/>
        <location filename="../../ui/pages/stores.py" line="403"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="360"/>
        <location filename="../../ui/pages/stores.py" line="403"/>
        <location filename="../../ui/pages/stores.py" line="410"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="361"/>
        <location filename="../../ui/pages/stores.py" line="404"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="362"/>
        <location filename="../../ui/pages/stores.py" line="404"/>
        <location filename="../../ui/pages/stores.py" line="410"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="363"/>
        <location filename="../../ui/pages/stores.py" line="404"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="364"/>
        <location filename="../../ui/pages/stores.py" line="405"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="365"/>
        <location filename="../../ui/pages/stores.py" line="405"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="366"/>
        <location filename="../../ui/pages/stores.py" line="405"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="389"/>
        <source>No stores here. A store belongs to an area: create a region and an area in the tree on the left (right-click), then the store with New store (Ctrl+N). Or change the filters.</source>
        <translation>No stores here. A store belongs to an area: create a region and an area in the tree on the left (right-click), then the store with New store (Ctrl+N). Or change the filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stores.py" line="392"/>
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n store</numerusform>
            <numerusform>%n stores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="406"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="436"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="460"/>
        <source>A store belongs to a region: create a region first (+ Region)</source>
        <translation>A store belongs to a region: create a region first (+ Region)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="522"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="530"/>
        <source>A store belongs to a region, and there is no region yet. Create a region first?</source>
        <translation>A store belongs to a region, and there is no region yet. Create a region first?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="571"/>
        <source>Reactivate store %1 %2? It gets back the status it had before it was closed.</source>
        <translation>Reactivate store %1 %2? It gets back the status it had before it was closed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="574"/>
        <source>Deactivate store %1 %2? It will be marked closed; its history is kept and it can be reactivated.</source>
        <translation>Deactivate store %1 %2? It will be marked closed; its history is kept and it can be reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="577"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="101"/>
        <source>e.g. The exit was cleared and a keep-clear sign put up.</source>
        <translation>e.g. The exit was cleared and a keep-clear sign put up.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="108"/>
        <source>Add photos...</source>
        <translation>Add photos...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="111"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="119"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="128"/>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="130"/>
        <source>Photos of the fix (optional):</source>
        <translation>Photos of the fix (optional):</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="223"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="234"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="237"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="244"/>
        <source>Who is using OpsDesk now?</source>
        <translation>Who is using OpsDesk now?</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="66"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="68"/>
        <source>Workspaces exchange changes through sync package files (.opsync): export a package, carry it (USB stick, e-mail, chat), import it on the other computer. Drop a package onto this page to import it.</source>
        <translation>Workspaces exchange changes through sync package files (.opsync): export a package, carry it (USB stick, e-mail, chat), import it on the other computer. Drop a package onto this page to import it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="75"/>
        <source>This workspace</source>
        <translation>This workspace</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="89"/>
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="95"/>
        <source>When another workspace imports your first package, it is asked to trust this key: read the fingerprint to them by phone so they can compare it.</source>
        <translation>When another workspace imports your first package, it is asked to trust this key: read the fingerprint to them by phone so they can compare it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="101"/>
        <location filename="../../ui/pages/sync.py" line="150"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="102"/>
        <location filename="../../ui/pages/sync.py" line="150"/>
        <source>Node ID</source>
        <translation>Node ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="103"/>
        <location filename="../../ui/pages/sync.py" line="150"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="107"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="111"/>
        <source>Full (ignore acknowledgements)</source>
        <translation>Full (ignore acknowledgements)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="112"/>
        <source>Send every change, also those the peer already confirmed it has.</source>
        <translation>Send every change, also those the peer already confirmed it has.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="113"/>
        <source>Export package...</source>
        <translation>Export package...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="116"/>
        <source>Import package...</source>
        <translation>Import package...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="126"/>
        <source>Peers send only the chosen region&apos;s stores (with their inspections, actions and visits) from the next exchange on: they learn it from the next package you send them. Organisation, users and templates always come in full.</source>
        <translation>Peers send only the chosen region&apos;s stores (with their inspections, actions and visits) from the next exchange on: they learn it from the next package you send them. Organisation, users and templates always come in full.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="142"/>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="144"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="145"/>
        <location filename="../../ui/pages/sync.py" line="278"/>
        <source>Receive only</source>
        <translation>Receive only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="150"/>
        <source>Last import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="151"/>
        <source>Last export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="151"/>
        <source>Pending changes</source>
        <translation>Pending changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="155"/>
        <source>Known workspaces</source>
        <translation>Known workspaces</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="157"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync.py" line="207"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync.py" line="240"/>
        <source>%n open conflict(s) to review on the Conflicts page.</source>
        <translation>
            <numerusform>%n open conflict to review on the Conflicts page.</numerusform>
            <numerusform>%n open conflicts to review on the Conflicts page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="252"/>
        <location filename="../../ui/pages/sync.py" line="312"/>
        <source>Any workspace (everything)</source>
        <translation>Any workspace (everything)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="260"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync.py" line="269"/>
        <source>%n chosen region(s)</source>
        <translation>
            <numerusform>%n chosen region</numerusform>
            <numerusform>%n chosen regions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="289"/>
        <source>The audit history of this workspace was seen rewritten between two of its packages. Ask head office to run “opsdesk db check” on it.</source>
        <translation>The audit history of this workspace was seen rewritten between two of its packages. Ask head office to run “opsdesk db check” on it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="294"/>
        <location filename="../../ui/pages/sync.py" line="295"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="304"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="307"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="347"/>
        <source>OpsDesk sync packages (*.opsync)</source>
        <translation>OpsDesk sync packages (*.opsync)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="356"/>
        <location filename="../../ui/pages/sync.py" line="363"/>
        <location filename="../../ui/pages/sync.py" line="372"/>
        <location filename="../../ui/pages/sync.py" line="381"/>
        <location filename="../../ui/pages/sync.py" line="384"/>
        <source>Export package</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="363"/>
        <source>Writing the package...</source>
        <translation>Writing the package...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="373"/>
        <source>The package was written: %1 changes and %2 photos (%3).
%4

Carry it to the other workspace and import it there.</source>
        <translation>The package was written: %1 changes and %2 photos (%3).
%4

Carry it to the other workspace and import it there.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="381"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="390"/>
        <location filename="../../ui/pages/sync.py" line="401"/>
        <location filename="../../ui/pages/sync.py" line="409"/>
        <location filename="../../ui/pages/sync.py" line="463"/>
        <location filename="../../ui/pages/sync.py" line="467"/>
        <location filename="../../ui/pages/sync.py" line="470"/>
        <source>Import package</source>
        <translation>Import package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="401"/>
        <location filename="../../ui/pages/sync.py" line="502"/>
        <source>Checking the package...</source>
        <translation>Checking the package...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="412"/>
        <source>This package from %1 was already imported; nothing changed.</source>
        <translation>This package from %1 was already imported; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="416"/>
        <source>Imported the package from %1.</source>
        <translation>Imported the package from %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="417"/>
        <source>Changes in the package: %1</source>
        <translation>Changes in the package: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="418"/>
        <source>Applied: %1</source>
        <translation>Applied: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="419"/>
        <source>Already here: %1</source>
        <translation>Already here: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="420"/>
        <source>Skipped (changes to records this workspace does not have): %1</source>
        <translation>Skipped (changes to records this workspace does not have): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="421"/>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="422"/>
        <source>New photos: %1</source>
        <translation>New photos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="427"/>
        <source>Review the conflicts on the Conflicts page.</source>
        <translation>Review the conflicts on the Conflicts page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="436"/>
        <source>its audit history went back from entry %1 to entry %2.</source>
        <translation>its audit history went back from entry %1 to entry %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="439"/>
        <source>entry %1 of its audit history differs from an earlier package.</source>
        <translation>entry %1 of its audit history differs from an earlier package.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="441"/>
        <source>Warning: the history of workspace %1 was rewritten:</source>
        <translation>Warning: the history of workspace %1 was rewritten:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="442"/>
        <source>Ask head office to run “opsdesk db check” on that workspace.</source>
        <translation>Ask head office to run “opsdesk db check” on that workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="447"/>
        <source>This package comes from a workspace this one does not know yet:</source>
        <translation>This package comes from a workspace this one does not know yet:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="448"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="449"/>
        <source>Node ID: %1</source>
        <translation>Node ID: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="450"/>
        <source>Key fingerprint: %1</source>
        <translation>Key fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="451"/>
        <source>Compare the fingerprint with the sender by phone. Trust this workspace and import its package only if it is exactly the same.</source>
        <translation>Compare the fingerprint with the sender by phone. Trust this workspace and import its package only if it is exactly the same.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="455"/>
        <location filename="../../ui/pages/sync.py" line="458"/>
        <source>Trust this workspace?</source>
        <translation>Trust this workspace?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="463"/>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="467"/>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="504"/>
        <source>Copying photos (%1 of %2)...</source>
        <translation>Copying photos (%1 of %2)...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync.py" line="506"/>
        <source>Applying %n change(s)...</source>
        <translation>
            <numerusform>Applying %n change...</numerusform>
            <numerusform>Applying %n changes...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="508"/>
        <source>Writing changes (%1 of %2)...</source>
        <translation>Writing changes (%1 of %2)...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="509"/>
        <source>Working...</source>
        <translation>Working...</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/widgets/table_page.py" line="187"/>
        <source>Nothing matches the search. Clear it to see every record.</source>
        <translation>Nothing matches the search. Clear it to see every record.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_page.py" line="191"/>
        <source>No records here. Change the filters to see more.</source>
        <translation>No records here. Change the filters to see more.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/table_page.py" line="194"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateFormat</name>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="57"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Pass / fail</source>
        <translation>Pass / fail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>Opening check</source>
        <translation>Opening check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>Closing check</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>New-store acceptance</source>
        <translation>New-store acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>Equipment acceptance</source>
        <translation>Equipment acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>Promotion check</source>
        <translation>Promotion check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="54"/>
        <source>Use 2 to 40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Use 2 to 40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="57"/>
        <source>Give every band a grade and a minimum from 0 to 100; the lowest band must start at 0.</source>
        <translation>Give every band a grade and a minimum from 0 to 100; the lowest band must start at 0.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="60"/>
        <source>Enter a number such as 12.5, or leave it empty.</source>
        <translation>Enter a number such as 12.5, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="62"/>
        <source>Enter a whole number from 0 to 100.</source>
        <translation>Enter a whole number from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="64"/>
        <source>This draft is the template&apos;s only version, so there is nothing to go back to.</source>
        <translation>This draft is the template&apos;s only version, so there is nothing to go back to.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="97"/>
        <source>Checklist templates</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="98"/>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="99"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="100"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="101"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="102"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="103"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="104"/>
        <location filename="../../ui/pages/templates/page.py" line="334"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="105"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="57"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="58"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="75"/>
        <location filename="../../ui/pages/templates/library.py" line="59"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="69"/>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="96"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="97"/>
        <source>Min %</source>
        <translation>Min %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="104"/>
        <source>A run&apos;s grade is the first band whose minimum its percentage reaches.</source>
        <translation>A run&apos;s grade is the first band whose minimum its percentage reaches.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="108"/>
        <source>Add a grade band</source>
        <translation>Add a grade band</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="111"/>
        <source>Remove the selected grade band</source>
        <translation>Remove the selected grade band</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="71"/>
        <location filename="../../ui/pages/templates/header.py" line="86"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="73"/>
        <location filename="../../ui/pages/templates/header.py" line="87"/>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="77"/>
        <location filename="../../ui/pages/templates/header.py" line="88"/>
        <source>Grade bands</source>
        <translation>Grade bands</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="142"/>
        <location filename="../../ui/pages/templates/page.py" line="680"/>
        <source>A published version cannot be changed. Click “Edit” to make a new draft.</source>
        <translation>A published version cannot be changed. Click “Edit” to make a new draft.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="124"/>
        <source>Section / item</source>
        <translation>Section / item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="125"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="126"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="157"/>
        <source>+ Section</source>
        <translation>+ Section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="158"/>
        <source>Add a section at the end</source>
        <translation>Add a section at the end</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="160"/>
        <source>+ Item</source>
        <translation>+ Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="161"/>
        <source>Add an item to the selected section (Ctrl+Shift+N)</source>
        <translation>Add an item to the selected section (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="163"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="164"/>
        <source>Delete the selected section or item (Delete)</source>
        <translation>Delete the selected section or item (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="167"/>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="169"/>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="532"/>
        <source>Select a section or an item to edit it.</source>
        <translation>Select a section or an item to edit it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="544"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="545"/>
        <source>Save the title, the grade bands and the open form (Ctrl+S)</source>
        <translation>Save the title, the grade bands and the open form (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="74"/>
        <source>Choose a template on the left, or create one (Ctrl+N).</source>
        <translation>Choose a template on the left, or create one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="96"/>
        <source>Built-in template, shipped with OpsDesk</source>
        <translation>Built-in template, shipped with OpsDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates/library.py" line="97"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates/library.py" line="105"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/library.py" line="43"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="140"/>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="148"/>
        <source>template retired</source>
        <translation>template retired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="151"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="154"/>
        <source>Hash %1</source>
        <translation>Hash %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/header.py" line="155"/>
        <source>Content hash (sha256): %1</source>
        <translation>Content hash (sha256): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/structure.py" line="96"/>
        <source>Section weight</source>
        <translation>Section weight</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="334"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="352"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="352"/>
        <source>Save the changes you made?</source>
        <translation>Save the changes you made?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="378"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/forms.py" line="592"/>
        <source>The item was not saved. Please fix:</source>
        <translation>The item was not saved. Please fix:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="429"/>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="445"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates/page.py" line="469"/>
        <source>Delete section “%1” and its %n item(s)?</source>
        <translation>
            <numerusform>Delete section “%1” and its %n item?</numerusform>
            <numerusform>Delete section “%1” and its %n items?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="473"/>
        <source>Delete item “%1”?</source>
        <translation>Delete item “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="474"/>
        <location filename="../../ui/pages/templates/page.py" line="552"/>
        <location filename="../../ui/pages/templates/page.py" line="574"/>
        <location filename="../../ui/pages/templates/page.py" line="593"/>
        <location filename="../../ui/pages/templates/page.py" line="615"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="526"/>
        <source>Created %1. Add sections and items, then publish it.</source>
        <translation>Created %1. Add sections and items, then publish it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="539"/>
        <source>Version %1 is a draft: edit it, then publish it.</source>
        <translation>Version %1 is a draft: edit it, then publish it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="549"/>
        <source>Publish version %1 of “%2”? It is frozen once published; new inspections use it, and the version published before it is retired.</source>
        <translation>Publish version %1 of “%2”? It is frozen once published; new inspections use it, and the version published before it is retired.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="557"/>
        <source>Cannot publish yet</source>
        <translation>Cannot publish yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="558"/>
        <source>Version %1 cannot be published until these problems are fixed:</source>
        <translation>Version %1 cannot be published until these problems are fixed:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="566"/>
        <source>Version %1 published.</source>
        <translation>Version %1 published.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="572"/>
        <source>Discard draft version %1 of “%2” and all changes in it?</source>
        <translation>Discard draft version %1 of “%2” and all changes in it?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="582"/>
        <source>Draft discarded.</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="589"/>
        <source>Retire template “%1”? It cannot be used for new checks; past checks keep it, and it can be reactivated.</source>
        <translation>Retire template “%1”? It cannot be used for new checks; past checks keep it, and it can be reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="592"/>
        <source>Reactivate template “%1”?</source>
        <translation>Reactivate template “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="599"/>
        <source>Template retired. Tick “Show retired” to see it.</source>
        <translation>Template retired. Tick “Show retired” to see it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="605"/>
        <source>Import template</source>
        <translation>Import template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="605"/>
        <source>Template files (*.json);;All files (*)</source>
        <translation>Template files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="612"/>
        <source>A template with code %1 (“%2”) already exists. Import the file as its newest version and publish it? The version published now will be retired.</source>
        <translation>A template with code %1 (“%2”) already exists. Import the file as its newest version and publish it? The version published now will be retired.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="619"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="620"/>
        <source>%1 was not imported; nothing was changed. Problems found:</source>
        <translation>%1 was not imported; nothing was changed. Problems found:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="628"/>
        <source>Imported “%1” as version %2.</source>
        <translation>Imported “%1” as version %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="637"/>
        <source>Export template</source>
        <translation>Export template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="637"/>
        <source>Template files (*.json)</source>
        <translation>Template files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="649"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="650"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="652"/>
        <source>Exported version %1 to %2.</source>
        <translation>Exported version %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates/page.py" line="674"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates/page.py" line="679"/>
        <location filename="../../ui/pages/templates/page.py" line="683"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../ui/widgets/answer_editors.py" line="468"/>
        <source>Type the answer; it is saved when you leave the field</source>
        <translation>Type the answer; it is saved when you leave the field</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="175"/>
        <source>Choose a project to see its timeline.</source>
        <translation>Choose a project to see its timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="183"/>
        <source>Day zero</source>
        <translation>Day zero</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="184"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="291"/>
        <source>Gate passed</source>
        <translation>Gate passed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="292"/>
        <source>Gate not passed, late by %1 day(s)</source>
        <translation>Gate not passed, late by %1 day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="293"/>
        <source>Gate not passed</source>
        <translation>Gate not passed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="295"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="297"/>
        <source>Late by %1 day(s)</source>
        <translation>Late by %1 day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="299"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="301"/>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/timeline.py" line="302"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="385"/>
        <source>Staff training sign-off</source>
        <translation>Staff training sign-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="392"/>
        <source>A sign-off confirms that the person can operate the till and introduce the products.</source>
        <translation>A sign-off confirms that the person can operate the till and introduce the products.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="396"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="396"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="396"/>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="397"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="403"/>
        <source>Sign off...</source>
        <translation>Sign off...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="427"/>
        <source>Yes, %1</source>
        <translation>Yes, %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="427"/>
        <location filename="../../ui/pages/openings/dialogs.py" line="456"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="438"/>
        <source>%1: gate passed.</source>
        <translation>%1: gate passed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="440"/>
        <source>%1: no staff or store manager is assigned to the store yet.</source>
        <translation>%1: no staff or store manager is assigned to the store yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="442"/>
        <source>%1: gate not passed — %2 of %3 signed off.</source>
        <translation>%1: gate not passed — %2 of %3 signed off.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="464"/>
        <source>Sign off training</source>
        <translation>Sign off training</translation>
    </message>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="465"/>
        <source>Sign off %1: can operate the till and introduce the products?</source>
        <translation>Sign off %1: can operate the till and introduce the products?</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="36"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="36"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="43"/>
        <source>e.g. zhangwei</source>
        <translation>e.g. zhangwei</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="50"/>
        <source>Filter stores</source>
        <translation>Filter stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="68"/>
        <location filename="../../ui/pages/users.py" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="69"/>
        <location filename="../../ui/pages/users.py" line="80"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="70"/>
        <location filename="../../ui/pages/users.py" line="80"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="71"/>
        <location filename="../../ui/pages/users.py" line="81"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="72"/>
        <location filename="../../ui/pages/users.py" line="81"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="73"/>
        <location filename="../../ui/pages/users.py" line="81"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="107"/>
        <source>Tick the store(s) this manager runs.</source>
        <translation>Tick the store(s) this manager runs.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="109"/>
        <source>Tick the stores this person supervises.</source>
        <translation>Tick the stores this person supervises.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="111"/>
        <source>Tick the store(s) this person works at.</source>
        <translation>Tick the store(s) this person works at.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="113"/>
        <source>Head office sees every store; no assignment needed.</source>
        <translation>Head office sees every store; no assignment needed.</translation>
    </message>
</context>
<context>
    <name>UserPickDialog</name>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="192"/>
        <location filename="../../ui/pages/actions/dialogs.py" line="201"/>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions/dialogs.py" line="199"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions/dialogs.py" line="200"/>
        <source>Give %n selected action(s) to:</source>
        <translation>
            <numerusform>Give %n selected action to:</numerusform>
            <numerusform>Give %n selected actions to:</numerusform>
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
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="151"/>
        <source>Search name, username, phone or e-mail (Ctrl+F)</source>
        <translation>Search name, username, phone or e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="152"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="153"/>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="156"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="157"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="158"/>
        <location filename="../../ui/pages/users.py" line="230"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="159"/>
        <source>Set temporary password...</source>
        <translation>Set temporary password...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="162"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="173"/>
        <location filename="../../ui/pages/users.py" line="214"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="174"/>
        <location filename="../../ui/pages/users.py" line="214"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="175"/>
        <location filename="../../ui/pages/users.py" line="214"/>
        <location filename="../../ui/pages/users.py" line="219"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="176"/>
        <location filename="../../ui/pages/users.py" line="215"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="177"/>
        <location filename="../../ui/pages/users.py" line="215"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="178"/>
        <location filename="../../ui/pages/users.py" line="215"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="179"/>
        <location filename="../../ui/pages/users.py" line="216"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="188"/>
        <location filename="../../ui/pages/users.py" line="218"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="191"/>
        <source>%1 and more (%n in all)</source>
        <translation>
            <numerusform>%1 (%n in all)</numerusform>
            <numerusform>%1 and more (%n in all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="201"/>
        <source>No users here. Add one with New user (Ctrl+N), or tick Show inactive.</source>
        <translation>No users here. Add one with New user (Ctrl+N), or tick Show inactive.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="204"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="228"/>
        <source>You cannot deactivate yourself</source>
        <translation>You cannot deactivate yourself</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="229"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="241"/>
        <source>Temporary password set for %1.</source>
        <translation>Temporary password set for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="275"/>
        <source>Reactivate user %1?</source>
        <translation>Reactivate user %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="277"/>
        <source>Deactivate user %1? They can no longer be chosen for new work; their records are kept.</source>
        <translation>Deactivate user %1? They can no longer be chosen for new work; their records are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="279"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/widgets/reports.py" line="197"/>
        <source>Verify a signed PDF</source>
        <translation>Verify a signed PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="206"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="208"/>
        <source>Every signer trusted</source>
        <translation>Every signer trusted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="210"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="210"/>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="211"/>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="211"/>
        <source>Changes after it</source>
        <translation>Changes after it</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="259"/>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="210"/>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="207"/>
        <source>Document intact</source>
        <translation>Document intact</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="217"/>
        <source>Open PDF...</source>
        <translation>Open PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="219"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="234"/>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="234"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="243"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="244"/>
        <source>Later signatures only</source>
        <translation>Later signatures only</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="245"/>
        <source>Page content changed</source>
        <translation>Page content changed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="246"/>
        <source>Unsigned bytes appended</source>
        <translation>Unsigned bytes appended</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="247"/>
        <source>Other changes</source>
        <translation>Other changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="258"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="258"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="264"/>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="284"/>
        <source>This PDF is not signed.</source>
        <translation>This PDF is not signed.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="286"/>
        <source>The document was changed after it was signed.</source>
        <translation>The document was changed after it was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="288"/>
        <source>Intact, but the signer is not trusted by this workspace.</source>
        <translation>Intact, but the signer is not trusted by this workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reports.py" line="290"/>
        <source>Intact and signed by a trusted signer.</source>
        <translation>Intact and signed by a trusted signer.</translation>
    </message>
</context>
<context>
    <name>VisitEditorDialog</name>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="126"/>
        <source>Visit: %1</source>
        <translation>Visit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="135"/>
        <source>Check in now</source>
        <translation>Check in now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="136"/>
        <source>Check out now</source>
        <translation>Check out now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="149"/>
        <source>Major incident: report to head office</source>
        <translation>Major incident: report to head office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="163"/>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="166"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="199"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="167"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="199"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="168"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="200"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="169"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="200"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="171"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="201"/>
        <source>Training topic</source>
        <translation>Training topic</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="172"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="201"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="173"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="202"/>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="174"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="202"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="175"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="179"/>
        <source>Add issue…</source>
        <translation>Add issue…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="181"/>
        <source>Issues found (corrective actions)</source>
        <translation>Issues found (corrective actions)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="187"/>
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="190"/>
        <source>Inspections during the visit</source>
        <translation>Inspections during the visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="210"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="248"/>
        <source>Check-out cannot be before check-in.</source>
        <translation>Check-out cannot be before check-in.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="250"/>
        <source>This time is in the future.</source>
        <translation>This time is in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="285"/>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="313"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="316"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="320"/>
        <location filename="../../ui/pages/visits/dialogs.py" line="348"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="409"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/dialogs.py" line="409"/>
        <source>The routine inspection template is not available.</source>
        <translation>The routine inspection template is not available.</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Routine visit</source>
        <translation>Routine visit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Incident handling</source>
        <translation>Incident handling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Opening support</source>
        <translation>Opening support</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Promotion check</source>
        <translation>Promotion check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="603"/>
        <source>Week plan</source>
        <translation>Week plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="604"/>
        <source>Visit log</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="605"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="606"/>
        <source>Major incidents</source>
        <translation>Major incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits/page.py" line="607"/>
        <source>Store visits</source>
        <translation>Store visits</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="40"/>
        <location filename="../../ui/welcome.py" line="51"/>
        <source>Welcome to OpsDesk</source>
        <translation>Welcome to OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="54"/>
        <source>This workspace is empty. Open a demo workspace with a sample chain of stores, supervisors and store managers to look around, or start with an empty workspace.</source>
        <translation>This workspace is empty. Open a demo workspace with a sample chain of stores, supervisors and store managers to look around, or start with an empty workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="62"/>
        <location filename="../../ui/welcome.py" line="98"/>
        <source>Open the demo workspace</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <location filename="../../ui/welcome.py" line="192"/>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="93"/>
        <source>Building the demo workspace...</source>
        <translation>Building the demo workspace...</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Start an empty workspace</source>
        <translation>Start an empty workspace</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="131"/>
        <source>e.g. East China operations</source>
        <translation>e.g. East China operations</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="134"/>
        <source>e.g. zhangwei</source>
        <translation>e.g. zhangwei</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="140"/>
        <location filename="../../ui/welcome.py" line="155"/>
        <source>Workspace name</source>
        <translation>Workspace name</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="141"/>
        <location filename="../../ui/welcome.py" line="155"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="142"/>
        <location filename="../../ui/welcome.py" line="156"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="143"/>
        <location filename="../../ui/welcome.py" line="156"/>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="148"/>
        <location filename="../../ui/welcome.py" line="156"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="149"/>
        <location filename="../../ui/welcome.py" line="157"/>
        <source>Repeat your password</source>
        <translation>Repeat your password</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="159"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="161"/>
        <source>Create workspace</source>
        <translation>Create workspace</translation>
    </message>
</context>
<context>
    <name>_Grid</name>
    <message>
        <location filename="../../ui/pages/promotions/calendar.py" line="173"/>
        <source>No promotion in this month.</source>
        <translation>No promotion in this month.</translation>
    </message>
</context>
<context>
    <name>_PanelDialog</name>
    <message>
        <location filename="../../ui/pages/openings/dialogs.py" line="365"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
