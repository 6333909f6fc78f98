<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
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
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="30"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Use 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Use 2 to 20 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>This is already used by another record.</source>
        <translation>This is already used by another record.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>Enter a phone number (digits, spaces, + - and brackets).</source>
        <translation>Enter a phone number (digits, spaces, + - and brackets).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Enter an e-mail address such as name@example.com.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>An open store needs its opening date.</source>
        <translation>An open store needs its opening date.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>Choose an active user with the right role.</source>
        <translation>Choose an active user with the right role.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>The chosen record no longer exists.</source>
        <translation>The chosen record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Areas cannot contain further areas.</source>
        <translation>Areas cannot contain further areas.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>You cannot deactivate the user you are signed in as.</source>
        <translation>You cannot deactivate the user you are signed in as.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>The workspace already has stores.</source>
        <translation>The workspace already has stores.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Choose one of the offered values.</source>
        <translation>Choose one of the offered values.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>This workspace was saved by a newer version of OpsDesk (schema %1). Update OpsDesk to open it; the file was not changed.</source>
        <translation>This workspace was saved by a newer version of OpsDesk (schema %1). Update OpsDesk to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>This workspace needs to be upgraded before it can be opened.</source>
        <translation>This workspace needs to be upgraded before it can be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>The file %1 is not an OpsDesk workspace.</source>
        <translation>The file %1 is not an OpsDesk workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>%1 is not a picture OpsDesk can read. Choose a JPEG, PNG or WebP photo.</source>
        <translation>%1 is not a picture OpsDesk can read. Choose a JPEG, PNG or WebP photo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>%1 is too large to be a photo.</source>
        <translation>%1 is too large to be a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>The record no longer exists. It may have been removed.</source>
        <translation>The record no longer exists. It may have been removed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Another computer&apos;s clock is more than 24 hours ahead.</source>
        <translation>Another computer&apos;s clock is more than 24 hours ahead.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>The change was refused to protect the data.</source>
        <translation>The change was refused to protect the data.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>The operation could not be completed.</source>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Checklist templates</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Daily checklists</source>
        <translation>Daily checklists</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Visit logs</source>
        <translation>Visit logs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>New-store opening</source>
        <translation>New-store opening</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Signatures &amp; reports</source>
        <translation>Signatures &amp; reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Switch &amp;user...</source>
        <translation>Switch &amp;user...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;About OpsDesk</source>
        <translation>&amp;About OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Node: %1</source>
        <translation>Node: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Node %1, key fingerprint %2</source>
        <translation>Node %1, key fingerprint %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>About OpsDesk</source>
        <translation>About OpsDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>OpsDesk %1
Store operations supervision, offline first.</source>
        <translation>OpsDesk %1
Store operations supervision, offline first.</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="189"/>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="191"/>
        <source>New area in %1</source>
        <translation>New area in %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="193"/>
        <source>New region</source>
        <translation>New region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="196"/>
        <source>e.g. SH</source>
        <translation>e.g. SH</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="201"/>
        <location filename="../../ui/pages/stores.py" line="205"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="202"/>
        <location filename="../../ui/pages/stores.py" line="205"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="207"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="208"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="47"/>
        <source>Edit store</source>
        <translation>Edit store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="47"/>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="51"/>
        <source>e.g. SH012</source>
        <translation>e.g. SH012</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="62"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="73"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="81"/>
        <location filename="../../ui/pages/stores.py" line="98"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="82"/>
        <location filename="../../ui/pages/stores.py" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="83"/>
        <location filename="../../ui/pages/stores.py" line="98"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="84"/>
        <location filename="../../ui/pages/stores.py" line="99"/>
        <source>Region / area</source>
        <translation>Region / area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="85"/>
        <location filename="../../ui/pages/stores.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="86"/>
        <location filename="../../ui/pages/stores.py" line="100"/>
        <source>Opening date</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="87"/>
        <location filename="../../ui/pages/stores.py" line="100"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="88"/>
        <location filename="../../ui/pages/stores.py" line="100"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="89"/>
        <location filename="../../ui/pages/stores.py" line="101"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="90"/>
        <location filename="../../ui/pages/stores.py" line="101"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="104"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="106"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <location filename="../../ui/pages/stores.py" line="235"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="237"/>
        <source>Search code, name, address or phone (Ctrl+F)</source>
        <translation>Search code, name, address or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="240"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="243"/>
        <source>+ Region</source>
        <translation>+ Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="246"/>
        <source>+ Area</source>
        <translation>+ Area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="244"/>
        <source>Create a region</source>
        <translation>Create a region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="247"/>
        <source>Create an area in the selected region</source>
        <translation>Create an area in the selected region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="249"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="265"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="269"/>
        <source>All but closed</source>
        <translation>All but closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="277"/>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="278"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="279"/>
        <location filename="../../ui/pages/stores.py" line="406"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="288"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="289"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="290"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="291"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="292"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="293"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="294"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="295"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="296"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stores.py" line="323"/>
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n store</numerusform>
            <numerusform>%n stores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="334"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="404"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="436"/>
        <source>Reactivate store %1 %2?</source>
        <translation>Reactivate store %1 %2?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="440"/>
        <source>Deactivate store %1 %2? It will be marked closed and hidden from the list; its history is kept and it can be reactivated.</source>
        <translation>Deactivate store %1 %2? It will be marked closed and hidden from the list; its history is kept and it can be reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stores.py" line="443"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="170"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="176"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="179"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="186"/>
        <source>Who is using OpsDesk now?</source>
        <translation>Who is using OpsDesk now?</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/table_page.py" line="124"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="39"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="39"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="44"/>
        <source>e.g. zhangwei</source>
        <translation>e.g. zhangwei</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="51"/>
        <source>Filter stores</source>
        <translation>Filter stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="69"/>
        <location filename="../../ui/pages/users.py" line="83"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="70"/>
        <location filename="../../ui/pages/users.py" line="83"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="71"/>
        <location filename="../../ui/pages/users.py" line="83"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="72"/>
        <location filename="../../ui/pages/users.py" line="84"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="73"/>
        <location filename="../../ui/pages/users.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="74"/>
        <location filename="../../ui/pages/users.py" line="84"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="87"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="119"/>
        <source>Tick the store(s) this manager runs.</source>
        <translation>Tick the store(s) this manager runs.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="121"/>
        <source>Tick the stores this person supervises.</source>
        <translation>Tick the stores this person supervises.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="123"/>
        <source>Tick the store(s) this person works at.</source>
        <translation>Tick the store(s) this person works at.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="125"/>
        <source>Head office sees every store; no assignment needed.</source>
        <translation>Head office sees every store; no assignment needed.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users.py" line="163"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="165"/>
        <source>Search name, username, phone or e-mail (Ctrl+F)</source>
        <translation>Search name, username, phone or e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="167"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="171"/>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="177"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="178"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="179"/>
        <location filename="../../ui/pages/users.py" line="224"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="188"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="189"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="190"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="191"/>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="192"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="193"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="194"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="205"/>
        <source>%1 and more (%n in all)</source>
        <translation>
            <numerusform>%1 (%n in all)</numerusform>
            <numerusform>%1 and more (%n in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/users.py" line="218"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="223"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="251"/>
        <source>Reactivate user %1?</source>
        <translation>Reactivate user %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="253"/>
        <source>Deactivate user %1? They can no longer be chosen for new work; their records are kept.</source>
        <translation>Deactivate user %1? They can no longer be chosen for new work; their records are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="255"/>
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
        <location filename="../../ui/welcome.py" line="108"/>
        <source>Start an empty workspace</source>
        <translation>Start an empty workspace</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="111"/>
        <source>e.g. East China operations</source>
        <translation>e.g. East China operations</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="114"/>
        <source>e.g. zhangwei</source>
        <translation>e.g. zhangwei</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="120"/>
        <source>Workspace name</source>
        <translation>Workspace name</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="121"/>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="122"/>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="123"/>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="130"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="132"/>
        <source>Create workspace</source>
        <translation>Create workspace</translation>
    </message>
</context>
</TS>
