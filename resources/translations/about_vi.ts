<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CellApp</source>
        <translation>Giới thiệu CellApp</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Fonts and libraries shipped with CellApp, and their licences:</source>
        <translation>Phông chữ và thư viện đi kèm CellApp, cùng giấy phép của chúng:</translation>
    </message>
    <message>
        <source>Licence text of the component chosen above:</source>
        <translation>Toàn văn giấy phép của thành phần đang chọn ở trên:</translation>
    </message>
    <message>
        <source>Records, meetings and fees of a party cell, printed in the Party&apos;s document format, and the exchange of signed files with the committee.</source>
        <translation>Hồ sơ đảng viên, sinh hoạt và đảng phí của chi bộ, in theo thể thức văn bản của Đảng, và trao đổi tệp có chữ ký với cấp ủy cấp trên.</translation>
    </message>
    <message>
        <source>Python %1 · Qt %2</source>
        <translation>Python %1 · Qt %2</translation>
    </message>
    <message>
        <source>%1 (used under %2)</source>
        <translation>%1 (dùng theo %2)</translation>
    </message>
    <message>
        <source>This component comes with no licence text of its own.</source>
        <translation>Thành phần này không kèm toàn văn giấy phép riêng.</translation>
    </message>
</context>
</TS>
