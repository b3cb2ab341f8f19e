<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dts::ui::MainWindow</name>
    <message>
        <source>dts-studio</source>
        <translation></translation>
    </message>
    <message>
        <source>The task wizard is on its way.

Meanwhile: dts run TASK.json, or dts run --sandbox for a local demo.</source>
        <translation></translation>
    </message>
</context>
</TS>
