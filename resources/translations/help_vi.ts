<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide – CellApp</source>
        <translation>Hướng dẫn sử dụng – CellApp</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Tìm trong hướng dẫn</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>&amp;Print the guide…</source>
        <translation>&amp;In hướng dẫn…</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Không tìm thấy: %1</translation>
    </message>
    <message>
        <source>Preparing the printed guide…</source>
        <translation>Đang tạo bản in hướng dẫn…</translation>
    </message>
</context>
</TS>
