<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>QObject</name>
        <message>
            <location filename="../app/studio/main.cpp" line="58" />
            <source>Sandbox: source 127.0.0.1:%1, destination 127.0.0.1:%2; a light write load runs on the source. They stop when dts-studio closes.</source>
            <translation>沙箱：源库 127.0.0.1:%1，目标库 127.0.0.1:%2；源库上运行着少量写入负载。关闭 dts-studio 时它们一同停止。</translation>
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="63" />
            <source>The sandbox did not start: %1 — %2</source>
            <translation>沙箱未能启动：%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::AdvancedPage</name>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="126" />
            <source>Advanced settings</source>
            <translation>高级配置</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="127" />
            <source>Retries, throttles and parallelism. Hover a field for what it means.</source>
            <translation>重试、限流与并发。将鼠标悬停在字段上可查看其含义。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="133" />
            <location filename="../ui/wizard/TaskWizard.cpp" line="146" />
            <location filename="../ui/wizard/TaskWizard.cpp" line="151" />
            <source>unlimited</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="138" />
            <source>Retry Time for Failed Connections: how long a lost source or destination connection is retried, in minutes</source>
            <translation>源库、目标库连接失败后的重试时间：断开的源库或目标库连接持续重试的时长（分钟）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="140" />
            <source>Retry Time for Other Issues (DDL or DML failures, lock waits), in minutes; must be less than the connection retry time</source>
            <translation>源库、目标库出现其他问题后的重试时间（DDL 或 DML 执行失败、锁等待），单位分钟；须小于连接失败的重试时间</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="142" />
            <source>Full data: queries per second against the source (0: unlimited)</source>
            <translation>全量迁移：每秒查询源库的次数（0：不限）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="143" />
            <source>Full data: rows per second (0: unlimited)</source>
            <translation>全量迁移：每秒迁移的行数（0：不限）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="147" />
            <source>Full data: MB per second (0: unlimited)</source>
            <translation>全量迁移：每秒迁移的数据量 MB（0：不限）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="148" />
            <source>Incremental: rows per second (0: unlimited)</source>
            <translation>增量同步：每秒同步的行数（0：不限）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="152" />
            <source>Incremental: MB of binlog per second (0: unlimited)</source>
            <translation>增量同步：每秒同步的 binlog 数据量 MB（0：不限）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="153" />
            <source>Full data: source connections reading chunks in parallel</source>
            <translation>全量迁移：并行读取分片的源库连接数</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="154" />
            <source>Full data: destination connections writing in parallel</source>
            <translation>全量迁移：并行写入的目标库连接数</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="156" />
            <source>Incremental: destination connections; rows are split by table and primary key so one row's changes stay in order</source>
            <translation>增量同步：目标库连接数；数据按表和主键分发，同一行的变更保持顺序</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="158" />
            <source>Write a heartbeat row on the source every second</source>
            <translation>每秒在源库写入一行心跳数据</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="160" />
            <source>Keeps the latency exact when the source is idle (a dts_studio_meta.heartbeat table on the source)</source>
            <translation>源库空闲时也能准确计算延迟（源库上的 dts_studio_meta.heartbeat 表）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="162" />
            <source>picked automatically</source>
            <translation>自动选择</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="164" />
            <source>The replica server_id dts uses on the source; must differ from the source's and its replicas'</source>
            <translation>dts 在源库上使用的备库 server_id；须与源库及其备库的 server_id 不同</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="167" />
            <source>Retry time for failed connections (min):</source>
            <translation>连接失败重试时间（分钟）：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="168" />
            <source>Retry time for other issues (min):</source>
            <translation>其他问题重试时间（分钟）：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="169" />
            <source>Full data: source QPS limit:</source>
            <translation>全量迁移：源库 QPS 上限：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="170" />
            <source>Full data: rows per second:</source>
            <translation>全量迁移：每秒行数：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="171" />
            <source>Full data: MB per second:</source>
            <translation>全量迁移：每秒 MB：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="172" />
            <source>Incremental: rows per second:</source>
            <translation>增量同步：每秒行数：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="173" />
            <source>Incremental: MB per second:</source>
            <translation>增量同步：每秒 MB：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="174" />
            <source>Full data readers:</source>
            <translation>全量读取并发数：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="175" />
            <source>Full data writers:</source>
            <translation>全量写入并发数：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="176" />
            <source>Incremental writers:</source>
            <translation>增量写入并发数：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="177" />
            <source>Replica server ID:</source>
            <translation>备库 server ID：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="187" />
            <source>The retry time for other issues (%1 min) must be less than the retry time for failed connections (%2 min)</source>
            <translation>其他问题的重试时间（%1 分钟）须小于连接失败的重试时间（%2 分钟）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="191" />
            <source>The replica server ID must be at most 4294967295</source>
            <translation>备库 server ID 不能大于 4294967295</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::BatchEditDialog</name>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="223" />
            <source>Batch Edit</source>
            <translation>批量编辑</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="225" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="225" />
            <source>Source name</source>
            <translation>源库名称</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="225" />
            <source>Name in the destination</source>
            <translation>目标库中的名称</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="229" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="229" />
            <source>Table</source>
            <translation>表</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="241" />
            <source>Apply to the selected rows</source>
            <translation>应用到选中的行</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="244" />
            <source>Prefix:</source>
            <translation>前缀：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="246" />
            <source>Suffix:</source>
            <translation>后缀：</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::ColumnsDialog</name>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="152" />
            <source>Columns: %1.%2</source>
            <translation>列：%1.%2</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="154" />
            <source>Source column</source>
            <translation>源列</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="154" />
            <source>Name in the destination</source>
            <translation>目标库中的名称</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="157" />
            <source>Reading the columns from the source…</source>
            <translation>正在从源库读取列…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="165" />
            <source>Unchecked columns are not synchronized; a name typed here renames the column in the destination.</source>
            <translation>未勾选的列不同步；在此输入的名称即目标库中的列名。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="185" />
            <source>Cannot read the columns: %1</source>
            <translation>无法读取列：%1</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::EndpointForm</name>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="25" />
            <source>Fill the fields from a saved connection</source>
            <translation>从已保存的连接填写字段</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="26" />
            <source>Save connection…</source>
            <translation>保存连接…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="27" />
            <source>Keep these fields for later tasks; the password goes to the system keyring, never to a file</source>
            <translation>保存这些字段供以后的任务使用；密码存入系统密钥环，绝不写入文件</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="37" />
            <source>Save connection</source>
            <translation>保存连接</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="37" />
            <source>Name of the connection:</source>
            <translation>连接名称：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="43" />
            <source>host name or IP address</source>
            <translation>主机名或 IP 地址</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="51" />
            <source>Disabled</source>
            <translation>不加密</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="52" />
            <source>Required</source>
            <translation>加密</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="53" />
            <source>Verify the server certificate (CA)</source>
            <translation>加密并校验服务器证书（CA）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="54" />
            <source>Encrypt the connection; with CA verification the server's certificate must be signed by the CA file</source>
            <translation>加密连接；校验 CA 时，服务器证书须由该 CA 文件签发</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="56" />
            <source>CA certificate file (PEM)</source>
            <translation>CA 证书文件（PEM）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="57" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="59" />
            <source>CA certificate</source>
            <translation>CA 证书</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="59" />
            <source>PEM files (*.pem *.crt);;All files (*)</source>
            <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="74" />
            <location filename="../ui/wizard/EndpointForm.cpp" line="82" />
            <location filename="../ui/wizard/EndpointForm.cpp" line="92" />
            <source>Test Connectivity</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="83" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="95" />
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="95" />
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="97" />
            <source>Fix: %1</source>
            <translation>修复方法：%1</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="107" />
            <source>Saved connection:</source>
            <translation>已保存的连接：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="108" />
            <source>Host:</source>
            <translation>主机：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="109" />
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="110" />
            <source>Database account:</source>
            <translation>数据库账号：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="111" />
            <source>Password:</source>
            <translation>数据库密码：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="112" />
            <source>TLS:</source>
            <translation>连接方式（TLS）：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="113" />
            <source>CA file:</source>
            <translation>CA 文件：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="132" />
            <source>— new connection —</source>
            <translation>— 新连接 —</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="138" />
            <location filename="../ui/wizard/EndpointForm.cpp" line="182" />
            <source>Saved connections are not available: %1</source>
            <translation>无法使用已保存的连接：%1</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="151" />
            <source>The connection was not saved: %1 — %2</source>
            <translation>连接未保存：%1 — %2</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="158" />
            <source>Connection "%1" saved (no password to keep).</source>
            <translation>连接“%1”已保存（无需保存密码）。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="161" />
            <source>Connection "%1" saved; storing the password in the system keyring…</source>
            <translation>连接“%1”已保存；正在将密码存入系统密钥环…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="165" />
            <source>Connection "%1" saved; its password is in the system keyring.</source>
            <translation>连接“%1”已保存；其密码保存在系统密钥环中。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="166" />
            <source>Connection "%1" saved without its password: %2. Enter the password each time.</source>
            <translation>连接“%1”已保存，但未保存密码：%2。每次使用时请输入密码。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="191" />
            <source>Reading the password from the system keyring…</source>
            <translation>正在从系统密钥环读取密码…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="199" />
            <source>Password from the system keyring.</source>
            <translation>密码来自系统密钥环。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="200" />
            <source>No password saved for %1: enter it.</source>
            <translation>未保存 %1 的密码：请输入。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="201" />
            <source>Passwords are not saved: %1. Enter the password.</source>
            <translation>不保存密码：%1。请输入密码。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="213" />
            <source>The password is in the system keyring.</source>
            <translation>密码已存入系统密钥环。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="214" />
            <source>The password was not saved: %1. The task file never holds it; enter it when you open the task.</source>
            <translation>密码未保存：%1。任务文件从不包含密码；打开任务时请输入。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="240" />
            <source>from the environment variable %1</source>
            <translation>来自环境变量 %1</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="249" />
            <source>%1: enter the host</source>
            <translation>%1：请输入主机</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="251" />
            <source>%1: enter the database account</source>
            <translation>%1：请输入数据库账号</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="253" />
            <source>%1: choose the CA file, or another TLS mode</source>
            <translation>%1：请选择 CA 文件，或选择其他连接方式</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="274" />
            <source>Testing…</source>
            <translation>测试中…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/EndpointForm.cpp" line="275" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::EndpointsPage</name>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="50" />
            <source>Source and destination</source>
            <translation>配置源库及目标库信息</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="51" />
            <source>Where the data comes from and where it goes. Test Connectivity checks each side now.</source>
            <translation>数据从哪里来、到哪里去。“测试连接”立即检查两端。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="53" />
            <source>e.g. shop to rds</source>
            <translation>例如 shop 到 rds</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="55" />
            <source>Where the data goes; the fields below are that engine's</source>
            <translation>数据的去向；下方字段随所选引擎变化</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="56" />
            <source>Source database (MySQL)</source>
            <translation>源库信息（MySQL）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="57" />
            <source>Destination database</source>
            <translation>目标库信息</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="59" />
            <source>MySQL</source>
            <translation>MySQL</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="60" />
            <source>PolarDB for MySQL</source>
            <translation>PolarDB MySQL版</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="71" />
            <source>Task name:</source>
            <translation>任务名称：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="72" />
            <source>Destination engine:</source>
            <translation>目标库类型：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="110" />
            <source>Enter a task name</source>
            <translation>请输入任务名称</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::MainWindow</name>
        <message>
            <location filename="../ui/MainWindow.cpp" line="22" />
            <source>dts-studio</source>
            <translation>dts-studio</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="25" />
            <source>Move a MySQL database: schema, every row, then the live changes.</source>
            <translation>迁移 MySQL 数据库：结构、全部数据，然后是实时变更。</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="27" />
            <source>New task…</source>
            <translation>新建任务…</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="28" />
            <source>Open task file…</source>
            <translation>打开任务文件…</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="30" />
            <source>Recent task files: Enter or double-click opens one</source>
            <translation>最近的任务文件：按回车或双击打开</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="33" />
            <source>The same engine runs headless: dts run TASK.json, or dts run --sandbox for a local demo.</source>
            <translation>同一引擎也可在命令行运行：dts run TASK.json，或用 dts run --sandbox 运行本地演示。</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="45" />
            <source>Recent tasks:</source>
            <translation>最近的任务：</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="51" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="54" />
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="63" />
            <source>The language changes when dts-studio starts again.</source>
            <translation>语言将在 dts-studio 下次启动时切换。</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="82" />
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2（%3）</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="86" />
            <source>Recent tasks are not available: %1</source>
            <translation>无法读取最近的任务：%1</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="114" />
            <source>%1: %2 — %3</source>
            <translation>%1：%2 — %3</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="121" />
            <source>Open task file</source>
            <translation>打开任务文件</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="121" />
            <source>Task files (*.json)</source>
            <translation>任务文件 (*.json)</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::MonitorWidget</name>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="82" />
            <source>Not started</source>
            <translation>未启动</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="91" />
            <source>Latency</source>
            <translation>延迟</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="91" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="93" />
            <source>ms</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="92" />
            <source>Records per second</source>
            <translation>每秒记录数</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="92" />
            <source>RPS</source>
            <translation>RPS</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="94" />
            <source>records/s</source>
            <translation>条/秒</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>Table</source>
            <translation>表</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>Rows done</source>
            <translation>已完成行数</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>Rows estimated</source>
            <translation>预估行数</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="101" />
            <source>Rows/s</source>
            <translation>行/秒</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>Inserts</source>
            <translation>插入</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>Updates</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>Deletes</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="102" />
            <source>DDLs</source>
            <translation>DDL</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="106" />
            <source>Debug and above</source>
            <translation>调试及以上</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="107" />
            <source>Info and above</source>
            <translation>信息及以上</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="108" />
            <source>Warnings and errors</source>
            <translation>警告和错误</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="109" />
            <source>Errors only</source>
            <translation>仅错误</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="112" />
            <source>Search the log</source>
            <translation>搜索日志</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="129" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="207" />
            <source>Full data</source>
            <translation>全量同步</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="130" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="208" />
            <location filename="../app/studio/ScreenshotTour.cpp" line="99" />
            <source>Incremental</source>
            <translation>增量同步</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="131" />
            <source>Log</source>
            <translation>日志</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="133" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="184" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="134" />
            <source>Stop</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="137" />
            <source>Stop at a transaction boundary; Resume continues from the checkpoint</source>
            <translation>在事务边界暂停；恢复时从断点继续</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="138" />
            <source>Stop the task at a transaction boundary</source>
            <translation>在事务边界结束任务</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="146" />
            <source>Pausing…</source>
            <translation>暂停中…</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="187" />
            <source>Starting…</source>
            <translation>启动中…</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="205" />
            <source>Prechecking</source>
            <translation>预检查中</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="206" />
            <source>Schema</source>
            <translation>结构同步</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="209" />
            <source>Verifying</source>
            <translation>校验中</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="233" />
            <source>Retrying — %1 s left: %2</source>
            <translation>重试中 — 剩余 %1 秒：%2</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="236" />
            <source>Incremental — latency %1 ms%2</source>
            <translation>增量同步 — 延迟 %1 毫秒%2</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="236" />
            <source> (from the last event)</source>
            <translation>（按最后一个事件计算）</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="245" />
            <location filename="../ui/monitor/MonitorWidget.cpp" line="311" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="245" />
            <source>Running</source>
            <translation>运行中</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="245" />
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="253" />
            <source>%1 of %2 rows, ETA %3</source>
            <translation>%1 / %2 行，预计剩余 %3</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="256" />
            <source>%1 rows, %2 transactions applied</source>
            <translation>已应用 %1 行，%2 个事务</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="300" />
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="300" />
            <source>Failed: %1 — fix: %2</source>
            <translation>失败：%1 — 修复方法：%2</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="305" />
            <source>Resume</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="307" />
            <source>Paused at %1</source>
            <translation>已暂停于 %1</translation>
        </message>
        <message>
            <location filename="../ui/monitor/MonitorWidget.cpp" line="311" />
            <source>Stopped at %1</source>
            <translation>已结束于 %1</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::ObjectsPage</name>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="285" />
            <source>Configure objects</source>
            <translation>配置任务对象</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="286" />
            <source>What to synchronize, and how. Move databases or tables to Selected objects; right-click one there to rename it, filter its rows or choose the operations to synchronize.</source>
            <translation>同步什么、如何同步。将库或表移到“已选择对象”；在那里右键可修改名称、过滤数据或选择要同步的操作。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="288" />
            <source>Schema synchronization</source>
            <translation>库表结构同步</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="289" />
            <source>Full data synchronization</source>
            <translation>全量同步</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="290" />
            <source>Incremental data synchronization</source>
            <translation>增量同步</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="293" />
            <source>Creates the databases and tables (and, for whole databases, views, routines, triggers and events) in the destination</source>
            <translation>在目标库中创建库和表（整库同步时还包括视图、存储过程、触发器和事件）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="294" />
            <source>Copies every existing row, in chunks, resumable</source>
            <translation>分片复制全部存量数据，可断点续传</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="295" />
            <source>Follows the source's binlog after the full data, until you stop the task</source>
            <translation>全量同步后持续读取源库 binlog，直到结束任务</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="297" />
            <source>Precheck and report errors</source>
            <translation>预检查并报错拦截</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="298" />
            <source>Ignore errors and proceed</source>
            <translation>忽略报错并继续执行</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="299" />
            <source>Destination tables with the same names: stop in the precheck, or keep them and write into them</source>
            <translation>目标库中存在同名表：在预检查时拦截，或保留并写入这些表</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="301" />
            <source>DTS default policy</source>
            <translation>DTS 默认策略</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="302" />
            <source>Consistent with the source database</source>
            <translation>与源库保持一致</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="303" />
            <source>Consistent with the default policy of the destination</source>
            <translation>与目标库默认策略保持一致</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="304" />
            <source>Lowercase</source>
            <translation>大小写统一为小写</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="305" />
            <source>Uppercase</source>
            <translation>大小写统一为大写</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="306" />
            <source>Capitalization of object names in the destination instance</source>
            <translation>目标实例中对象名称的大小写策略</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="309" />
            <source>Search databases and tables</source>
            <translation>搜索库和表</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="312" />
            <source>Source objects</source>
            <translation>源库对象</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="316" />
            <source>Selected objects</source>
            <translation>已选择对象</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="316" />
            <source>Name in the destination</source>
            <translation>目标库中的名称</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="316" />
            <source>Filter</source>
            <translation>过滤条件</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="316" />
            <source>Operations</source>
            <translation>同步操作</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="323" />
            <source>Add the checked objects to Selected objects</source>
            <translation>将勾选的对象添加到已选择对象</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="324" />
            <source>Add to selected objects</source>
            <translation>添加到已选择对象</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="327" />
            <source>Remove the highlighted objects from Selected objects</source>
            <translation>从已选择对象中移除选中的对象</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="328" />
            <source>Remove from selected objects</source>
            <translation>从已选择对象中移除</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="329" />
            <source>Batch Edit</source>
            <translation>批量编辑</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="330" />
            <source>Rename several selected databases and tables at once</source>
            <translation>一次修改多个已选择的库名和表名</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="352" />
            <source>Synchronization types:</source>
            <translation>同步类型：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="353" />
            <source>Processing mode of conflicting tables:</source>
            <translation>目标已存在表的处理模式：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="354" />
            <source>Capitalization of object names:</source>
            <translation>目标库对象名称大小写：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="404" />
            <source>Reading the source's databases…</source>
            <translation>正在读取源库的数据库…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="417" />
            <source>Cannot read the source: %1</source>
            <translation>无法读取源库：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/wizard/ObjectsPage.cpp" line="423" />
            <source>%n database(s)</source>
            <translation>
                <numerusform>%n 个数据库</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="468" />
            <source>Cannot list %1: %2</source>
            <translation>无法列出 %1：%2</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="553" />
            <source>All columns</source>
            <translation>全部列</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="553" />
            <source>Columns: %1</source>
            <translation>列：%1</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="594" />
            <location filename="../ui/wizard/ObjectsPage.cpp" line="775" />
            <source>whole database</source>
            <translation>整库</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="708" />
            <source>Rename table…</source>
            <translation>修改表名…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="708" />
            <source>Rename database…</source>
            <translation>修改库名…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="711" />
            <source>Filter conditions (WHERE)…</source>
            <translation>过滤条件（WHERE）…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="712" />
            <source>Columns…</source>
            <translation>列…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="713" />
            <source>Operations to synchronize</source>
            <translation>增量同步的 SQL 操作</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="734" />
            <source>Batch Edit…</source>
            <translation>批量编辑…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="738" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="790" />
            <source>Choose at least one synchronization type</source>
            <translation>请至少选择一种同步类型</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="792" />
            <source>Move at least one database or table to Selected objects (→)</source>
            <translation>请至少将一个库或表移到已选择对象（→）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="796" />
            <source>%1.%2: choose at least one operation to synchronize, or remove the table</source>
            <translation>%1.%2：请至少选择一种要同步的操作，或移除该表</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::PrecheckDetails</name>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="76" />
            <source>Precheck item: %1</source>
            <translation>预检查项：%1</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="80" />
            <source>No details.</source>
            <translation>无详细信息。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="86" />
            <source>Objects concerned:</source>
            <translation>涉及的对象：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="92" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="93" />
            <source>Copy the fix to the clipboard</source>
            <translation>将修复方法复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="95" />
            <source>How to fix it:</source>
            <translation>修复方法：</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="104" />
            <source>The change takes effect only after the server is restarted.</source>
            <translation>该修改需重启数据库实例后才能生效。</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::PrecheckPage</name>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="44" />
            <source>Ignored</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="46" />
            <location filename="../app/studio/ScreenshotTour.cpp" line="86" />
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="47" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="48" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="51" />
            <source>Skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="121" />
            <source>Precheck</source>
            <translation>预检查</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="122" />
            <source>Checks the source, the destination and the objects before anything is written. Fix what failed and precheck again; a warning can be ignored.</source>
            <translation>在写入任何数据之前检查源库、目标库和同步对象。修复失败项后重新预检查；警告项可以忽略。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="126" />
            <source>Success rate: %p%</source>
            <translation>预检查成功率：%p%</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="130" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="130" />
            <source>Check item</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="130" />
            <source>Result</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="138" />
            <source>View Details</source>
            <translation>查看详情</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="139" />
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="140" />
            <source>Accept this warning: it no longer counts against the task (saved in the task file)</source>
            <translation>接受此警告：它不再影响任务（保存在任务文件中）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="141" />
            <source>Precheck Again</source>
            <translation>重新进行预检查</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="188" />
            <source>Checking</source>
            <translation>检查中</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/wizard/PrecheckPage.cpp" line="194" />
            <source>Checking %n item(s)…</source>
            <translation>
                <numerusform>正在检查 %n 项…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="233" />
            <source>%1 passed, %2 warning(s), %3 failed, %4 skipped (%5 s)</source>
            <translation>%1 项通过，%2 项警告，%3 项失败，%4 项跳过（%5 秒）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/PrecheckPage.cpp" line="240" />
            <source>Fix the failed items (View Details shows how) and click Precheck Again.</source>
            <translation>请修复失败项（查看详情可看到修复方法），然后单击“重新进行预检查”。</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::RunPage</name>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="232" />
            <source>Run and monitor</source>
            <translation>运行与监控</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::Secrets</name>
        <message>
            <location filename="../ui/store/Secrets.cpp" line="14" />
            <source>no keyring is available on this machine (%1)</source>
            <translation>本机没有可用的密钥环（%1）</translation>
        </message>
        <message>
            <location filename="../ui/store/Secrets.cpp" line="17" />
            <source>the keyring refused access (%1)</source>
            <translation>密钥环拒绝访问（%1）</translation>
        </message>
        <message>
            <location filename="../ui/store/Secrets.cpp" line="19" />
            <source>the keyring failed: %1</source>
            <translation>密钥环出错：%1</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::TaskWizard</name>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="254" />
            <source>New task — dts-studio</source>
            <translation>新建任务 — dts-studio</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="267" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="268" />
            <source>Preview task file</source>
            <translation>预览任务文件</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="269" />
            <source>Save task file…</source>
            <translation>保存任务文件…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="270" />
            <source>The task as a file for dts, with the passwords masked</source>
            <translation>供 dts 使用的任务文件，密码已隐去</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="331" />
            <source>Task file: %1</source>
            <translation>任务文件：%1</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="335" />
            <source>Passwords are left out; "passwordEnv" names the environment variable dts reads them from.</source>
            <translation>文件中不含密码；“passwordEnv”指明 dts 从哪个环境变量读取密码。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="338" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="353" />
            <source>enter a task name first (Source and destination page)</source>
            <translation>请先输入任务名称（源库及目标库页面）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="358" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="368" />
            <source>Save task file</source>
            <translation>保存任务文件</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="369" />
            <source>Task files (*.json)</source>
            <translation>任务文件 (*.json)</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="375" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="377" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="391" />
            <source>full data done (%1 rows)</source>
            <translation>全量同步已完成（%1 行）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="393" />
            <source>full data: %1 of %2 chunks done (%3 rows)</source>
            <translation>全量同步：已完成 %1 / %2 个分片（%3 行）</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="395" />
            <source>schema done</source>
            <translation>结构同步已完成</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="397" />
            <source>incremental applied up to %1</source>
            <translation>增量同步已应用到 %1</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="400" />
            <source>started, nothing written yet</source>
            <translation>已启动，尚未写入数据</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="401" />
            <source>This task ran before: %1. Running it continues from this checkpoint.</source>
            <translation>此任务运行过：%1。再次运行将从该断点继续。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="403" />
            <source>The task's state in %1 cannot be read: %2</source>
            <translation>无法读取 %1 中的任务状态：%2</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="423" />
            <source>A task is running</source>
            <translation>任务正在运行</translation>
        </message>
        <message>
            <location filename="../ui/wizard/TaskWizard.cpp" line="424" />
            <source>Stop the task and close? It stops at a transaction boundary and can be resumed from its checkpoint.</source>
            <translation>结束任务并关闭？任务将在事务边界停止，之后可从断点恢复。</translation>
        </message>
        <message>
            <location filename="../app/studio/ScreenshotTour.cpp" line="66" />
            <source>Passed</source>
            <translation>通过</translation>
        </message>
    </context>
    <context>
        <name>dts::ui::WhereDialog</name>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="71" />
            <source>Filter conditions: %1.%2</source>
            <translation>过滤条件：%1.%2</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="72" />
            <source>Only the rows matching this SQL condition on the source table's columns are synchronized, e.g. &lt;tt&gt;id &amp;gt; 100 AND status = 'paid'&lt;/tt&gt;. Leave it empty for every row.</source>
            <translation>只同步满足此 SQL 条件（基于源表的列）的行，例如 &lt;tt&gt;id &amp;gt; 100 AND status = 'paid'&lt;/tt&gt;。留空则同步所有行。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="82" />
            <source>Check on the source</source>
            <translation>在源库上校验</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="90" />
            <source>Check the condition before accepting it.</source>
            <translation>请先校验条件再确定。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="115" />
            <source>Checking on the source…</source>
            <translation>正在源库上校验…</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="137" />
            <source>The source accepts this condition.</source>
            <translation>源库接受该条件。</translation>
        </message>
        <message>
            <location filename="../ui/wizard/ObjectsPage.cpp" line="140" />
            <source>The source rejects this condition: %1</source>
            <translation>源库拒绝该条件：%1</translation>
        </message>
    </context>
</TS>
