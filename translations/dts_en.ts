<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/main.cpp" line="54"/>
        <source>dts-studio could not be started again: start it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="66"/>
        <source>Sandbox: source 127.0.0.1:%1, destination 127.0.0.1:%2; a light write load runs on the source. They stop when dts-studio closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="71"/>
        <source>The sandbox did not start: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::precheck::Item</name>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="23"/>
        <source>Source database connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="32"/>
        <source>Source database version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="38"/>
        <source>Source account privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="110"/>
        <source>Source heartbeat table privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="139"/>
        <source>Source binary logging is on (log_bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="156"/>
        <source>Source binlog_format is ROW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="174"/>
        <source>Source binlog_row_image is FULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="193"/>
        <source>Replicated changes reach the source&apos;s binlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="225"/>
        <source>Source binlogs are kept long enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="252"/>
        <source>The binlog position incremental sync starts from still exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="281"/>
        <source>Source server_id is set and differs from the task&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="315"/>
        <source>Source binlog compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="331"/>
        <source>Selected objects exist on the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="350"/>
        <source>Row filters (where) are valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="386"/>
        <source>Tables have a primary key or a non-null unique key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="410"/>
        <source>No invisible columns in the source tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="423"/>
        <source>Storage engines support incremental sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="449"/>
        <source>Triggers that write other tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/TaskItems.cpp" line="16"/>
        <source>At most 1000 tables are renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/TaskItems.cpp" line="49"/>
        <source>Destination names are unique (also ignoring case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/precheck/TaskItems.cpp" line="77"/>
        <source>Ignored warnings name precheck items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="42"/>
        <source>Destination database connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="51"/>
        <source>Destination version is not older than the source&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="60"/>
        <source>Destination account privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="119"/>
        <source>Destination tables with the same names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="186"/>
        <source>Existing destination tables can take the source&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="235"/>
        <source>4-byte characters fit the destination&apos;s character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="286"/>
        <source>Free space at the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="308"/>
        <source>No invisible columns in existing destination tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="32"/>
        <source>The topics exist and are writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="56"/>
        <source>Records larger than 4 MB are handled as the task says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="74"/>
        <source>Partition-key columns exist (column-hash ordering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="112"/>
        <source>The function exists and the AccessKey may reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="129"/>
        <source>No record exceeds Function Compute&apos;s 16 MB request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/tablestore/TablestorePrecheck.cpp" line="21"/>
        <source>At most 64 tables go into Tablestore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/tablestore/TablestorePrecheck.cpp" line="35"/>
        <source>Table and column names follow Tablestore&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/tablestore/TablestorePrecheck.cpp" line="62"/>
        <source>The Tablestore instance answers with the task&apos;s AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sinks/tablestore/TablestorePrecheck.cpp" line="80"/>
        <source>Every table has a Tablestore primary key of 1 to 4 columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::AdvancedPage</name>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="141"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="142"/>
        <source>Retries, throttles and parallelism. Hover a field for what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="148"/>
        <location filename="../ui/wizard/TaskWizard.cpp" line="161"/>
        <location filename="../ui/wizard/TaskWizard.cpp" line="166"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="153"/>
        <source>Retry Time for Failed Connections: how long a lost source or destination connection is retried, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="155"/>
        <source>Retry Time for Other Issues (DDL or DML failures, lock waits), in minutes; must be less than the connection retry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="157"/>
        <source>Full data: queries per second against the source (0: unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="158"/>
        <source>Full data: rows per second (0: unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="162"/>
        <source>Full data: MB per second (0: unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="163"/>
        <source>Incremental: rows per second (0: unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="167"/>
        <source>Incremental: MB of binlog per second (0: unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="168"/>
        <source>Full data: source connections reading chunks in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="169"/>
        <source>Full data: destination connections writing in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="171"/>
        <source>Incremental: destination connections; rows are split by table and primary key so one row&apos;s changes stay in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="173"/>
        <source>Write a heartbeat row on the source every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="175"/>
        <source>Keeps the latency exact when the source is idle (a dts_studio_meta.heartbeat table on the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="177"/>
        <source>picked automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="179"/>
        <source>The replica server_id dts uses on the source; must differ from the source&apos;s and its replicas&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="182"/>
        <source>Retry time for failed connections (min):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="183"/>
        <source>Retry time for other issues (min):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="184"/>
        <source>Full data: source QPS limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="185"/>
        <source>Full data: rows per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="186"/>
        <source>Full data: MB per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="187"/>
        <source>Incremental: rows per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="188"/>
        <source>Incremental: MB per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="189"/>
        <source>Full data readers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="190"/>
        <source>Full data writers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="191"/>
        <source>Incremental writers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="192"/>
        <source>Replica server ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="203"/>
        <source>The retry time for other issues (%1 min) must be less than the retry time for failed connections (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="207"/>
        <source>The replica server ID must be at most 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::BatchEditDialog</name>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="225"/>
        <source>Batch Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="228"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="228"/>
        <source>Source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="228"/>
        <source>Name in the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="232"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="232"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="244"/>
        <source>Apply to the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="247"/>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="249"/>
        <source>Suffix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::ColumnsDialog</name>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="153"/>
        <source>Columns: %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="156"/>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="156"/>
        <source>Name in the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="159"/>
        <source>Reading the columns from the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="167"/>
        <source>Unchecked columns are not synchronized; a name typed here renames the column in the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="187"/>
        <source>Cannot read the columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::EndpointForm</name>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="25"/>
        <source>Fill the fields from a saved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="26"/>
        <source>Save connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="27"/>
        <source>Keep these fields for later tasks; the password goes to the system keyring, never to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="37"/>
        <source>Save connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="37"/>
        <source>Name of the connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="43"/>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="51"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="52"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="53"/>
        <source>Verify the server certificate (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="54"/>
        <source>Encrypt the connection; with CA verification the server&apos;s certificate must be signed by the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="56"/>
        <source>CA certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="57"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="59"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="59"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="74"/>
        <location filename="../ui/wizard/EndpointForm.cpp" line="82"/>
        <location filename="../ui/wizard/EndpointForm.cpp" line="92"/>
        <source>Test Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="83"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="95"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="95"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="97"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="107"/>
        <source>Saved connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="108"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="109"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="110"/>
        <source>Database account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="111"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="112"/>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="113"/>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="132"/>
        <source>— new connection —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="138"/>
        <location filename="../ui/wizard/EndpointForm.cpp" line="182"/>
        <source>Saved connections are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="151"/>
        <source>The connection was not saved: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="158"/>
        <source>Connection &quot;%1&quot; saved (no password to keep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="161"/>
        <source>Connection &quot;%1&quot; saved; storing the password in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="165"/>
        <source>Connection &quot;%1&quot; saved; its password is in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="166"/>
        <source>Connection &quot;%1&quot; saved without its password: %2. Enter the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="191"/>
        <source>Reading the password from the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="199"/>
        <source>Password from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="200"/>
        <source>No password saved for %1: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="201"/>
        <source>Passwords are not saved: %1. Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="213"/>
        <source>The password is in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="214"/>
        <source>The password was not saved: %1. The task file never holds it; enter it when you open the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="240"/>
        <source>from the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="249"/>
        <source>%1: enter the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="251"/>
        <source>%1: enter the database account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="253"/>
        <source>%1: choose the CA file, or another TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="274"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="275"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::EndpointsPage</name>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="58"/>
        <source>Source and destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="59"/>
        <source>Where the data comes from and where it goes. Test Connectivity checks each side now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="61"/>
        <source>e.g. shop to rds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="63"/>
        <source>Where the data goes; the fields below are that engine&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="64"/>
        <source>Source database (MySQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="65"/>
        <source>Destination database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="67"/>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="68"/>
        <source>PolarDB for MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="69"/>
        <source>Tablestore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="70"/>
        <source>RocketMQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="71"/>
        <source>Function Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="85"/>
        <source>Task name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="86"/>
        <source>Destination engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="125"/>
        <source>Enter a task name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::FcForm</name>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="32"/>
        <source>the Alibaba Cloud account ID that owns the function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="33"/>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="38"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="39"/>
        <source>optional: another endpoint than https://{account}.{region}.fc.aliyuncs.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="40"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="42"/>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="45"/>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="46"/>
        <source>or the name of an environment variable that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="47"/>
        <source>Secret from variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="49"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="51"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="52"/>
        <source>LATEST, a version number or an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="54"/>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="55"/>
        <source>Synchronize all fields (full before-image in updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="58"/>
        <source> records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="59"/>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="61"/>
        <source>Batch at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="60"/>
        <source> KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="62"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="63"/>
        <source>Batch waits at most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="23"/>
        <source>dts-studio</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="26"/>
        <source>Move a MySQL database: schema, every row, then the live changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="28"/>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="29"/>
        <source>Open task file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="31"/>
        <source>Recent task files: Enter or double-click opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="34"/>
        <source>The same engine runs headless: dts run TASK.json, or dts run --sandbox for a local demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Recent tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>The language changes when dts-studio starts again (after the task open in the wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>The language changes when dts-studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Restart dts-studio now in the chosen language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Recent tasks are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Open task file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Task files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::MonitorWidget</name>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="84"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="93"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="93"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="95"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="94"/>
        <source>Records per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="94"/>
        <source>RPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="96"/>
        <source>records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>Rows done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>Rows estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>Rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>Inserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>Deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>DDLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="108"/>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="109"/>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="110"/>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="111"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="114"/>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="131"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="222"/>
        <source>Full data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="132"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="223"/>
        <location filename="../app/studio/ScreenshotTour.cpp" line="99"/>
        <source>Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="133"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="135"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="137"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="188"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="138"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="141"/>
        <source>Stop at a transaction boundary; Resume continues from the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="142"/>
        <source>Stop the task at a transaction boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="150"/>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="191"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="220"/>
        <source>Prechecking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="221"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="224"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="251"/>
        <source>Retrying — %1 s left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="254"/>
        <source>Incremental — latency %1 ms%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="254"/>
        <source> (from the last event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="263"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="329"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="263"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="263"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="271"/>
        <source>%1 of %2 rows, ETA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="274"/>
        <source>%1 rows, %2 transactions applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="318"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="318"/>
        <source>Failed: %1 — fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="323"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="325"/>
        <source>Paused at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="329"/>
        <source>Stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::ObjectsPage</name>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="288"/>
        <source>Configure objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="289"/>
        <source>What to synchronize, and how. Move databases or tables to Selected objects; right-click one there to rename it, filter its rows or choose the operations to synchronize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="291"/>
        <source>Schema synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="292"/>
        <source>Full data synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="293"/>
        <source>Incremental data synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="296"/>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="407"/>
        <source>Creates the databases and tables (and, for whole databases, views, routines, triggers and events) in the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="297"/>
        <source>Copies every existing row, in chunks, resumable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="298"/>
        <source>Follows the source&apos;s binlog after the full data, until you stop the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="300"/>
        <source>Precheck and report errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="301"/>
        <source>Ignore errors and proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="302"/>
        <source>Destination tables with the same names: stop in the precheck, or keep them and write into them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="304"/>
        <source>DTS default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="305"/>
        <source>Consistent with the source database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="306"/>
        <source>Consistent with the default policy of the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="307"/>
        <source>Lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="308"/>
        <source>Uppercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="309"/>
        <source>Capitalization of object names in the destination instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="312"/>
        <source>Search databases and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="315"/>
        <source>Source objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="319"/>
        <source>Selected objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="319"/>
        <source>Name in the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="319"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="319"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="326"/>
        <source>Add the checked objects to Selected objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="327"/>
        <source>Add to selected objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="330"/>
        <source>Remove the highlighted objects from Selected objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="331"/>
        <source>Remove from selected objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="332"/>
        <source>Batch Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="333"/>
        <source>Rename several selected databases and tables at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="355"/>
        <source>Synchronization types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="356"/>
        <source>Processing mode of conflicting tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="357"/>
        <source>Capitalization of object names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="408"/>
        <source>Not for this destination: a topic or a function has no schema; full data arrives as INIT records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="415"/>
        <source>Reading the source&apos;s databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="428"/>
        <source>Cannot read the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/ObjectsPage.cpp" line="434"/>
        <source>%n database(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="479"/>
        <source>Cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="564"/>
        <source>All columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="564"/>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="605"/>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="786"/>
        <source>whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="719"/>
        <source>Rename table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="719"/>
        <source>Rename database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="722"/>
        <source>Filter conditions (WHERE)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="723"/>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="724"/>
        <source>Operations to synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="745"/>
        <source>Batch Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="749"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="801"/>
        <source>Choose at least one synchronization type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="803"/>
        <source>Move at least one database or table to Selected objects (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="807"/>
        <source>%1.%2: choose at least one operation to synchronize, or remove the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::PrecheckDetails</name>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="81"/>
        <source>Precheck item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="85"/>
        <source>No details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="91"/>
        <source>Objects concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="97"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="98"/>
        <source>Copy the fix to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="100"/>
        <source>How to fix it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="109"/>
        <source>The change takes effect only after the server is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::PrecheckPage</name>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="44"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="46"/>
        <location filename="../app/studio/ScreenshotTour.cpp" line="86"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="47"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="48"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="51"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="126"/>
        <source>Precheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="127"/>
        <source>Checks the source, the destination and the objects before anything is written. Fix what failed and precheck again; a warning can be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="131"/>
        <source>Success rate: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="136"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="136"/>
        <source>Check item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="136"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="144"/>
        <source>View Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="145"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="146"/>
        <source>Accept this warning: it no longer counts against the task (saved in the task file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="147"/>
        <source>Precheck Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="194"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/PrecheckPage.cpp" line="200"/>
        <source>Checking %n item(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="239"/>
        <source>%1 passed, %2 warning(s), %3 failed, %4 skipped (%5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="246"/>
        <source>Fix the failed items (View Details shows how) and click Precheck Again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::RocketMqForm</name>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="44"/>
        <source>RocketMQ version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="45"/>
        <source>host:9876, or the instance&apos;s TCP endpoint http://MQ_INST_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="46"/>
        <source>Name server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="47"/>
        <source>MQ_INST_… (optional; taken from the endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="48"/>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="56"/>
        <source>or the name of an environment variable that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="57"/>
        <source>Secret from variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="59"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="60"/>
        <source>optional: DDL records go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="61"/>
        <source>DDL topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="64"/>
        <source>Producer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="66"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="67"/>
        <source>Synchronize all fields (full before-image in updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="72"/>
        <source>Ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="76"/>
        <source>column-hash: one table a line, &quot;db.table: col1, col2&quot; (default: the primary key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="77"/>
        <source>Partition keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="81"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="82"/>
        <source>Records per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="83"/>
        <source>Drop records over 4 MB and log them (off: the task stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="90"/>
        <source>one a line: &quot;db = topic&quot; or &quot;db.table = topic&quot; (the table wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="91"/>
        <source>Topic mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="99"/>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="99"/>
        <source>Instance user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="100"/>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="100"/>
        <source>Instance password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::RunPage</name>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="248"/>
        <source>Run and monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::Secrets</name>
    <message>
        <location filename="../ui/store/Secrets.cpp" line="14"/>
        <source>no keyring is available on this machine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/store/Secrets.cpp" line="17"/>
        <source>the keyring refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/store/Secrets.cpp" line="19"/>
        <source>the keyring failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::TablestoreForm</name>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="42"/>
        <source>optional: https://instance.region.ots.aliyuncs.com by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="48"/>
        <source>optional (temporary STS credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="49"/>
        <source>Overwrite Row (PutRow: the whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="49"/>
        <source>Update Row (UpdateRow: changed columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="50"/>
        <source>BatchWriteRow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="50"/>
        <source>BulkImport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="54"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="55"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="56"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="57"/>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="58"/>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="59"/>
        <source>STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="60"/>
        <source>Write mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="61"/>
        <source>Batch write mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="64"/>
        <source>More settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="72"/>
        <source>Block (stop the task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="72"/>
        <source>Skip (log and count the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="73"/>
        <source>Queue size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="74"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="75"/>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="76"/>
        <source>Buckets (≤ concurrency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="77"/>
        <source>Dirty data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="126"/>
        <source>Enter the Tablestore instance name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="128"/>
        <source>Enter the region (or an endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="130"/>
        <source>Enter the AccessKey ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::TablestoreTablesEditor</name>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="52"/>
        <source>The tables the task selects; pick one to set its key and column types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="58"/>
        <source>The Tablestore primary key: 1 to 4 source columns, the first is the partition key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="59"/>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="63"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="63"/>
        <source>MySQL type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="63"/>
        <source>Tablestore type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="102"/>
        <source>columns, comma-separated (at most 4); empty: the source primary key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="115"/>
        <source>Default for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::TablestoreTablesPage</name>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="203"/>
        <source>Tablestore tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="204"/>
        <source>Each selected table becomes a Tablestore table: choose its primary key (at most 4 columns; the source&apos;s by default) and the Tablestore type of each column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="223"/>
        <source>Reading the selected tables from the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="253"/>
        <source>%n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="254"/>
        <source>%n table(s); not read: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dts::ui::TaskWizard</name>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="270"/>
        <source>New task — dts-studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="288"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="289"/>
        <source>Preview task file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="290"/>
        <source>Save task file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="291"/>
        <source>The task as a file for dts, with the passwords masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="371"/>
        <source>Task file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="375"/>
        <source>Passwords are left out; &quot;passwordEnv&quot; names the environment variable dts reads them from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="378"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="393"/>
        <source>enter a task name first (Source and destination page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="398"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="442"/>
        <source>The destination&apos;s secrets are in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="443"/>
        <source>The destination&apos;s secrets were not saved: %1. The task file never holds them; enter them when you open the task (or name environment variables with …Env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="460"/>
        <source>Reading the destination&apos;s secrets from the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="476"/>
        <source>The destination&apos;s secrets are from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="477"/>
        <source>No secrets saved for this destination: enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="478"/>
        <source>Secrets are not saved: %1. Enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="484"/>
        <source>Save task file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="485"/>
        <source>Task files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="491"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="493"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="507"/>
        <source>full data done (%1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="509"/>
        <source>full data: %1 of %2 chunks done (%3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="511"/>
        <source>schema done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="513"/>
        <source>incremental applied up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="516"/>
        <source>started, nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="517"/>
        <source>This task ran before: %1. Running it continues from this checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="519"/>
        <source>The task&apos;s state in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="539"/>
        <source>A task is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="540"/>
        <source>Stop the task and close? It stops at a transaction boundary and can be resumed from its checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/ScreenshotTour.cpp" line="66"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::VerificationPage</name>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="17"/>
        <source>Data verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="18"/>
        <source>Compare the destination with the source after the copy: every row, or a sample of chunks, with the rows missing, extra or different and the SQL that repairs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="20"/>
        <source>Verify the data after the full copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="22"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="23"/>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="24"/>
        <source>Sampling checks the given share of each table&apos;s chunks, spread evenly, the same chunks every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="31"/>
        <location filename="../ui/verify/VerificationPage.cpp" line="35"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="32"/>
        <source>Rows read per second on each side (0: unlimited), to spare a busy source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="36"/>
        <source>MB read per second on each side (0: unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="39"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="40"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="41"/>
        <source>Stop verifying after this time; tables not reached are reported as not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="47"/>
        <source>Verification mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="48"/>
        <source>Sampling ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="49"/>
        <source>Rows per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="50"/>
        <source>MB per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="51"/>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::VerificationTab</name>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="25"/>
        <source>not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="27"/>
        <source>equal (rows counted: no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="27"/>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="28"/>
        <source>DIFFERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="35"/>
        <location filename="../ui/verify/VerificationTab.cpp" line="97"/>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="40"/>
        <source>Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="43"/>
        <source>Copy repair SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="45"/>
        <source>The statements that make the destination equal to the source (deletes, updates, inserts), for your SQL client; dts verify --repair applies them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Rows (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Rows (destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="50"/>
        <source>Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="50"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="59"/>
        <source>Select a table to see its differing rows and their repair SQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="111"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="137"/>
        <source>(whole task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="162"/>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="167"/>
        <source>Equal: %1 tables, %2 rows checked in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="171"/>
        <source>%1 of %2 tables differ or could not be verified (%3 rows checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="191"/>
        <source>(more rows differ than are listed)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="192"/>
        <source>No differing rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dts::ui::WhereDialog</name>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="71"/>
        <source>Filter conditions: %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="72"/>
        <source>Only the rows matching this SQL condition on the source table&apos;s columns are synchronized, e.g. &lt;tt&gt;id &amp;gt; 100 AND status = &apos;paid&apos;&lt;/tt&gt;. Leave it empty for every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="83"/>
        <source>Check on the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="91"/>
        <source>Check the condition before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="116"/>
        <source>Checking on the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="138"/>
        <source>The source accepts this condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="141"/>
        <source>The source rejects this condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
