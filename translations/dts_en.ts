<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>QObject</name>
        <message>
            <location filename="../app/studio/main.cpp" line="58" />
            <source>Sandbox: source 127.0.0.1:%1, destination 127.0.0.1:%2; a light write load runs on the source. They stop when dts-studio closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="63" />
            <source>The sandbox did not start: %1 — %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::AdvancedPage</name>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="126" />
            <source>Advanced settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="127" />
            <source>Retries, throttles and parallelism. Hover a field for what it means.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="133" />
            <location filename="../ui/wizard/TaskWizard.cpp" line="146" />
            <location filename="../ui/wizard/TaskWizard.cpp" line="151" />
            <source>unlimited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="138" />
            <source>Retry Time for Failed Connections: how long a lost source or destination connection is retried, in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="140" />
            <source>Retry Time for Other Issues (DDL or DML failures, lock waits), in minutes; must be less than the connection retry time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="142" />
            <source>Full data: queries per second against the source (0: unlimited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="143" />
            <source>Full data: rows per second (0: unlimited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="147" />
            <source>Full data: MB per second (0: unlimited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="148" />
            <source>Incremental: rows per second (0: unlimited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="152" />
            <source>Incremental: MB of binlog per second (0: unlimited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="153" />
            <source>Full data: source connections reading chunks in parallel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="154" />
            <source>Full data: destination connections writing in parallel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="156" />
            <source>Incremental: destination connections; rows are split by table and primary key so one row's changes stay in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="158" />
            <source>Write a heartbeat row on the source every second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="160" />
            <source>Keeps the latency exact when the source is idle (a dts_studio_meta.heartbeat table on the source)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="162" />
            <source>picked automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="164" />
            <source>The replica server_id dts uses on the source; must differ from the source's and its replicas'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="167" />
            <source>Retry time for failed connections (min):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="168" />
            <source>Retry time for other issues (min):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="169" />
            <source>Full data: source QPS limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="170" />
            <source>Full data: rows per second:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="171" />
            <source>Full data: MB per second:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="172" />
            <source>Incremental: rows per second:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="173" />
            <source>Incremental: MB per second:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="174" />
            <source>Full data readers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="175" />
            <source>Full data writers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="176" />
            <source>Incremental writers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="177" />
            <source>Replica server ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="187" />
            <source>The retry time for other issues (%1 min) must be less than the retry time for failed connections (%2 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="191" />
            <source>The replica server ID must be at most 4294967295</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::BatchEditDialog</name>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="223" />
            <source>Batch Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="225" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="225" />
            <source>Source name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="225" />
            <source>Name in the destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="229" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="229" />
            <source>Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="241" />
            <source>Apply to the selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="244" />
            <source>Prefix:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="246" />
            <source>Suffix:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::ColumnsDialog</name>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="152" />
            <source>Columns: %1.%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="154" />
            <source>Source column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="154" />
            <source>Name in the destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="157" />
            <source>Reading the columns from the source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="165" />
            <source>Unchecked columns are not synchronized; a name typed here renames the column in the destination.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="185" />
            <source>Cannot read the columns: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::EndpointForm</name>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="25" />
            <source>Fill the fields from a saved connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="26" />
            <source>Save connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="27" />
            <source>Keep these fields for later tasks; the password goes to the system keyring, never to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="37" />
            <source>Save connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="37" />
            <source>Name of the connection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="43" />
            <source>host name or IP address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="51" />
            <source>Disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="52" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="53" />
            <source>Verify the server certificate (CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="54" />
            <source>Encrypt the connection; with CA verification the server's certificate must be signed by the CA file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="56" />
            <source>CA certificate file (PEM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="57" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="59" />
            <source>CA certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="59" />
            <source>PEM files (*.pem *.crt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="74" />
            <location filename="../ui/wizard/EndpointForm.cpp" line="82" />
            <location filename="../ui/wizard/EndpointForm.cpp" line="92" />
            <source>Test Connectivity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="83" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="95" />
            <source>Passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="95" />
            <source>Failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="97" />
            <source>Fix: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="107" />
            <source>Saved connection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="108" />
            <source>Host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="109" />
            <source>Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="110" />
            <source>Database account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="111" />
            <source>Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="112" />
            <source>TLS:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="113" />
            <source>CA file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="132" />
            <source>— new connection —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="138" />
            <location filename="../ui/wizard/EndpointForm.cpp" line="182" />
            <source>Saved connections are not available: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="151" />
            <source>The connection was not saved: %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="158" />
            <source>Connection "%1" saved (no password to keep).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="161" />
            <source>Connection "%1" saved; storing the password in the system keyring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="165" />
            <source>Connection "%1" saved; its password is in the system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="166" />
            <source>Connection "%1" saved without its password: %2. Enter the password each time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="191" />
            <source>Reading the password from the system keyring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="199" />
            <source>Password from the system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="200" />
            <source>No password saved for %1: enter it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="201" />
            <source>Passwords are not saved: %1. Enter the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="213" />
            <source>The password is in the system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="214" />
            <source>The password was not saved: %1. The task file never holds it; enter it when you open the task.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="240" />
            <source>from the environment variable %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="249" />
            <source>%1: enter the host</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="251" />
            <source>%1: enter the database account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="253" />
            <source>%1: choose the CA file, or another TLS mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="274" />
            <source>Testing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="275" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::EndpointsPage</name>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="50" />
            <source>Source and destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="51" />
            <source>Where the data comes from and where it goes. Test Connectivity checks each side now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="53" />
            <source>e.g. shop to rds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="55" />
            <source>Where the data goes; the fields below are that engine's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="56" />
            <source>Source database (MySQL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="57" />
            <source>Destination database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="59" />
            <source>MySQL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="60" />
            <source>PolarDB for MySQL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="71" />
            <source>Task name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="72" />
            <source>Destination engine:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="110" />
            <source>Enter a task name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::MainWindow</name>
        <message>
            <location filename="../ui/MainWindow.cpp" line="22" />
            <source>dts-studio</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="25" />
            <source>Move a MySQL database: schema, every row, then the live changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="27" />
            <source>New task…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="28" />
            <source>Open task file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="30" />
            <source>Recent task files: Enter or double-click opens one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="33" />
            <source>The same engine runs headless: dts run TASK.json, or dts run --sandbox for a local demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="45" />
            <source>Recent tasks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="51" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="54" />
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="63" />
            <source>The language changes when dts-studio starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="82" />
            <source>%1 — %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="86" />
            <source>Recent tasks are not available: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="114" />
            <source>%1: %2 — %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="121" />
            <source>Open task file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="121" />
            <source>Task files (*.json)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::MonitorWidget</name>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="82" />
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="91" />
            <source>Latency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="91" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="93" />
            <source>ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="92" />
            <source>Records per second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="92" />
            <source>RPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="94" />
            <source>records/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>Rows done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>Rows estimated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>Rows/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>Inserts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>Updates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>Deletes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>DDLs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="106" />
            <source>Debug and above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="107" />
            <source>Info and above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="108" />
            <source>Warnings and errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="109" />
            <source>Errors only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="112" />
            <source>Search the log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="129" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="207" />
            <source>Full data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="130" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="208" />
            <location filename="../app/studio/ScreenshotTour.cpp" line="99" />
            <source>Incremental</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="131" />
            <source>Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="133" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="184" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="134" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="137" />
            <source>Stop at a transaction boundary; Resume continues from the checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="138" />
            <source>Stop the task at a transaction boundary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="146" />
            <source>Pausing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="187" />
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="205" />
            <source>Prechecking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="206" />
            <source>Schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="209" />
            <source>Verifying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="233" />
            <source>Retrying — %1 s left: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="236" />
            <source>Incremental — latency %1 ms%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="236" />
            <source> (from the last event)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="245" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="311" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="245" />
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="245" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="253" />
            <source>%1 of %2 rows, ETA %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="256" />
            <source>%1 rows, %2 transactions applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="300" />
            <source>Failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="300" />
            <source>Failed: %1 — fix: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="305" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="307" />
            <source>Paused at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="311" />
            <source>Stopped at %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::ObjectsPage</name>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="285" />
            <source>Configure objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="286" />
            <source>What to synchronize, and how. Move databases or tables to Selected objects; right-click one there to rename it, filter its rows or choose the operations to synchronize.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="288" />
            <source>Schema synchronization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="289" />
            <source>Full data synchronization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="290" />
            <source>Incremental data synchronization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="293" />
            <source>Creates the databases and tables (and, for whole databases, views, routines, triggers and events) in the destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="294" />
            <source>Copies every existing row, in chunks, resumable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="295" />
            <source>Follows the source's binlog after the full data, until you stop the task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="297" />
            <source>Precheck and report errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="298" />
            <source>Ignore errors and proceed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="299" />
            <source>Destination tables with the same names: stop in the precheck, or keep them and write into them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="301" />
            <source>DTS default policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="302" />
            <source>Consistent with the source database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="303" />
            <source>Consistent with the default policy of the destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="304" />
            <source>Lowercase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="305" />
            <source>Uppercase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="306" />
            <source>Capitalization of object names in the destination instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="309" />
            <source>Search databases and tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="312" />
            <source>Source objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="316" />
            <source>Selected objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="316" />
            <source>Name in the destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="316" />
            <source>Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="316" />
            <source>Operations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="323" />
            <source>Add the checked objects to Selected objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="324" />
            <source>Add to selected objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="327" />
            <source>Remove the highlighted objects from Selected objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="328" />
            <source>Remove from selected objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="329" />
            <source>Batch Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="330" />
            <source>Rename several selected databases and tables at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="352" />
            <source>Synchronization types:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="353" />
            <source>Processing mode of conflicting tables:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="354" />
            <source>Capitalization of object names:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="404" />
            <source>Reading the source's databases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="417" />
            <source>Cannot read the source: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/wizard/ObjectsPage.cpp" line="423" />
            <source>%n database(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="468" />
            <source>Cannot list %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="553" />
            <source>All columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="553" />
            <source>Columns: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="594" />
            <location filename="../ui/wizard/ObjectsPage.cpp" line="775" />
            <source>whole database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="708" />
            <source>Rename table…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="708" />
            <source>Rename database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="711" />
            <source>Filter conditions (WHERE)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="712" />
            <source>Columns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="713" />
            <source>Operations to synchronize</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="734" />
            <source>Batch Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="738" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="790" />
            <source>Choose at least one synchronization type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="792" />
            <source>Move at least one database or table to Selected objects (→)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="796" />
            <source>%1.%2: choose at least one operation to synchronize, or remove the table</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::PrecheckDetails</name>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="76" />
            <source>Precheck item: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="80" />
            <source>No details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="86" />
            <source>Objects concerned:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="92" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="93" />
            <source>Copy the fix to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="95" />
            <source>How to fix it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="104" />
            <source>The change takes effect only after the server is restarted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::PrecheckPage</name>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="44" />
            <source>Ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="46" />
            <location filename="../app/studio/ScreenshotTour.cpp" line="86" />
            <source>Passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="47" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="48" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="51" />
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="121" />
            <source>Precheck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="122" />
            <source>Checks the source, the destination and the objects before anything is written. Fix what failed and precheck again; a warning can be ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="126" />
            <source>Success rate: %p%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="130" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="130" />
            <source>Check item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="130" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="138" />
            <source>View Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="139" />
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="140" />
            <source>Accept this warning: it no longer counts against the task (saved in the task file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="141" />
            <source>Precheck Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="188" />
            <source>Checking</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/wizard/PrecheckPage.cpp" line="194" />
            <source>Checking %n item(s)…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="233" />
            <source>%1 passed, %2 warning(s), %3 failed, %4 skipped (%5 s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="240" />
            <source>Fix the failed items (View Details shows how) and click Precheck Again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::RunPage</name>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="232" />
            <source>Run and monitor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::Secrets</name>
        <message>
            <location filename="../ui/store/Secrets.cpp" line="14" />
            <source>no keyring is available on this machine (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/store/Secrets.cpp" line="17" />
            <source>the keyring refused access (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/store/Secrets.cpp" line="19" />
            <source>the keyring failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::TaskWizard</name>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="254" />
            <source>New task — dts-studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="267" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="268" />
            <source>Preview task file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="269" />
            <source>Save task file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="270" />
            <source>The task as a file for dts, with the passwords masked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="331" />
            <source>Task file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="335" />
            <source>Passwords are left out; "passwordEnv" names the environment variable dts reads them from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="338" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="353" />
            <source>enter a task name first (Source and destination page)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="358" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="368" />
            <source>Save task file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="369" />
            <source>Task files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="375" />
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="377" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="391" />
            <source>full data done (%1 rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="393" />
            <source>full data: %1 of %2 chunks done (%3 rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="395" />
            <source>schema done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="397" />
            <source>incremental applied up to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="400" />
            <source>started, nothing written yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="401" />
            <source>This task ran before: %1. Running it continues from this checkpoint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="403" />
            <source>The task's state in %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="423" />
            <source>A task is running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="424" />
            <source>Stop the task and close? It stops at a transaction boundary and can be resumed from its checkpoint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/studio/ScreenshotTour.cpp" line="66" />
            <source>Passed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dts::ui::WhereDialog</name>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="71" />
            <source>Filter conditions: %1.%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="72" />
            <source>Only the rows matching this SQL condition on the source table's columns are synchronized, e.g. &lt;tt&gt;id &amp;gt; 100 AND status = 'paid'&lt;/tt&gt;. Leave it empty for every row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="82" />
            <source>Check on the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="90" />
            <source>Check the condition before accepting it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="115" />
            <source>Checking on the source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="137" />
            <source>The source accepts this condition.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="140" />
            <source>The source rejects this condition: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
