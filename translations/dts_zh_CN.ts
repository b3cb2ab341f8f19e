<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dts::ui::MainWindow</name>
    <message>
        <source>dts-studio</source>
        <translation>dts-studio</translation>
    </message>
    <message>
        <source>The task wizard is on its way.

Meanwhile: dts run TASK.json, or dts run --sandbox for a local demo.</source>
        <translation>任务向导即将推出。

在此之前：使用 dts run TASK.json，或用 dts run --sandbox 运行本地演示。</translation>
    </message>
</context>
</TS>
