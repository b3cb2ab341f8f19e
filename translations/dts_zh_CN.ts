<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/main.cpp" line="54"/>
        <source>dts-studio could not be started again: start it yourself.</source>
        <translation>dts-studio 无法重新启动：请手动启动。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="66"/>
        <source>Sandbox: source 127.0.0.1:%1, destination 127.0.0.1:%2; a light write load runs on the source. They stop when dts-studio closes.</source>
        <translation>沙箱：源库 127.0.0.1:%1，目标库 127.0.0.1:%2；源库上运行着少量写入负载。关闭 dts-studio 时它们一同停止。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="71"/>
        <source>The sandbox did not start: %1 — %2</source>
        <translation>沙箱未能启动：%1 — %2</translation>
    </message>
</context>
<context>
    <name>dts::precheck::Item</name>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="23"/>
        <source>Source database connectivity</source>
        <translation>源库连接性检查</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="32"/>
        <source>Source database version</source>
        <translation>源库版本检查</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="38"/>
        <source>Source account privileges</source>
        <translation>源库账号权限检查</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="110"/>
        <source>Source heartbeat table privileges</source>
        <translation>源库心跳表权限检查</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="139"/>
        <source>Source binary logging is on (log_bin)</source>
        <translation>源库已开启 Binlog（log_bin）</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="156"/>
        <source>Source binlog_format is ROW</source>
        <translation>源库 binlog_format 为 ROW</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="174"/>
        <source>Source binlog_row_image is FULL</source>
        <translation>源库 binlog_row_image 为 FULL</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="193"/>
        <source>Replicated changes reach the source&apos;s binlog</source>
        <translation>复制来的变更写入源库 Binlog（log_slave_updates）</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="225"/>
        <source>Source binlogs are kept long enough</source>
        <translation>源库 Binlog 保留时间足够</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="252"/>
        <source>The binlog position incremental sync starts from still exists</source>
        <translation>增量同步起始位点的 Binlog 仍然存在</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="281"/>
        <source>Source server_id is set and differs from the task&apos;s</source>
        <translation>源库 server_id 已设置且与任务的不同</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="315"/>
        <source>Source binlog compression</source>
        <translation>源库 Binlog 压缩检查</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="331"/>
        <source>Selected objects exist on the source</source>
        <translation>所选对象在源库中存在</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="350"/>
        <source>Row filters (where) are valid</source>
        <translation>行过滤条件（where）有效</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="386"/>
        <source>Tables have a primary key or a non-null unique key</source>
        <translation>表具有主键或非空唯一键</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="410"/>
        <source>No invisible columns in the source tables</source>
        <translation>源表中没有不可见列</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="423"/>
        <source>Storage engines support incremental sync</source>
        <translation>存储引擎支持增量同步</translation>
    </message>
    <message>
        <location filename="../core/precheck/SourceItems.cpp" line="449"/>
        <source>Triggers that write other tables</source>
        <translation>写入其他表的触发器</translation>
    </message>
    <message>
        <location filename="../core/precheck/TaskItems.cpp" line="16"/>
        <source>At most 1000 tables are renamed</source>
        <translation>重命名的表不超过 1000 张</translation>
    </message>
    <message>
        <location filename="../core/precheck/TaskItems.cpp" line="49"/>
        <source>Destination names are unique (also ignoring case)</source>
        <translation>目标端名称唯一（不区分大小写时也唯一）</translation>
    </message>
    <message>
        <location filename="../core/precheck/TaskItems.cpp" line="77"/>
        <source>Ignored warnings name precheck items</source>
        <translation>忽略的警告对应存在的预检查项</translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="42"/>
        <source>Destination database connectivity</source>
        <translation>目标库连接性检查</translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="51"/>
        <source>Destination version is not older than the source&apos;s</source>
        <translation>目标库版本不低于源库</translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="60"/>
        <source>Destination account privileges</source>
        <translation>目标库账号权限检查</translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="119"/>
        <source>Destination tables with the same names</source>
        <translation>目标库同名表检查</translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="186"/>
        <source>Existing destination tables can take the source&apos;s rows</source>
        <translation>目标库已有的表能容纳源库的数据</translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="235"/>
        <source>4-byte characters fit the destination&apos;s character set</source>
        <translation>目标库字符集支持 4 字节字符</translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="286"/>
        <source>Free space at the destination</source>
        <translation>目标库剩余空间</translation>
    </message>
    <message>
        <location filename="../core/sinks/mysql/MySqlPrecheck.cpp" line="308"/>
        <source>No invisible columns in existing destination tables</source>
        <translation>目标库已有的表中没有不可见列</translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="32"/>
        <source>The topics exist and are writable</source>
        <translation>Topic 存在且可写</translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="56"/>
        <source>Records larger than 4 MB are handled as the task says</source>
        <translation>大于 4 MB 的记录按任务设置处理</translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="74"/>
        <source>Partition-key columns exist (column-hash ordering)</source>
        <translation>分区键列存在（按列哈希投递）</translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="112"/>
        <source>The function exists and the AccessKey may reach it</source>
        <translation>函数存在且 AccessKey 有权访问</translation>
    </message>
    <message>
        <location filename="../core/sinks/records/RecordPrecheck.cpp" line="129"/>
        <source>No record exceeds Function Compute&apos;s 16 MB request</source>
        <translation>没有记录超过函数计算 16 MB 的请求上限</translation>
    </message>
    <message>
        <location filename="../core/sinks/tablestore/TablestorePrecheck.cpp" line="21"/>
        <source>At most 64 tables go into Tablestore</source>
        <translation>写入表格存储的表不超过 64 张</translation>
    </message>
    <message>
        <location filename="../core/sinks/tablestore/TablestorePrecheck.cpp" line="35"/>
        <source>Table and column names follow Tablestore&apos;s rules</source>
        <translation>表名和列名符合表格存储的命名规则</translation>
    </message>
    <message>
        <location filename="../core/sinks/tablestore/TablestorePrecheck.cpp" line="62"/>
        <source>The Tablestore instance answers with the task&apos;s AccessKey</source>
        <translation>表格存储实例可用任务的 AccessKey 访问</translation>
    </message>
    <message>
        <location filename="../core/sinks/tablestore/TablestorePrecheck.cpp" line="80"/>
        <source>Every table has a Tablestore primary key of 1 to 4 columns</source>
        <translation>每张表都有 1 到 4 列的表格存储主键</translation>
    </message>
</context>
<context>
    <name>dts::ui::AdvancedPage</name>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="141"/>
        <source>Advanced settings</source>
        <translation>高级配置</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="142"/>
        <source>Retries, throttles and parallelism. Hover a field for what it means.</source>
        <translation>重试、限流与并发。将鼠标悬停在字段上可查看其含义。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="148"/>
        <location filename="../ui/wizard/TaskWizard.cpp" line="161"/>
        <location filename="../ui/wizard/TaskWizard.cpp" line="166"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="153"/>
        <source>Retry Time for Failed Connections: how long a lost source or destination connection is retried, in minutes</source>
        <translation>源库、目标库连接失败后的重试时间：断开的源库或目标库连接持续重试的时长（分钟）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="155"/>
        <source>Retry Time for Other Issues (DDL or DML failures, lock waits), in minutes; must be less than the connection retry time</source>
        <translation>源库、目标库出现其他问题后的重试时间（DDL 或 DML 执行失败、锁等待），单位分钟；须小于连接失败的重试时间</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="157"/>
        <source>Full data: queries per second against the source (0: unlimited)</source>
        <translation>全量迁移：每秒查询源库的次数（0：不限）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="158"/>
        <source>Full data: rows per second (0: unlimited)</source>
        <translation>全量迁移：每秒迁移的行数（0：不限）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="162"/>
        <source>Full data: MB per second (0: unlimited)</source>
        <translation>全量迁移：每秒迁移的数据量 MB（0：不限）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="163"/>
        <source>Incremental: rows per second (0: unlimited)</source>
        <translation>增量同步：每秒同步的行数（0：不限）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="167"/>
        <source>Incremental: MB of binlog per second (0: unlimited)</source>
        <translation>增量同步：每秒同步的 binlog 数据量 MB（0：不限）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="168"/>
        <source>Full data: source connections reading chunks in parallel</source>
        <translation>全量迁移：并行读取分片的源库连接数</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="169"/>
        <source>Full data: destination connections writing in parallel</source>
        <translation>全量迁移：并行写入的目标库连接数</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="171"/>
        <source>Incremental: destination connections; rows are split by table and primary key so one row&apos;s changes stay in order</source>
        <translation>增量同步：目标库连接数；数据按表和主键分发，同一行的变更保持顺序</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="173"/>
        <source>Write a heartbeat row on the source every second</source>
        <translation>每秒在源库写入一行心跳数据</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="175"/>
        <source>Keeps the latency exact when the source is idle (a dts_studio_meta.heartbeat table on the source)</source>
        <translation>源库空闲时也能准确计算延迟（源库上的 dts_studio_meta.heartbeat 表）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="177"/>
        <source>picked automatically</source>
        <translation>自动选择</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="179"/>
        <source>The replica server_id dts uses on the source; must differ from the source&apos;s and its replicas&apos;</source>
        <translation>dts 在源库上使用的备库 server_id；须与源库及其备库的 server_id 不同</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="182"/>
        <source>Retry time for failed connections (min):</source>
        <translation>连接失败重试时间（分钟）：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="183"/>
        <source>Retry time for other issues (min):</source>
        <translation>其他问题重试时间（分钟）：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="184"/>
        <source>Full data: source QPS limit:</source>
        <translation>全量迁移：源库 QPS 上限：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="185"/>
        <source>Full data: rows per second:</source>
        <translation>全量迁移：每秒行数：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="186"/>
        <source>Full data: MB per second:</source>
        <translation>全量迁移：每秒 MB：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="187"/>
        <source>Incremental: rows per second:</source>
        <translation>增量同步：每秒行数：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="188"/>
        <source>Incremental: MB per second:</source>
        <translation>增量同步：每秒 MB：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="189"/>
        <source>Full data readers:</source>
        <translation>全量读取并发数：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="190"/>
        <source>Full data writers:</source>
        <translation>全量写入并发数：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="191"/>
        <source>Incremental writers:</source>
        <translation>增量写入并发数：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="192"/>
        <source>Replica server ID:</source>
        <translation>备库 server ID：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="203"/>
        <source>The retry time for other issues (%1 min) must be less than the retry time for failed connections (%2 min)</source>
        <translation>其他问题的重试时间（%1 分钟）须小于连接失败的重试时间（%2 分钟）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="207"/>
        <source>The replica server ID must be at most 4294967295</source>
        <translation>备库 server ID 不能大于 4294967295</translation>
    </message>
</context>
<context>
    <name>dts::ui::BatchEditDialog</name>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="225"/>
        <source>Batch Edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="228"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="228"/>
        <source>Source name</source>
        <translation>源库名称</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="228"/>
        <source>Name in the destination</source>
        <translation>目标库中的名称</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="232"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="232"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="244"/>
        <source>Apply to the selected rows</source>
        <translation>应用到选中的行</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="247"/>
        <source>Prefix:</source>
        <translation>前缀：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="249"/>
        <source>Suffix:</source>
        <translation>后缀：</translation>
    </message>
</context>
<context>
    <name>dts::ui::ColumnsDialog</name>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="153"/>
        <source>Columns: %1.%2</source>
        <translation>列：%1.%2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="156"/>
        <source>Source column</source>
        <translation>源列</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="156"/>
        <source>Name in the destination</source>
        <translation>目标库中的名称</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="159"/>
        <source>Reading the columns from the source…</source>
        <translation>正在从源库读取列…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="167"/>
        <source>Unchecked columns are not synchronized; a name typed here renames the column in the destination.</source>
        <translation>未勾选的列不同步；在此输入的名称即目标库中的列名。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="187"/>
        <source>Cannot read the columns: %1</source>
        <translation>无法读取列：%1</translation>
    </message>
</context>
<context>
    <name>dts::ui::EndpointForm</name>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="25"/>
        <source>Fill the fields from a saved connection</source>
        <translation>从已保存的连接填写字段</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="26"/>
        <source>Save connection…</source>
        <translation>保存连接…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="27"/>
        <source>Keep these fields for later tasks; the password goes to the system keyring, never to a file</source>
        <translation>保存这些字段供以后的任务使用；密码存入系统密钥环，绝不写入文件</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="37"/>
        <source>Save connection</source>
        <translation>保存连接</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="37"/>
        <source>Name of the connection:</source>
        <translation>连接名称：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="43"/>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="51"/>
        <source>Disabled</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="52"/>
        <source>Required</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="53"/>
        <source>Verify the server certificate (CA)</source>
        <translation>加密并校验服务器证书（CA）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="54"/>
        <source>Encrypt the connection; with CA verification the server&apos;s certificate must be signed by the CA file</source>
        <translation>加密连接；校验 CA 时，服务器证书须由该 CA 文件签发</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="56"/>
        <source>CA certificate file (PEM)</source>
        <translation>CA 证书文件（PEM）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="57"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="59"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="59"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="74"/>
        <location filename="../ui/wizard/EndpointForm.cpp" line="82"/>
        <location filename="../ui/wizard/EndpointForm.cpp" line="92"/>
        <source>Test Connectivity</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="83"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="95"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="95"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="97"/>
        <source>Fix: %1</source>
        <translation>修复方法：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="107"/>
        <source>Saved connection:</source>
        <translation>已保存的连接：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="108"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="109"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="110"/>
        <source>Database account:</source>
        <translation>数据库账号：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="111"/>
        <source>Password:</source>
        <translation>数据库密码：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="112"/>
        <source>TLS:</source>
        <translation>连接方式（TLS）：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="113"/>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="132"/>
        <source>— new connection —</source>
        <translation>— 新连接 —</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="138"/>
        <location filename="../ui/wizard/EndpointForm.cpp" line="182"/>
        <source>Saved connections are not available: %1</source>
        <translation>无法使用已保存的连接：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="151"/>
        <source>The connection was not saved: %1 — %2</source>
        <translation>连接未保存：%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="158"/>
        <source>Connection &quot;%1&quot; saved (no password to keep).</source>
        <translation>连接“%1”已保存（无需保存密码）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="161"/>
        <source>Connection &quot;%1&quot; saved; storing the password in the system keyring…</source>
        <translation>连接“%1”已保存；正在将密码存入系统密钥环…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="165"/>
        <source>Connection &quot;%1&quot; saved; its password is in the system keyring.</source>
        <translation>连接“%1”已保存；其密码保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="166"/>
        <source>Connection &quot;%1&quot; saved without its password: %2. Enter the password each time.</source>
        <translation>连接“%1”已保存，但未保存密码：%2。每次使用时请输入密码。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="191"/>
        <source>Reading the password from the system keyring…</source>
        <translation>正在从系统密钥环读取密码…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="199"/>
        <source>Password from the system keyring.</source>
        <translation>密码来自系统密钥环。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="200"/>
        <source>No password saved for %1: enter it.</source>
        <translation>未保存 %1 的密码：请输入。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="201"/>
        <source>Passwords are not saved: %1. Enter the password.</source>
        <translation>不保存密码：%1。请输入密码。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="213"/>
        <source>The password is in the system keyring.</source>
        <translation>密码已存入系统密钥环。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="214"/>
        <source>The password was not saved: %1. The task file never holds it; enter it when you open the task.</source>
        <translation>密码未保存：%1。任务文件从不包含密码；打开任务时请输入。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="240"/>
        <source>from the environment variable %1</source>
        <translation>来自环境变量 %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="249"/>
        <source>%1: enter the host</source>
        <translation>%1：请输入主机</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="251"/>
        <source>%1: enter the database account</source>
        <translation>%1：请输入数据库账号</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="253"/>
        <source>%1: choose the CA file, or another TLS mode</source>
        <translation>%1：请选择 CA 文件，或选择其他连接方式</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="274"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/EndpointForm.cpp" line="275"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>dts::ui::EndpointsPage</name>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="58"/>
        <source>Source and destination</source>
        <translation>配置源库及目标库信息</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="59"/>
        <source>Where the data comes from and where it goes. Test Connectivity checks each side now.</source>
        <translation>数据从哪里来、到哪里去。“测试连接”立即检查两端。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="61"/>
        <source>e.g. shop to rds</source>
        <translation>例如 shop 到 rds</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="63"/>
        <source>Where the data goes; the fields below are that engine&apos;s</source>
        <translation>数据的去向；下方字段随所选引擎变化</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="64"/>
        <source>Source database (MySQL)</source>
        <translation>源库信息（MySQL）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="65"/>
        <source>Destination database</source>
        <translation>目标库信息</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="67"/>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="68"/>
        <source>PolarDB for MySQL</source>
        <translation>PolarDB MySQL版</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="69"/>
        <source>Tablestore</source>
        <translation>表格存储 Tablestore</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="70"/>
        <source>RocketMQ</source>
        <translation>RocketMQ</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="71"/>
        <source>Function Compute</source>
        <translation>函数计算 Function Compute</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="85"/>
        <source>Task name:</source>
        <translation>任务名称：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="86"/>
        <source>Destination engine:</source>
        <translation>目标库类型：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="125"/>
        <source>Enter a task name</source>
        <translation>请输入任务名称</translation>
    </message>
</context>
<context>
    <name>dts::ui::FcForm</name>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="32"/>
        <source>the Alibaba Cloud account ID that owns the function</source>
        <translation>函数所属的阿里云账号 ID</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="33"/>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="38"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="39"/>
        <source>optional: another endpoint than https://{account}.{region}.fc.aliyuncs.com</source>
        <translation>可选：代替 https://{account}.{region}.fc.aliyuncs.com 的其他访问地址</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="40"/>
        <source>Endpoint</source>
        <translation>访问地址</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="42"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="45"/>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="46"/>
        <source>or the name of an environment variable that holds it</source>
        <translation>或保存它的环境变量名</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="47"/>
        <source>Secret from variable</source>
        <translation>从环境变量读取 Secret</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="49"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="51"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="52"/>
        <source>LATEST, a version number or an alias</source>
        <translation>LATEST、版本号或别名</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="54"/>
        <source>Qualifier</source>
        <translation>版本或别名</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="55"/>
        <source>Synchronize all fields (full before-image in updates)</source>
        <translation>同步全部字段（更新时附带完整前镜像）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="58"/>
        <source> records</source>
        <translation> 条记录</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="59"/>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="61"/>
        <source>Batch at most</source>
        <translation>每批最多</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="60"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="62"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/FcForm.cpp" line="63"/>
        <source>Batch waits at most</source>
        <translation>每批最多等待</translation>
    </message>
</context>
<context>
    <name>dts::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="23"/>
        <source>dts-studio</source>
        <translation>dts-studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="26"/>
        <source>Move a MySQL database: schema, every row, then the live changes.</source>
        <translation>迁移 MySQL 数据库：结构、全部数据，然后是实时变更。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="28"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="29"/>
        <source>Open task file…</source>
        <translation>打开任务文件…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="31"/>
        <source>Recent task files: Enter or double-click opens one</source>
        <translation>最近的任务文件：按回车或双击打开</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="34"/>
        <source>The same engine runs headless: dts run TASK.json, or dts run --sandbox for a local demo.</source>
        <translation>同一引擎也可在命令行运行：dts run TASK.json，或用 dts run --sandbox 运行本地演示。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Recent tasks:</source>
        <translation>最近的任务：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>The language changes when dts-studio starts again (after the task open in the wizard).</source>
        <translation>语言将在 dts-studio 重新启动后生效（在向导中打开的任务结束之后）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>The language changes when dts-studio starts again.</source>
        <translation>语言将在 dts-studio 下次启动时切换。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Restart dts-studio now in the chosen language?</source>
        <translation>现在以所选语言重新启动 dts-studio 吗？</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Recent tasks are not available: %1</source>
        <translation>无法读取最近的任务：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Open task file</source>
        <translation>打开任务文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Task files (*.json)</source>
        <translation>任务文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>dts::ui::MonitorWidget</name>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="84"/>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="93"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="93"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="95"/>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="94"/>
        <source>Records per second</source>
        <translation>每秒记录数</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="94"/>
        <source>RPS</source>
        <translation>RPS</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="96"/>
        <source>records/s</source>
        <translation>条/秒</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>Rows done</source>
        <translation>已完成行数</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>Rows estimated</source>
        <translation>预估行数</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="103"/>
        <source>Rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>Inserts</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>Deletes</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="104"/>
        <source>DDLs</source>
        <translation>DDL</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="108"/>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="109"/>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="110"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="111"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="114"/>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="131"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="222"/>
        <source>Full data</source>
        <translation>全量同步</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="132"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="223"/>
        <location filename="../app/studio/ScreenshotTour.cpp" line="99"/>
        <source>Incremental</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="133"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="135"/>
        <source>Verification</source>
        <translation>数据校验</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="137"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="188"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="138"/>
        <source>Stop</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="141"/>
        <source>Stop at a transaction boundary; Resume continues from the checkpoint</source>
        <translation>在事务边界暂停；恢复时从断点继续</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="142"/>
        <source>Stop the task at a transaction boundary</source>
        <translation>在事务边界结束任务</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="150"/>
        <source>Pausing…</source>
        <translation>暂停中…</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="191"/>
        <source>Starting…</source>
        <translation>启动中…</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="220"/>
        <source>Prechecking</source>
        <translation>预检查中</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="221"/>
        <source>Schema</source>
        <translation>结构同步</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="224"/>
        <source>Verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="251"/>
        <source>Retrying — %1 s left: %2</source>
        <translation>重试中 — 剩余 %1 秒：%2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="254"/>
        <source>Incremental — latency %1 ms%2</source>
        <translation>增量同步 — 延迟 %1 毫秒%2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="254"/>
        <source> (from the last event)</source>
        <translation>（按最后一个事件计算）</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="263"/>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="329"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="263"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="263"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="271"/>
        <source>%1 of %2 rows, ETA %3</source>
        <translation>%1 / %2 行，预计剩余 %3</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="274"/>
        <source>%1 rows, %2 transactions applied</source>
        <translation>已应用 %1 行，%2 个事务</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="318"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="318"/>
        <source>Failed: %1 — fix: %2</source>
        <translation>失败：%1 — 修复方法：%2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="323"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="325"/>
        <source>Paused at %1</source>
        <translation>已暂停于 %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/MonitorWidget.cpp" line="329"/>
        <source>Stopped at %1</source>
        <translation>已结束于 %1</translation>
    </message>
</context>
<context>
    <name>dts::ui::ObjectsPage</name>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="288"/>
        <source>Configure objects</source>
        <translation>配置任务对象</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="289"/>
        <source>What to synchronize, and how. Move databases or tables to Selected objects; right-click one there to rename it, filter its rows or choose the operations to synchronize.</source>
        <translation>同步什么、如何同步。将库或表移到“已选择对象”；在那里右键可修改名称、过滤数据或选择要同步的操作。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="291"/>
        <source>Schema synchronization</source>
        <translation>库表结构同步</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="292"/>
        <source>Full data synchronization</source>
        <translation>全量同步</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="293"/>
        <source>Incremental data synchronization</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="296"/>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="407"/>
        <source>Creates the databases and tables (and, for whole databases, views, routines, triggers and events) in the destination</source>
        <translation>在目标库中创建库和表（整库同步时还包括视图、存储过程、触发器和事件）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="297"/>
        <source>Copies every existing row, in chunks, resumable</source>
        <translation>分片复制全部存量数据，可断点续传</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="298"/>
        <source>Follows the source&apos;s binlog after the full data, until you stop the task</source>
        <translation>全量同步后持续读取源库 binlog，直到结束任务</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="300"/>
        <source>Precheck and report errors</source>
        <translation>预检查并报错拦截</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="301"/>
        <source>Ignore errors and proceed</source>
        <translation>忽略报错并继续执行</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="302"/>
        <source>Destination tables with the same names: stop in the precheck, or keep them and write into them</source>
        <translation>目标库中存在同名表：在预检查时拦截，或保留并写入这些表</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="304"/>
        <source>DTS default policy</source>
        <translation>DTS 默认策略</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="305"/>
        <source>Consistent with the source database</source>
        <translation>与源库保持一致</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="306"/>
        <source>Consistent with the default policy of the destination</source>
        <translation>与目标库默认策略保持一致</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="307"/>
        <source>Lowercase</source>
        <translation>大小写统一为小写</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="308"/>
        <source>Uppercase</source>
        <translation>大小写统一为大写</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="309"/>
        <source>Capitalization of object names in the destination instance</source>
        <translation>目标实例中对象名称的大小写策略</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="312"/>
        <source>Search databases and tables</source>
        <translation>搜索库和表</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="315"/>
        <source>Source objects</source>
        <translation>源库对象</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="319"/>
        <source>Selected objects</source>
        <translation>已选择对象</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="319"/>
        <source>Name in the destination</source>
        <translation>目标库中的名称</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="319"/>
        <source>Filter</source>
        <translation>过滤条件</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="319"/>
        <source>Operations</source>
        <translation>同步操作</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="326"/>
        <source>Add the checked objects to Selected objects</source>
        <translation>将勾选的对象添加到已选择对象</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="327"/>
        <source>Add to selected objects</source>
        <translation>添加到已选择对象</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="330"/>
        <source>Remove the highlighted objects from Selected objects</source>
        <translation>从已选择对象中移除选中的对象</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="331"/>
        <source>Remove from selected objects</source>
        <translation>从已选择对象中移除</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="332"/>
        <source>Batch Edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="333"/>
        <source>Rename several selected databases and tables at once</source>
        <translation>一次修改多个已选择的库名和表名</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="355"/>
        <source>Synchronization types:</source>
        <translation>同步类型：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="356"/>
        <source>Processing mode of conflicting tables:</source>
        <translation>目标已存在表的处理模式：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="357"/>
        <source>Capitalization of object names:</source>
        <translation>目标库对象名称大小写：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="408"/>
        <source>Not for this destination: a topic or a function has no schema; full data arrives as INIT records</source>
        <translation>不适用于此目标端：Topic 或函数没有库表结构；全量数据以 INIT 记录投递</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="415"/>
        <source>Reading the source&apos;s databases…</source>
        <translation>正在读取源库的数据库…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="428"/>
        <source>Cannot read the source: %1</source>
        <translation>无法读取源库：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/ObjectsPage.cpp" line="434"/>
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n 个数据库</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="479"/>
        <source>Cannot list %1: %2</source>
        <translation>无法列出 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="564"/>
        <source>All columns</source>
        <translation>全部列</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="564"/>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="605"/>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="786"/>
        <source>whole database</source>
        <translation>整库</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="719"/>
        <source>Rename table…</source>
        <translation>修改表名…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="719"/>
        <source>Rename database…</source>
        <translation>修改库名…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="722"/>
        <source>Filter conditions (WHERE)…</source>
        <translation>过滤条件（WHERE）…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="723"/>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="724"/>
        <source>Operations to synchronize</source>
        <translation>增量同步的 SQL 操作</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="745"/>
        <source>Batch Edit…</source>
        <translation>批量编辑…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="749"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="801"/>
        <source>Choose at least one synchronization type</source>
        <translation>请至少选择一种同步类型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="803"/>
        <source>Move at least one database or table to Selected objects (→)</source>
        <translation>请至少将一个库或表移到已选择对象（→）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="807"/>
        <source>%1.%2: choose at least one operation to synchronize, or remove the table</source>
        <translation>%1.%2：请至少选择一种要同步的操作，或移除该表</translation>
    </message>
</context>
<context>
    <name>dts::ui::PrecheckDetails</name>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="81"/>
        <source>Precheck item: %1</source>
        <translation>预检查项：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="85"/>
        <source>No details.</source>
        <translation>无详细信息。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="91"/>
        <source>Objects concerned:</source>
        <translation>涉及的对象：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="97"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="98"/>
        <source>Copy the fix to the clipboard</source>
        <translation>将修复方法复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="100"/>
        <source>How to fix it:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="109"/>
        <source>The change takes effect only after the server is restarted.</source>
        <translation>该修改需重启数据库实例后才能生效。</translation>
    </message>
</context>
<context>
    <name>dts::ui::PrecheckPage</name>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="44"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="46"/>
        <location filename="../app/studio/ScreenshotTour.cpp" line="86"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="47"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="48"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="51"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="126"/>
        <source>Precheck</source>
        <translation>预检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="127"/>
        <source>Checks the source, the destination and the objects before anything is written. Fix what failed and precheck again; a warning can be ignored.</source>
        <translation>在写入任何数据之前检查源库、目标库和同步对象。修复失败项后重新预检查；警告项可以忽略。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="131"/>
        <source>Success rate: %p%</source>
        <translation>预检查成功率：%p%</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="136"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="136"/>
        <source>Check item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="136"/>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="144"/>
        <source>View Details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="145"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="146"/>
        <source>Accept this warning: it no longer counts against the task (saved in the task file)</source>
        <translation>接受此警告：它不再影响任务（保存在任务文件中）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="147"/>
        <source>Precheck Again</source>
        <translation>重新进行预检查</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="194"/>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/PrecheckPage.cpp" line="200"/>
        <source>Checking %n item(s)…</source>
        <translation>
            <numerusform>正在检查 %n 项…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="239"/>
        <source>%1 passed, %2 warning(s), %3 failed, %4 skipped (%5 s)</source>
        <translation>%1 项通过，%2 项警告，%3 项失败，%4 项跳过（%5 秒）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/PrecheckPage.cpp" line="246"/>
        <source>Fix the failed items (View Details shows how) and click Precheck Again.</source>
        <translation>请修复失败项（查看详情可看到修复方法），然后单击“重新进行预检查”。</translation>
    </message>
</context>
<context>
    <name>dts::ui::RocketMqForm</name>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="44"/>
        <source>RocketMQ version</source>
        <translation>RocketMQ 版本</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="45"/>
        <source>host:9876, or the instance&apos;s TCP endpoint http://MQ_INST_…</source>
        <translation>host:9876，或实例的 TCP 接入点 http://MQ_INST_…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="46"/>
        <source>Name server</source>
        <translation>NameServer</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="47"/>
        <source>MQ_INST_… (optional; taken from the endpoint)</source>
        <translation>MQ_INST_…（可选；从接入点中获取）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="48"/>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="56"/>
        <source>or the name of an environment variable that holds it</source>
        <translation>或保存它的环境变量名</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="57"/>
        <source>Secret from variable</source>
        <translation>从环境变量读取 Secret</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="59"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="60"/>
        <source>optional: DDL records go there</source>
        <translation>可选：DDL 记录投递到此 Topic</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="61"/>
        <source>DDL topic</source>
        <translation>DDL Topic</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="64"/>
        <source>Producer group</source>
        <translation>生产者组（Producer Group）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="66"/>
        <source>Format</source>
        <translation>数据格式</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="67"/>
        <source>Synchronize all fields (full before-image in updates)</source>
        <translation>同步全部字段（更新时附带完整前镜像）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="72"/>
        <source>Ordering</source>
        <translation>投递顺序</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="76"/>
        <source>column-hash: one table a line, &quot;db.table: col1, col2&quot; (default: the primary key)</source>
        <translation>按列哈希：每行一张表，&quot;db.table: col1, col2&quot;（默认：主键）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="77"/>
        <source>Partition keys</source>
        <translation>分区键</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="81"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="82"/>
        <source>Records per second</source>
        <translation>每秒记录数</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="83"/>
        <source>Drop records over 4 MB and log them (off: the task stops)</source>
        <translation>丢弃大于 4 MB 的记录并记入日志（关闭时：任务停止）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="90"/>
        <source>one a line: &quot;db = topic&quot; or &quot;db.table = topic&quot; (the table wins)</source>
        <translation>每行一个：&quot;db = topic&quot; 或 &quot;db.table = topic&quot;（表级优先）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="91"/>
        <source>Topic mapping</source>
        <translation>Topic 映射</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="99"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="99"/>
        <source>Instance user</source>
        <translation>实例用户名</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="100"/>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/RocketMqForm.cpp" line="100"/>
        <source>Instance password</source>
        <translation>实例密码</translation>
    </message>
</context>
<context>
    <name>dts::ui::RunPage</name>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="248"/>
        <source>Run and monitor</source>
        <translation>运行与监控</translation>
    </message>
</context>
<context>
    <name>dts::ui::Secrets</name>
    <message>
        <location filename="../ui/store/Secrets.cpp" line="14"/>
        <source>no keyring is available on this machine (%1)</source>
        <translation>本机没有可用的密钥环（%1）</translation>
    </message>
    <message>
        <location filename="../ui/store/Secrets.cpp" line="17"/>
        <source>the keyring refused access (%1)</source>
        <translation>密钥环拒绝访问（%1）</translation>
    </message>
    <message>
        <location filename="../ui/store/Secrets.cpp" line="19"/>
        <source>the keyring failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>dts::ui::TablestoreForm</name>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="42"/>
        <source>optional: https://instance.region.ots.aliyuncs.com by default</source>
        <translation>可选：默认为 https://instance.region.ots.aliyuncs.com</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="48"/>
        <source>optional (temporary STS credentials)</source>
        <translation>可选（STS 临时凭证）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="49"/>
        <source>Overwrite Row (PutRow: the whole row)</source>
        <translation>行覆盖（PutRow：整行写入）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="49"/>
        <source>Update Row (UpdateRow: changed columns)</source>
        <translation>行更新（UpdateRow：只写变更的列）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="50"/>
        <source>BatchWriteRow</source>
        <translation>BatchWriteRow</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="50"/>
        <source>BulkImport</source>
        <translation>BulkImport</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="54"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="55"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="56"/>
        <source>Endpoint</source>
        <translation>访问地址</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="57"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="58"/>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="59"/>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="60"/>
        <source>Write mode</source>
        <translation>写入模式</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="61"/>
        <source>Batch write mode</source>
        <translation>批量写入方式</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="64"/>
        <source>More settings</source>
        <translation>更多设置</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="72"/>
        <source>Block (stop the task)</source>
        <translation>阻塞（停止任务）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="72"/>
        <source>Skip (log and count the row)</source>
        <translation>跳过（记录日志并计数）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="73"/>
        <source>Queue size</source>
        <translation>队列大小</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="74"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="75"/>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="76"/>
        <source>Buckets (≤ concurrency)</source>
        <translation>桶数（≤ 并发数）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="77"/>
        <source>Dirty data</source>
        <translation>脏数据处理</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="126"/>
        <source>Enter the Tablestore instance name.</source>
        <translation>请输入表格存储实例名。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="128"/>
        <source>Enter the region (or an endpoint).</source>
        <translation>请输入地域（或访问地址）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreForm.cpp" line="130"/>
        <source>Enter the AccessKey ID and secret.</source>
        <translation>请输入 AccessKey ID 和 Secret。</translation>
    </message>
</context>
<context>
    <name>dts::ui::TablestoreTablesEditor</name>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="52"/>
        <source>The tables the task selects; pick one to set its key and column types</source>
        <translation>任务选择的表；选中一张表以设置其主键和列类型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="58"/>
        <source>The Tablestore primary key: 1 to 4 source columns, the first is the partition key</source>
        <translation>表格存储主键：1 到 4 个源列，第一列为分区键</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="59"/>
        <source>Primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="63"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="63"/>
        <source>MySQL type</source>
        <translation>MySQL 类型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="63"/>
        <source>Tablestore type</source>
        <translation>表格存储类型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="102"/>
        <source>columns, comma-separated (at most 4); empty: the source primary key (%1)</source>
        <translation>列名，以逗号分隔（最多 4 个）；留空：使用源表主键（%1）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="115"/>
        <source>Default for %1: %2</source>
        <translation>%1 的默认类型：%2</translation>
    </message>
</context>
<context>
    <name>dts::ui::TablestoreTablesPage</name>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="203"/>
        <source>Tablestore tables</source>
        <translation>表格存储的表</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="204"/>
        <source>Each selected table becomes a Tablestore table: choose its primary key (at most 4 columns; the source&apos;s by default) and the Tablestore type of each column.</source>
        <translation>每张所选的表对应一张表格存储的表：选择其主键（最多 4 列；默认为源表主键）以及每一列的表格存储类型。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="223"/>
        <source>Reading the selected tables from the source…</source>
        <translation>正在从源库读取所选的表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="253"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n 张表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/engines/TablestoreTables.cpp" line="254"/>
        <source>%n table(s); not read: %1</source>
        <translation>
            <numerusform>%n 张表；未能读取：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dts::ui::TaskWizard</name>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="270"/>
        <source>New task — dts-studio</source>
        <translation>新建任务 — dts-studio</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="288"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="289"/>
        <source>Preview task file</source>
        <translation>预览任务文件</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="290"/>
        <source>Save task file…</source>
        <translation>保存任务文件…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="291"/>
        <source>The task as a file for dts, with the passwords masked</source>
        <translation>供 dts 使用的任务文件，密码已隐去</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="371"/>
        <source>Task file: %1</source>
        <translation>任务文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="375"/>
        <source>Passwords are left out; &quot;passwordEnv&quot; names the environment variable dts reads them from.</source>
        <translation>文件中不含密码；“passwordEnv”指明 dts 从哪个环境变量读取密码。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="378"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="393"/>
        <source>enter a task name first (Source and destination page)</source>
        <translation>请先输入任务名称（源库及目标库页面）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="398"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="442"/>
        <source>The destination&apos;s secrets are in the system keyring.</source>
        <translation>目标端的密钥已保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="443"/>
        <source>The destination&apos;s secrets were not saved: %1. The task file never holds them; enter them when you open the task (or name environment variables with …Env).</source>
        <translation>目标端的密钥未保存：%1。任务文件从不保存密钥；打开任务时请重新输入（或用 …Env 指定环境变量）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="460"/>
        <source>Reading the destination&apos;s secrets from the system keyring…</source>
        <translation>正在从系统密钥环读取目标端的密钥…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="476"/>
        <source>The destination&apos;s secrets are from the system keyring.</source>
        <translation>目标端的密钥来自系统密钥环。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="477"/>
        <source>No secrets saved for this destination: enter them.</source>
        <translation>此目标端没有保存的密钥：请输入。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="478"/>
        <source>Secrets are not saved: %1. Enter them.</source>
        <translation>密钥未保存：%1。请输入。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="484"/>
        <source>Save task file</source>
        <translation>保存任务文件</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="485"/>
        <source>Task files (*.json)</source>
        <translation>任务文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="491"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="493"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="507"/>
        <source>full data done (%1 rows)</source>
        <translation>全量同步已完成（%1 行）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="509"/>
        <source>full data: %1 of %2 chunks done (%3 rows)</source>
        <translation>全量同步：已完成 %1 / %2 个分片（%3 行）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="511"/>
        <source>schema done</source>
        <translation>结构同步已完成</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="513"/>
        <source>incremental applied up to %1</source>
        <translation>增量同步已应用到 %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="516"/>
        <source>started, nothing written yet</source>
        <translation>已启动，尚未写入数据</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="517"/>
        <source>This task ran before: %1. Running it continues from this checkpoint.</source>
        <translation>此任务运行过：%1。再次运行将从该断点继续。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="519"/>
        <source>The task&apos;s state in %1 cannot be read: %2</source>
        <translation>无法读取 %1 中的任务状态：%2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="539"/>
        <source>A task is running</source>
        <translation>任务正在运行</translation>
    </message>
    <message>
        <location filename="../ui/wizard/TaskWizard.cpp" line="540"/>
        <source>Stop the task and close? It stops at a transaction boundary and can be resumed from its checkpoint.</source>
        <translation>结束任务并关闭？任务将在事务边界停止，之后可从断点恢复。</translation>
    </message>
    <message>
        <location filename="../app/studio/ScreenshotTour.cpp" line="66"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
</context>
<context>
    <name>dts::ui::VerificationPage</name>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="17"/>
        <source>Data verification</source>
        <translation>数据校验</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="18"/>
        <source>Compare the destination with the source after the copy: every row, or a sample of chunks, with the rows missing, extra or different and the SQL that repairs them.</source>
        <translation>复制完成后比较目标端与源端：全部行或抽样的分块，列出缺失、多余或不一致的行以及修复它们的 SQL。</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="20"/>
        <source>Verify the data after the full copy</source>
        <translation>全量同步完成后校验数据</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="22"/>
        <source>All rows</source>
        <translation>全量校验</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="23"/>
        <source>Sampling</source>
        <translation>抽样校验</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="24"/>
        <source>Sampling checks the given share of each table&apos;s chunks, spread evenly, the same chunks every time</source>
        <translation>抽样校验按比例均匀检查每张表的分块，每次检查相同的分块</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="31"/>
        <location filename="../ui/verify/VerificationPage.cpp" line="35"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="32"/>
        <source>Rows read per second on each side (0: unlimited), to spare a busy source</source>
        <translation>每端每秒读取的行数（0：不限），以减轻繁忙源库的压力</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="36"/>
        <source>MB read per second on each side (0: unlimited)</source>
        <translation>每端每秒读取的 MB 数（0：不限）</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="39"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="40"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="41"/>
        <source>Stop verifying after this time; tables not reached are reported as not checked</source>
        <translation>超过此时间后停止校验；未校验到的表报告为未检查</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="47"/>
        <source>Verification mode:</source>
        <translation>校验方式：</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="48"/>
        <source>Sampling ratio:</source>
        <translation>抽样比例：</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="49"/>
        <source>Rows per second:</source>
        <translation>每秒行数：</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="50"/>
        <source>MB per second:</source>
        <translation>每秒 MB 数：</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="51"/>
        <source>Time limit:</source>
        <translation>时间限制：</translation>
    </message>
</context>
<context>
    <name>dts::ui::VerificationTab</name>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="25"/>
        <source>not verified: %1</source>
        <translation>未校验：%1</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="27"/>
        <source>equal (rows counted: no key)</source>
        <translation>一致（仅比较行数：无主键）</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="27"/>
        <source>equal</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="28"/>
        <source>DIFFERS</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="35"/>
        <location filename="../ui/verify/VerificationTab.cpp" line="97"/>
        <source>Not verified yet.</source>
        <translation>尚未校验。</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="40"/>
        <source>Verify now</source>
        <translation>立即校验</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="43"/>
        <source>Copy repair SQL</source>
        <translation>复制修复 SQL</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="45"/>
        <source>The statements that make the destination equal to the source (deletes, updates, inserts), for your SQL client; dts verify --repair applies them</source>
        <translation>使目标端与源端一致的语句（删除、更新、插入），可在 SQL 客户端中执行；dts verify --repair 会执行它们</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Rows (source)</source>
        <translation>行数（源端）</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Rows (destination)</source>
        <translation>行数（目标端）</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="49"/>
        <source>Extra</source>
        <translation>多余</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="50"/>
        <source>Different</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="50"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="59"/>
        <source>Select a table to see its differing rows and their repair SQL.</source>
        <translation>选择一张表以查看不一致的行及其修复 SQL。</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="111"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="137"/>
        <source>(whole task)</source>
        <translation>（整个任务）</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="162"/>
        <source>Verification cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="167"/>
        <source>Equal: %1 tables, %2 rows checked in %3 s.</source>
        <translation>一致：%1 张表，%3 秒内检查了 %2 行。</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="171"/>
        <source>%1 of %2 tables differ or could not be verified (%3 rows checked).</source>
        <translation>%2 张表中有 %1 张不一致或无法校验（已检查 %3 行）。</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="191"/>
        <source>(more rows differ than are listed)
</source>
        <translation>（不一致的行多于列出的行）
</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerificationTab.cpp" line="192"/>
        <source>No differing rows.</source>
        <translation>没有不一致的行。</translation>
    </message>
</context>
<context>
    <name>dts::ui::WhereDialog</name>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="71"/>
        <source>Filter conditions: %1.%2</source>
        <translation>过滤条件：%1.%2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="72"/>
        <source>Only the rows matching this SQL condition on the source table&apos;s columns are synchronized, e.g. &lt;tt&gt;id &amp;gt; 100 AND status = &apos;paid&apos;&lt;/tt&gt;. Leave it empty for every row.</source>
        <translation>只同步满足此 SQL 条件（基于源表的列）的行，例如 &lt;tt&gt;id &amp;gt; 100 AND status = &apos;paid&apos;&lt;/tt&gt;。留空则同步所有行。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="83"/>
        <source>Check on the source</source>
        <translation>在源库上校验</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="91"/>
        <source>Check the condition before accepting it.</source>
        <translation>请先校验条件再确定。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="116"/>
        <source>Checking on the source…</source>
        <translation>正在源库上校验…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="138"/>
        <source>The source accepts this condition.</source>
        <translation>源库接受该条件。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/ObjectsPage.cpp" line="141"/>
        <source>The source rejects this condition: %1</source>
        <translation>源库拒绝该条件：%1</translation>
    </message>
</context>
</TS>
