<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CellFileDialog</name>
    <message>
        <source>Cell file: %1</source>
        <translation>Hồ sơ chi bộ: %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ngày kết nạp</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Where to / note</source>
        <translation>Nơi chuyển đến / ghi chú</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>&amp;Transfer to another cell…</source>
        <translation>&amp;Chuyển sang chi bộ khác…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Không còn sinh hoạt tại chi bộ</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>&amp;In biên bản…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Read-only copy of the records this cell sent.</source>
        <translation>Bản sao chỉ để xem dữ liệu chi bộ đã gửi về.</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Đảng viên (%1)</translation>
    </message>
    <message>
        <source>Former members (%1)</source>
        <translation>Không còn sinh hoạt tại chi bộ (%1)</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>Hãy chọn một đảng viên trước.</translation>
    </message>
    <message>
        <source>%1 now belongs to %2; the change goes out with the next return files.</source>
        <translation>Đồng chí %1 nay thuộc %2; thay đổi sẽ được gửi trong các tệp trả về lần tới.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Hãy chọn một buổi sinh hoạt trước.</translation>
    </message>
    <message>
        <source>Only finalised minutes can be printed here; the cell has not finalised them yet.</source>
        <translation>Chỉ in được biên bản đã hoàn thành; chi bộ chưa hoàn thành biên bản này.</translation>
    </message>
</context>
<context>
    <name>CellsPage</name>
    <message>
        <source>Code, cell or secretary</source>
        <translation>Mã, tên chi bộ hoặc bí thư</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Open cell file…</source>
        <translation>&amp;Mở hồ sơ chi bộ…</translation>
    </message>
    <message>
        <source>&amp;Statistics report…</source>
        <translation>&amp;Báo cáo thống kê…</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>No cell is enrolled yet: invite cells on the Sync page.</source>
        <translation>Chưa có chi bộ nào đăng ký: hãy mời chi bộ ở trang Đồng bộ.</translation>
    </message>
    <message>
        <source>%1 of %2 cells, %3 not reported this month</source>
        <translation>%1 trên %2 chi bộ, %3 chi bộ chưa báo cáo tháng này</translation>
    </message>
    <message>
        <source>Choose a cell in the table first.</source>
        <translation>Hãy chọn một chi bộ trong bảng trước.</translation>
    </message>
</context>
<context>
    <name>CellsTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Nhận gần nhất</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Ch.thức</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Att.</source>
        <translation>TT đến</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn SH</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Them.</source>
        <translation>Ch.đề</translation>
    </message>
    <message>
        <source>Attend.</source>
        <translation>Dự họp</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Confl.</source>
        <translation>X.đột</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>The cell&apos;s code given by the committee</source>
        <translation>Mã chi bộ do cấp ủy cấp</translation>
    </message>
    <message>
        <source>Who chaired the cell&apos;s latest meeting as secretary</source>
        <translation>Người chủ trì buổi sinh hoạt gần nhất với tư cách bí thư</translation>
    </message>
    <message>
        <source>When the cell&apos;s last file was imported (⚠: nothing this month)</source>
        <translation>Ngày nhập dữ liệu gần nhất của chi bộ (⚠: tháng này chưa có)</translation>
    </message>
    <message>
        <source>Days since the last file</source>
        <translation>Số ngày từ lần nhận dữ liệu gần nhất</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <source>Members temporarily attached here</source>
        <translation>Đảng viên sinh hoạt tạm thời tại chi bộ</translation>
    </message>
    <message>
        <source>Exempt or temporarily exempt members</source>
        <translation>Đảng viên được miễn hoặc tạm miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Cell meetings held this year / expected (one regular a month, one thematic a quarter)</source>
        <translation>Số buổi sinh hoạt chi bộ trong năm / số buổi phải có (thường kỳ mỗi tháng một lần, chuyên đề mỗi quý một lần)</translation>
    </message>
    <message>
        <source>Thematic meetings this quarter</source>
        <translation>Số buổi sinh hoạt chuyên đề trong quý</translation>
    </message>
    <message>
        <source>Average attendance at this year&apos;s meetings</source>
        <translation>Tỷ lệ đảng viên dự họp bình quân trong năm</translation>
    </message>
    <message>
        <source>Tasks past their due date and not done</source>
        <translation>Nhiệm vụ đã quá hạn mà chưa hoàn thành</translation>
    </message>
    <message>
        <source>Open sync conflicts</source>
        <translation>Xung đột đồng bộ chưa xử lý</translation>
    </message>
    <message>
        <source>Alerts for this cell</source>
        <translation>Số việc cần làm của chi bộ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Nothing received this month</source>
        <translation>Tháng này chưa nhận được dữ liệu</translation>
    </message>
</context>
<context>
    <name>CommitteeAlerts</name>
    <message>
        <source>To do in the cells</source>
        <translation>Việc cần làm ở các chi bộ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Looking for what needs action…</source>
        <translation>Đang tìm việc cần làm…</translation>
    </message>
    <message>
        <source>Nothing needs action.</source>
        <translation>Không có việc cần làm.</translation>
    </message>
</context>
<context>
    <name>CommitteeCharts</name>
    <message>
        <source>This year in the cells</source>
        <translation>Các chi bộ trong năm nay</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>No cell is enrolled yet.</source>
        <translation>Chưa có chi bộ nào đăng ký.</translation>
    </message>
    <message>
        <source>Meetings held by month</source>
        <translation>Số buổi sinh hoạt theo tháng</translation>
    </message>
    <message>
        <source>— attendance</source>
        <translation>— tỷ lệ dự họp</translation>
    </message>
    <message>
        <source>Cells that sent their file, by month (of %1)</source>
        <translation>Số chi bộ gửi dữ liệu theo tháng (trên %1)</translation>
    </message>
</context>
<context>
    <name>DirectiveDialog</name>
    <message>
        <source>New directive to the cells</source>
        <translation>Văn bản chỉ đạo mới gửi các chi bộ</translation>
    </message>
    <message>
        <source>No PDF attached</source>
        <translation>Chưa đính kèm tệp PDF</translation>
    </message>
    <message>
        <source>&amp;Attach PDF…</source>
        <translation>Đính &amp;kèm PDF…</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>PDF:</source>
        <translation>Tệp PDF:</translation>
    </message>
    <message>
        <source>&amp;To (none ticked: every cell):</source>
        <translation>&amp;Gửi đến (không chọn: mọi chi bộ):</translation>
    </message>
    <message>
        <source>Attach the signed PDF</source>
        <translation>Đính kèm bản PDF đã ký</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Reference value for the cells</source>
        <translation>Giá trị tham chiếu cho các chi bộ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Hiệu lực &amp;từ:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Giá trị:</translation>
    </message>
    <message>
        <source>The amount in đồng, e.g. 4.960.000; the key names the region (e.g. I, II, III, IV).</source>
        <translation>Số tiền (đồng), ví dụ 4.960.000; mã là vùng (ví dụ I, II, III, IV).</translation>
    </message>
    <message>
        <source>One value per line; the key names the list (e.g. occupations).</source>
        <translation>Mỗi dòng một giá trị; mã là tên danh mục (ví dụ: nghề nghiệp).</translation>
    </message>
    <message>
        <source>A JSON object, e.g. {&quot;retired&quot;: 0.5}.</source>
        <translation>Một đối tượng JSON, ví dụ {&quot;retired&quot;: 0.5}.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics report</source>
        <translation>Báo cáo thống kê</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Quarter or month:</source>
        <translation>Quý hoặc tháng:</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Xem và in…</translation>
    </message>
    <message>
        <source>Save &amp;XLSX…</source>
        <translation>Lưu &amp;XLSX…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Statistics report %1</source>
        <translation>Báo cáo thống kê %1</translation>
    </message>
    <message>
        <source>Save the statistics workbook</source>
        <translation>Lưu bảng tính thống kê</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Đang ghi bảng tính…</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Đã lưu tại %1</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another cell</source>
        <translation>Chuyển sang chi bộ khác</translation>
    </message>
    <message>
        <source>e.g. Decision 15-QĐ/ĐU</source>
        <translation>ví dụ Quyết định 15-QĐ/ĐU</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Đảng viên:</translation>
    </message>
    <message>
        <source>&amp;To cell:</source>
        <translation>&amp;Chuyển đến chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>Decision and &amp;note:</source>
        <translation>Quyết định và &amp;ghi chú:</translation>
    </message>
    <message>
        <source>No other enrolled cell can receive the member.</source>
        <translation>Không có chi bộ đã đăng ký nào khác để tiếp nhận đảng viên.</translation>
    </message>
    <message>
        <source>The member&apos;s record and history move to the receiving cell; both cells receive the change with their next return files.</source>
        <translation>Hồ sơ và quá trình của đảng viên chuyển sang chi bộ tiếp nhận; cả hai chi bộ nhận thay đổi này trong các tệp trả về lần tới.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Chuyển</translation>
    </message>
    <message>
        <source>Choose the receiving cell.</source>
        <translation>Hãy chọn chi bộ tiếp nhận.</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Hãy nhập ngày quyết định.</translation>
    </message>
</context>
</TS>
