<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/pages/daily.py" line="426"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="428"/>
        <source>Close the checklist; it cannot be changed afterwards</source>
        <translation>Close the checklist; it cannot be changed afterwards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="464"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="490"/>
        <location filename="../../ui/pages/daily.py" line="554"/>
        <source>No %1 template is published. Ask head office to publish one.</source>
        <translation>No %1 template is published. Ask head office to publish one.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="501"/>
        <source>Answered %1/%2</source>
        <translation>Answered %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="532"/>
        <source>Completed at %1 by %2</source>
        <translation>Completed at %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="534"/>
        <source>Completed at %1</source>
        <translation>Completed at %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="536"/>
        <source>filled in after the business day</source>
        <translation>filled in after the business day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="572"/>
        <source>This checklist was completed meanwhile; it is shown as saved.</source>
        <translation>This checklist was completed meanwhile; it is shown as saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="599"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="619"/>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="620"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="680"/>
        <source>%1 — needs a photo of the failure</source>
        <translation>%1 — needs a photo of the failure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="682"/>
        <source>%1 — not answered</source>
        <translation>%1 — not answered</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily.py" line="687"/>
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… and %n more item</numerusform>
            <numerusform>… and %n more items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="688"/>
        <source>Cannot complete yet:</source>
        <translation>Cannot complete yet:</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../ui/widgets/placeholder.py" line="21"/>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>DailyPage</name>
    <message>
        <location filename="../../ui/pages/daily.py" line="76"/>
        <location filename="../../ui/pages/daily.py" line="94"/>
        <source>Opening checklist</source>
        <translation>Opening checklist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="81"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="82"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="83"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="84"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="85"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="86"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="87"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="95"/>
        <source>Closing checklist</source>
        <translation>Closing checklist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="101"/>
        <location filename="../../ui/pages/daily.py" line="109"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="102"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="103"/>
        <location filename="../../ui/pages/daily.py" line="113"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="111"/>
        <source>Not completed</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="114"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="119"/>
        <source>This business day has not started yet.</source>
        <translation>This business day has not started yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="121"/>
        <source>The store was not open on this day.</source>
        <translation>The store was not open on this day.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="124"/>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="125"/>
        <source>This answer is not valid for the item.</source>
        <translation>This answer is not valid for the item.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="719"/>
        <source>Daily checklists</source>
        <translation>Daily checklists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="728"/>
        <source>Previous day (Ctrl+Left)</source>
        <translation>Previous day (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="732"/>
        <source>Next day (Ctrl+Right)</source>
        <translation>Next day (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="740"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="755"/>
        <location filename="../../ui/pages/daily.py" line="780"/>
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="795"/>
        <source>Double-click a day to open its checklists.</source>
        <translation>Double-click a day to open its checklists.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="804"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="806"/>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="808"/>
        <source>You are not assigned to any open store, so there are no daily checklists to fill. Ask head office to assign your store.</source>
        <translation>You are not assigned to any open store, so there are no daily checklists to fill. Ask head office to assign your store.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="916"/>
        <source>(today)</source>
        <translation>(today)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="943"/>
        <source>Completion rate: no finished business day yet</source>
        <translation>Completion rate: no finished business day yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="944"/>
        <source>The store has no finished business day in the last %1 days.</source>
        <translation>The store has no finished business day in the last %1 days.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="948"/>
        <source>Completion rate (last %1 days): %2%</source>
        <translation>Completion rate (last %1 days): %2%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="952"/>
        <source>Both checklists completed on %1 of %2 finished business days (%3%).</source>
        <translation>Both checklists completed on %1 of %2 finished business days (%3%).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/daily.py" line="955"/>
        <source>%n day(s) with a missing or unfinished checklist.</source>
        <translation>
            <numerusform>%n day with a missing or unfinished checklist.</numerusform>
            <numerusform>%n days with a missing or unfinished checklist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="32"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>Use 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Use 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>This is already used by another record.</source>
        <translation>This is already used by another record.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Enter a phone number (digits, spaces, + - and brackets).</source>
        <translation>Enter a phone number (digits, spaces, + - and brackets).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Enter an e-mail address such as name@example.com.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>An open store needs its opening date.</source>
        <translation>An open store needs its opening date.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Choose an active user with the right role.</source>
        <translation>Choose an active user with the right role.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>The chosen record no longer exists.</source>
        <translation>The chosen record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Areas cannot contain further areas.</source>
        <translation>Areas cannot contain further areas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>You cannot deactivate the user you are signed in as.</source>
        <translation>You cannot deactivate the user you are signed in as.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>The workspace already has stores.</source>
        <translation>The workspace already has stores.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>The value is out of the allowed range.</source>
        <translation>The value is out of the allowed range.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>This answer does not fit the question.</source>
        <translation>This answer does not fit the question.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>A failed item needs a photo.</source>
        <translation>A failed item needs a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>Grade bands need a name each and one band starting at 0 %.</source>
        <translation>Grade bands need a name each and one band starting at 0 %.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>The only version of a template cannot be discarded.</source>
        <translation>The only version of a template cannot be discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Choose one of the offered values.</source>
        <translation>Choose one of the offered values.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>This workspace was saved by a newer version of OpsDesk (schema %1). Update OpsDesk to open it; the file was not changed.</source>
        <translation>This workspace was saved by a newer version of OpsDesk (schema %1). Update OpsDesk to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>This workspace needs to be upgraded before it can be opened.</source>
        <translation>This workspace needs to be upgraded before it can be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>The file %1 is not an OpsDesk workspace.</source>
        <translation>The file %1 is not an OpsDesk workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>%1 is not a picture OpsDesk can read. Choose a JPEG, PNG or WebP photo.</source>
        <translation>%1 is not a picture OpsDesk can read. Choose a JPEG, PNG or WebP photo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>%1 is too large to be a photo.</source>
        <translation>%1 is too large to be a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>Someone changed this record after you opened it (here or by a sync). Your changes were not saved: open it again and repeat them.</source>
        <translation>Someone changed this record after you opened it (here or by a sync). Your changes were not saved: open it again and repeat them.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>The template was refused; nothing was imported:</source>
        <translation>The template was refused; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>This checklist is completed; its answers can no longer change.</source>
        <translation>This checklist is completed; its answers can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>A published version cannot be changed. Click Edit to make a new draft.</source>
        <translation>A published version cannot be changed. Click Edit to make a new draft.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>This template has no published version yet.</source>
        <translation>This template has no published version yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>The record no longer exists. It may have been removed.</source>
        <translation>The record no longer exists. It may have been removed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Another computer&apos;s clock is more than 24 hours ahead.</source>
        <translation>Another computer&apos;s clock is more than 24 hours ahead.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>The change was refused to protect the data.</source>
        <translation>The change was refused to protect the data.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>The operation could not be completed.</source>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="63"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../ui/pages/inspections.py" line="218"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="220"/>
        <source>Search store or template (Ctrl+F)</source>
        <translation>Search store or template (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="226"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="249"/>
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="251"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="252"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="262"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="263"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="264"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="265"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="266"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="267"/>
        <source>Score %</source>
        <translation>Score %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="268"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="269"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="278"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="281"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="284"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="287"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="290"/>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inspections.py" line="318"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="324"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="324"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="348"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="348"/>
        <source>Discard the unfinished inspection of %1 on %2? Its answers are removed from the list.</source>
        <translation>Discard the unfinished inspection of %1 on %2? Its answers are removed from the list.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../ui/widgets/runner.py" line="92"/>
        <source>Veto item</source>
        <translation>Veto item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="92"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="92"/>
        <source>Photo if failed</source>
        <translation>Photo if failed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="120"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="124"/>
        <source>Add photo...</source>
        <translation>Add photo...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="157"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="158"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="160"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="161"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="197"/>
        <source>Set date</source>
        <translation>Set date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="202"/>
        <source>Answer with one or more photos.</source>
        <translation>Answer with one or more photos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="206"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="237"/>
        <source>Failed: please add a photo of it.</source>
        <translation>Failed: please add a photo of it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="258"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="316"/>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="316"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../ui/pages/templates.py" line="312"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="318"/>
        <source>A stable name for this item in files and reports: lower-case letters, digits and &apos;_&apos;. Unique in the template.</source>
        <translation>A stable name for this item in files and reports: lower-case letters, digits and &apos;_&apos;. Unique in the template.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="327"/>
        <source>How to check, what counts as a pass</source>
        <translation>How to check, what counts as a pass</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="334"/>
        <location filename="../../ui/pages/templates.py" line="471"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="343"/>
        <source>Recorded only: this answer type is not scored.</source>
        <translation>Recorded only: this answer type is not scored.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="346"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="347"/>
        <source>Failing a critical item fails the whole check, whatever the score.</source>
        <translation>Failing a critical item fails the whole check, whatever the score.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="348"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="349"/>
        <source>Photo on fail</source>
        <translation>Photo on fail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="350"/>
        <source>A failed answer needs a photo.</source>
        <translation>A failed answer needs a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="362"/>
        <source>The highest rating; below half of it the item fails.</source>
        <translation>The highest rating; below half of it the item fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="369"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="374"/>
        <source>e.g. °C</source>
        <translation>e.g. °C</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="381"/>
        <location filename="../../ui/pages/templates.py" line="473"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="386"/>
        <source>An answer inside the range passes; outside it fails.</source>
        <translation>An answer inside the range passes; outside it fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="390"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="390"/>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="390"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="390"/>
        <source>Fails</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="402"/>
        <source>+ Option</source>
        <translation>+ Option</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="404"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="407"/>
        <source>Move option up</source>
        <translation>Move option up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="410"/>
        <source>Move option down</source>
        <translation>Move option down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="429"/>
        <source>Leave empty for no default action</source>
        <translation>Leave empty for no default action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="439"/>
        <source>Due in (days)</source>
        <translation>Due in (days)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="442"/>
        <source>Default corrective action</source>
        <translation>Default corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="443"/>
        <source>A failed answer creates this corrective action.</source>
        <translation>A failed answer creates this corrective action.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="445"/>
        <location filename="../../ui/pages/templates.py" line="473"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="446"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="450"/>
        <location filename="../../ui/pages/templates.py" line="470"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="451"/>
        <location filename="../../ui/pages/templates.py" line="470"/>
        <source>Item text</source>
        <translation>Item text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="452"/>
        <location filename="../../ui/pages/templates.py" line="470"/>
        <source>English text</source>
        <translation>English text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="453"/>
        <location filename="../../ui/pages/templates.py" line="471"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="454"/>
        <location filename="../../ui/pages/templates.py" line="471"/>
        <source>Answer type</source>
        <translation>Answer type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="457"/>
        <location filename="../../ui/pages/templates.py" line="472"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="458"/>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="459"/>
        <location filename="../../ui/pages/templates.py" line="473"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="472"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="472"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="497"/>
        <source>Choosing this option fails the item.</source>
        <translation>Choosing this option fails the item.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="564"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="564"/>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="572"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../ui/pages/daily.py" line="177"/>
        <source>* Required</source>
        <translation>* Required</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="199"/>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="229"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="229"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="231"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="231"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="247"/>
        <source>Expected: %1</source>
        <translation>Expected: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="256"/>
        <source>Type the answer; it is saved when you leave the field</source>
        <translation>Type the answer; it is saved when you leave the field</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="273"/>
        <source>Answer in the inspection view</source>
        <translation>Answer in the inspection view</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="353"/>
        <source>A photo of the failure is required</source>
        <translation>A photo of the failure is required</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="356"/>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/daily.py" line="360"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Operations manager</source>
        <translation>Operations manager</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Company-owned</source>
        <translation>Company-owned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Franchise</source>
        <translation>Franchise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Routine inspection</source>
        <translation>Routine inspection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Full audit</source>
        <translation>Full audit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Mystery visit</source>
        <translation>Mystery visit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Cross-check</source>
        <translation>Cross-check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Opening checklist</source>
        <translation>Opening checklist</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Closing checklist</source>
        <translation>Closing checklist</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Checklist templates</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Daily checklists</source>
        <translation>Daily checklists</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Visit logs</source>
        <translation>Visit logs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>New-store opening</source>
        <translation>New-store opening</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Signatures &amp; reports</source>
        <translation>Signatures &amp; reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Switch &amp;user...</source>
        <translation>Switch &amp;user...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;About OpsDesk</source>
        <translation>&amp;About OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Node: %1</source>
        <translation>Node: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Node %1, key fingerprint %2</source>
        <translation>Node %1, key fingerprint %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>About OpsDesk</source>
        <translation>About OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>OpsDesk %1
Store operations supervision, offline first.</source>
        <translation>OpsDesk %1
Store operations supervision, offline first.</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <location filename="../../ui/pages/templates.py" line="657"/>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="661"/>
        <source>e.g. store_hygiene</source>
        <translation>e.g. store_hygiene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="670"/>
        <location filename="../../ui/pages/templates.py" line="677"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="671"/>
        <location filename="../../ui/pages/templates.py" line="677"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="672"/>
        <location filename="../../ui/pages/templates.py" line="677"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="673"/>
        <location filename="../../ui/pages/templates.py" line="678"/>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="680"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="681"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/pages/templates.py" line="708"/>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="718"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="720"/>
        <source>Grades: %1</source>
        <translation>Grades: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="730"/>
        <source>(no items)</source>
        <translation>(no items)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="741"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="759"/>
        <source>Photo on fail</source>
        <translation>Photo on fail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="783"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="783"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="785"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="785"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="810"/>
        <source>Add photo</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="820"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="199"/>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="201"/>
        <source>New area in %1</source>
        <translation>New area in %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="203"/>
        <source>New region</source>
        <translation>New region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="206"/>
        <source>e.g. SH</source>
        <translation>e.g. SH</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="211"/>
        <location filename="../../ui/pages/stores.py" line="215"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="212"/>
        <location filename="../../ui/pages/stores.py" line="215"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>RunViewDialog</name>
    <message>
        <location filename="../../ui/pages/inspections.py" line="140"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="145"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="156"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="156"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="157"/>
        <source>A veto item failed: the inspection fails.</source>
        <translation>A veto item failed: the inspection fails.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="158"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="158"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="158"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="159"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="160"/>
        <source>veto item</source>
        <translation>veto item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="160"/>
        <source>repeat finding</source>
        <translation>repeat finding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="160"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="161"/>
        <source>No failed items.</source>
        <translation>No failed items.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="162"/>
        <source>Compared with the previous inspection</source>
        <translation>Compared with the previous inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="163"/>
        <source>This is the first completed inspection of this template at the store.</source>
        <translation>This is the first completed inspection of this template at the store.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="175"/>
        <source>Previous (%1)</source>
        <translation>Previous (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="187"/>
        <source>Failed items (%1)</source>
        <translation>Failed items (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="206"/>
        <source>New findings</source>
        <translation>New findings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="207"/>
        <source>Failed again</source>
        <translation>Failed again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="208"/>
        <source>Fixed since</source>
        <translation>Fixed since</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="209"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/widgets/runner.py" line="55"/>
        <source>Fail (veto)</source>
        <translation>Fail (veto)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="61"/>
        <source>No score yet</source>
        <translation>No score yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="62"/>
        <source>Score %1 / %2 · %3% · grade %4</source>
        <translation>Score %1 / %2 · %3% · grade %4</translation>
    </message>
</context>
<context>
    <name>RunnerDialog</name>
    <message>
        <location filename="../../ui/widgets/runner.py" line="357"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="414"/>
        <source>Every answer is saved as you give it.</source>
        <translation>Every answer is saved as you give it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="416"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="417"/>
        <source>Complete the inspection (Ctrl+Enter)</source>
        <translation>Complete the inspection (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="419"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="558"/>
        <source>Photo not added</source>
        <translation>Photo not added</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="583"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="600"/>
        <source>Veto item failed, the inspection fails whatever the score: %1</source>
        <translation>Veto item failed, the inspection fails whatever the score: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="613"/>
        <source>Completed: the answers can no longer change.</source>
        <translation>Completed: the answers can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="626"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/runner.py" line="629"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="630"/>
        <source>Not complete yet</source>
        <translation>Not complete yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/runner.py" line="631"/>
        <source>These items still need an answer or a photo:</source>
        <translation>These items still need an answer or a photo:</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../../ui/pages/templates.py" line="264"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="272"/>
        <source>The section&apos;s points and maximum are multiplied by its weight.</source>
        <translation>The section&apos;s points and maximum are multiplied by its weight.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="274"/>
        <location filename="../../ui/pages/templates.py" line="280"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="275"/>
        <location filename="../../ui/pages/templates.py" line="280"/>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="276"/>
        <location filename="../../ui/pages/templates.py" line="280"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="292"/>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="29"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="33"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="38"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="40"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="43"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="55"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="58"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="59"/>
        <source>This computer (node)</source>
        <translation>This computer (node)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="60"/>
        <source>Schema revision</source>
        <translation>Schema revision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="72"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../ui/pages/inspections.py" line="61"/>
        <source>Start an inspection</source>
        <translation>Start an inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="80"/>
        <location filename="../../ui/pages/inspections.py" line="86"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="81"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="82"/>
        <location filename="../../ui/pages/inspections.py" line="86"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="83"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="88"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inspections.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="46"/>
        <source>Edit store</source>
        <translation>Edit store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="46"/>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="50"/>
        <source>e.g. SH012</source>
        <translation>e.g. SH012</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="61"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="72"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="80"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="87"/>
        <location filename="../../ui/pages/stores.py" line="104"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="88"/>
        <location filename="../../ui/pages/stores.py" line="104"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="89"/>
        <location filename="../../ui/pages/stores.py" line="104"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="90"/>
        <location filename="../../ui/pages/stores.py" line="105"/>
        <source>Region / area</source>
        <translation>Region / area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="91"/>
        <location filename="../../ui/pages/stores.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="92"/>
        <location filename="../../ui/pages/stores.py" line="106"/>
        <source>Opening date</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="93"/>
        <location filename="../../ui/pages/stores.py" line="106"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="94"/>
        <location filename="../../ui/pages/stores.py" line="106"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="95"/>
        <location filename="../../ui/pages/stores.py" line="107"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="96"/>
        <location filename="../../ui/pages/stores.py" line="107"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="241"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="243"/>
        <source>Search code, name, address or phone (Ctrl+F)</source>
        <translation>Search code, name, address or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="246"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="249"/>
        <source>+ Region</source>
        <translation>+ Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="252"/>
        <source>+ Area</source>
        <translation>+ Area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="250"/>
        <source>Create a region</source>
        <translation>Create a region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="253"/>
        <source>Create an area in the selected region</source>
        <translation>Create an area in the selected region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="255"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="271"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="275"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="283"/>
        <source>Show closed</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="288"/>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="289"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="290"/>
        <location filename="../../ui/pages/stores.py" line="421"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="299"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="300"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="301"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="302"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="303"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="304"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="305"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="306"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="307"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stores.py" line="335"/>
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n store</numerusform>
            <numerusform>%n stores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="346"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="364"/>
        <source>Create a region and an area first (+ Region)</source>
        <translation>Create a region and an area first (+ Region)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="419"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="456"/>
        <source>Reactivate store %1 %2? It gets back the status it had before it was closed.</source>
        <translation>Reactivate store %1 %2? It gets back the status it had before it was closed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="459"/>
        <source>Deactivate store %1 %2? It will be marked closed; its history is kept and it can be reactivated.</source>
        <translation>Deactivate store %1 %2? It will be marked closed; its history is kept and it can be reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="462"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="177"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="187"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="190"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="197"/>
        <source>Who is using OpsDesk now?</source>
        <translation>Who is using OpsDesk now?</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/table_page.py" line="140"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <location filename="../../ui/pages/templates.py" line="74"/>
        <source>Pass / fail</source>
        <translation>Pass / fail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="75"/>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="76"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="77"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="78"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="79"/>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="80"/>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="81"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="82"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="88"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="89"/>
        <source>Opening check</source>
        <translation>Opening check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="90"/>
        <source>Closing check</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="91"/>
        <source>New-store acceptance</source>
        <translation>New-store acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="92"/>
        <source>Equipment acceptance</source>
        <translation>Equipment acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="93"/>
        <source>Promotion check</source>
        <translation>Promotion check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="99"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="100"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="101"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="107"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="108"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="109"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="130"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="137"/>
        <source>Use 2 to 40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Use 2 to 40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="140"/>
        <source>Give every band a grade and a minimum from 0 to 100; the lowest band must start at 0.</source>
        <translation>Give every band a grade and a minimum from 0 to 100; the lowest band must start at 0.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="143"/>
        <source>Enter a number such as 12.5, or leave it empty.</source>
        <translation>Enter a number such as 12.5, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="145"/>
        <source>Enter a whole number from 0 to 100.</source>
        <translation>Enter a whole number from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="147"/>
        <source>This draft is the template&apos;s only version, so there is nothing to go back to.</source>
        <translation>This draft is the template&apos;s only version, so there is nothing to go back to.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ui/pages/templates.py" line="841"/>
        <source>Checklist templates</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="846"/>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="847"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="848"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="849"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="850"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="851"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="852"/>
        <location filename="../../ui/pages/templates.py" line="1421"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="853"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="874"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="874"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="874"/>
        <location filename="../../ui/pages/templates.py" line="952"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="884"/>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="921"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="921"/>
        <source>Min %</source>
        <translation>Min %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="928"/>
        <source>A run&apos;s grade is the first band whose minimum its percentage reaches.</source>
        <translation>A run&apos;s grade is the first band whose minimum its percentage reaches.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="931"/>
        <source>Add a grade band</source>
        <translation>Add a grade band</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="934"/>
        <source>Remove the selected grade band</source>
        <translation>Remove the selected grade band</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="948"/>
        <location filename="../../ui/pages/templates.py" line="963"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="950"/>
        <location filename="../../ui/pages/templates.py" line="963"/>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="954"/>
        <location filename="../../ui/pages/templates.py" line="964"/>
        <source>Grade bands</source>
        <translation>Grade bands</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="967"/>
        <location filename="../../ui/pages/templates.py" line="1899"/>
        <source>A published version cannot be changed. Click “Edit” to make a new draft.</source>
        <translation>A published version cannot be changed. Click “Edit” to make a new draft.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="976"/>
        <source>Section / item</source>
        <translation>Section / item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="976"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="976"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="991"/>
        <source>+ Section</source>
        <translation>+ Section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="992"/>
        <source>Add a section at the end</source>
        <translation>Add a section at the end</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="993"/>
        <source>+ Item</source>
        <translation>+ Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="994"/>
        <source>Add an item to the selected section (Ctrl+Shift+N)</source>
        <translation>Add an item to the selected section (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="995"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="996"/>
        <source>Delete the selected section or item (Delete)</source>
        <translation>Delete the selected section or item (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="997"/>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="998"/>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1021"/>
        <source>Select a section or an item to edit it.</source>
        <translation>Select a section or an item to edit it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1032"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1033"/>
        <source>Save the title, the grade bands and the open form (Ctrl+S)</source>
        <translation>Save the title, the grade bands and the open form (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1061"/>
        <source>Choose a template on the left, or create one (Ctrl+N).</source>
        <translation>Choose a template on the left, or create one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1123"/>
        <source>Built-in template, shipped with OpsDesk</source>
        <translation>Built-in template, shipped with OpsDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates.py" line="1124"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates.py" line="1132"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1143"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1246"/>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1255"/>
        <source>template retired</source>
        <translation>template retired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1258"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1260"/>
        <source>Hash %1</source>
        <translation>Hash %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1261"/>
        <source>Content hash (sha256): %1</source>
        <translation>Content hash (sha256): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1333"/>
        <source>Section weight</source>
        <translation>Section weight</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1421"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1449"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1449"/>
        <source>Save the changes you made?</source>
        <translation>Save the changes you made?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1482"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1512"/>
        <source>The item was not saved. Please fix:</source>
        <translation>The item was not saved. Please fix:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1573"/>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1590"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates.py" line="1613"/>
        <source>Delete section “%1” and its %n item(s)?</source>
        <translation>
            <numerusform>Delete section “%1” and its %n item?</numerusform>
            <numerusform>Delete section “%1” and its %n items?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1616"/>
        <source>Delete item “%1”?</source>
        <translation>Delete item “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1617"/>
        <location filename="../../ui/pages/templates.py" line="1774"/>
        <location filename="../../ui/pages/templates.py" line="1796"/>
        <location filename="../../ui/pages/templates.py" line="1818"/>
        <location filename="../../ui/pages/templates.py" line="1843"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1746"/>
        <source>Created %1. Add sections and items, then publish it.</source>
        <translation>Created %1. Add sections and items, then publish it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1761"/>
        <source>Version %1 is a draft: edit it, then publish it.</source>
        <translation>Version %1 is a draft: edit it, then publish it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1771"/>
        <source>Publish version %1 of “%2”? It is frozen once published; new inspections use it, and the version published before it is retired.</source>
        <translation>Publish version %1 of “%2”? It is frozen once published; new inspections use it, and the version published before it is retired.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1779"/>
        <source>Cannot publish yet</source>
        <translation>Cannot publish yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1780"/>
        <source>Version %1 cannot be published until these problems are fixed:</source>
        <translation>Version %1 cannot be published until these problems are fixed:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1788"/>
        <source>Version %1 published.</source>
        <translation>Version %1 published.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1794"/>
        <source>Discard draft version %1 of “%2” and all changes in it?</source>
        <translation>Discard draft version %1 of “%2” and all changes in it?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1807"/>
        <source>Draft discarded.</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1814"/>
        <source>Retire template “%1”? It cannot be used for new checks; past checks keep it, and it can be reactivated.</source>
        <translation>Retire template “%1”? It cannot be used for new checks; past checks keep it, and it can be reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1817"/>
        <source>Reactivate template “%1”?</source>
        <translation>Reactivate template “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1827"/>
        <source>Template retired. Tick “Show retired” to see it.</source>
        <translation>Template retired. Tick “Show retired” to see it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1833"/>
        <source>Import template</source>
        <translation>Import template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1833"/>
        <source>Template files (*.json);;All files (*)</source>
        <translation>Template files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1840"/>
        <source>A template with code %1 (“%2”) already exists. Import the file as its newest version and publish it? The version published now will be retired.</source>
        <translation>A template with code %1 (“%2”) already exists. Import the file as its newest version and publish it? The version published now will be retired.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1847"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1848"/>
        <source>%1 was not imported; nothing was changed. Problems found:</source>
        <translation>%1 was not imported; nothing was changed. Problems found:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1856"/>
        <source>Imported “%1” as version %2.</source>
        <translation>Imported “%1” as version %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1864"/>
        <source>Export template</source>
        <translation>Export template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1864"/>
        <source>Template files (*.json)</source>
        <translation>Template files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1876"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1877"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1879"/>
        <source>Exported version %1 to %2.</source>
        <translation>Exported version %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/templates.py" line="1893"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/templates.py" line="1898"/>
        <location filename="../../ui/pages/templates.py" line="1902"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="38"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="38"/>
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
        <location filename="../../ui/pages/users.py" line="82"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="69"/>
        <location filename="../../ui/pages/users.py" line="82"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="70"/>
        <location filename="../../ui/pages/users.py" line="82"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="71"/>
        <location filename="../../ui/pages/users.py" line="83"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="72"/>
        <location filename="../../ui/pages/users.py" line="83"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="73"/>
        <location filename="../../ui/pages/users.py" line="83"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="113"/>
        <source>Tick the store(s) this manager runs.</source>
        <translation>Tick the store(s) this manager runs.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="115"/>
        <source>Tick the stores this person supervises.</source>
        <translation>Tick the stores this person supervises.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="117"/>
        <source>Tick the store(s) this person works at.</source>
        <translation>Tick the store(s) this person works at.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="119"/>
        <source>Head office sees every store; no assignment needed.</source>
        <translation>Head office sees every store; no assignment needed.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users.py" line="158"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="160"/>
        <source>Search name, username, phone or e-mail (Ctrl+F)</source>
        <translation>Search name, username, phone or e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="162"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="168"/>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="174"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="175"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="176"/>
        <location filename="../../ui/pages/users.py" line="224"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="185"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="186"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="187"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="188"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="189"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="190"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="191"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="200"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="203"/>
        <source>%1 and more (%n in all)</source>
        <translation>
            <numerusform>%1 (%n in all)</numerusform>
            <numerusform>%1 and more (%n in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="216"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="222"/>
        <source>You cannot deactivate yourself</source>
        <translation>You cannot deactivate yourself</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="223"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="257"/>
        <source>Reactivate user %1?</source>
        <translation>Reactivate user %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="259"/>
        <source>Deactivate user %1? They can no longer be chosen for new work; their records are kept.</source>
        <translation>Deactivate user %1? They can no longer be chosen for new work; their records are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="261"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="37"/>
        <location filename="../../ui/welcome.py" line="48"/>
        <source>Welcome to OpsDesk</source>
        <translation>Welcome to OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="51"/>
        <source>This workspace is empty. Open a demo workspace with a sample chain of stores, supervisors and store managers to look around, or start with an empty workspace.</source>
        <translation>This workspace is empty. Open a demo workspace with a sample chain of stores, supervisors and store managers to look around, or start with an empty workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="54"/>
        <source>Open the demo workspace</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="56"/>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="84"/>
        <source>Building the demo workspace...</source>
        <translation>Building the demo workspace...</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="112"/>
        <source>Start an empty workspace</source>
        <translation>Start an empty workspace</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="115"/>
        <source>e.g. East China operations</source>
        <translation>e.g. East China operations</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="118"/>
        <source>e.g. zhangwei</source>
        <translation>e.g. zhangwei</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="124"/>
        <source>Workspace name</source>
        <translation>Workspace name</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="125"/>
        <location filename="../../ui/welcome.py" line="132"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="126"/>
        <location filename="../../ui/welcome.py" line="132"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="127"/>
        <location filename="../../ui/welcome.py" line="132"/>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="134"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="136"/>
        <source>Create workspace</source>
        <translation>Create workspace</translation>
    </message>
</context>
</TS>
