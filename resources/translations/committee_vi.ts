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
      <translation>Ngày rời chi bộ</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Chi tiết</translation>
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
      <translation>&amp;Chuyển sinh hoạt sang chi bộ khác…</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Đảng viên</translation>
    </message>
    <message>
      <source>Former members</source>
      <translation>Đã rời chi bộ</translation>
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
      <translation>Đã rời chi bộ (%1)</translation>
    </message>
    <message>
      <source>%1 transferred to %2; both cells learn it from the next return files.</source>
      <translation>Đã chuyển %1 sang %2; hai chi bộ sẽ nhận được trong tệp trả về tiếp theo.</translation>
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
      <source>Total</source>
      <translation>Tổng</translation>
    </message>
    <message>
      <source>Away</source>
      <translation>Nơi khác</translation>
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
      <source>Review</source>
      <translation>Đánh giá, xếp loại</translation>
    </message>
    <message>
      <source>The cell's code given by the committee</source>
      <translation>Mã chi bộ do cấp ủy cấp</translation>
    </message>
    <message>
      <source>Who chaired the cell's latest meeting as secretary</source>
      <translation>Người chủ trì buổi sinh hoạt gần nhất với tư cách bí thư</translation>
    </message>
    <message>
      <source>When the cell's last file was imported (⚠: nothing this month)</source>
      <translation>Ngày nhập dữ liệu gần nhất của chi bộ (⚠: tháng này chưa có)</translation>
    </message>
    <message>
      <source>Days since the last file</source>
      <translation>Số ngày từ lần nhận dữ liệu gần nhất</translation>
    </message>
    <message>
      <source>The cell's members (full + probationary); members attached here are not counted</source>
      <translation>Tổng số đảng viên của chi bộ (chính thức + dự bị); không tính đảng viên sinh hoạt tạm thời đến</translation>
    </message>
    <message>
      <source>Full members, those exempt, away or suspended included</source>
      <translation>Đảng viên chính thức, kể cả người được miễn, sinh hoạt nơi khác hoặc bị đình chỉ sinh hoạt</translation>
    </message>
    <message>
      <source>Probationary members, those exempt, away or suspended included</source>
      <translation>Đảng viên dự bị, kể cả người được tạm miễn, sinh hoạt nơi khác hoặc bị đình chỉ sinh hoạt</translation>
    </message>
    <message>
      <source>Of the total: exempt or temporarily exempt from meetings</source>
      <translation>Trong tổng số: được miễn hoặc tạm miễn sinh hoạt</translation>
    </message>
    <message>
      <source>Of the total: temporarily attached to another organisation</source>
      <translation>Trong tổng số: giới thiệu sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
      <source>Members temporarily attached here (not in the total)</source>
      <translation>Đảng viên sinh hoạt tạm thời tại chi bộ (không tính vào tổng số)</translation>
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
      <source>Average attendance at this year's meetings</source>
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
      <source>Where the cell's annual review stands</source>
      <translation>Tiến độ kiểm điểm, đánh giá, xếp loại hằng năm của chi bộ</translation>
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
      <source>Send a reference value to the cells</source>
      <translation>Gửi giá trị dùng chung cho các chi bộ</translation>
    </message>
    <message>
      <source>Regional minimum wage</source>
      <translation>Lương tối thiểu vùng</translation>
    </message>
    <message>
      <source>Party-fee rate</source>
      <translation>Mức đóng đảng phí</translation>
    </message>
    <message>
      <source>Names added to a list</source>
      <translation>Bổ sung tên vào danh mục</translation>
    </message>
    <message>
      <source>In force now:</source>
      <translation>Đang áp dụng:</translation>
    </message>
    <message>
      <source>Applies &amp;from:</source>
      <translation>Áp dụng từ ngà&amp;y:</translation>
    </message>
    <message>
      <source>The value goes to every cell in the next return files; each cell applies it from the date above. A value with the same date as an earlier one corrects it.</source>
      <translation>Giá trị được gửi đến mọi chi bộ trong tệp trả về tiếp theo; chi bộ áp dụng từ ngày ghi ở trên. Giá trị có cùng ngày áp dụng với một giá trị đã gửi sẽ đính chính giá trị đó.</translation>
    </message>
    <message>
      <source>&amp;What:</source>
      <translation>&amp;Loại:</translation>
    </message>
    <message>
      <source>Region %1</source>
      <translation>Vùng %1</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Vùng:</translation>
    </message>
    <message>
      <source>Monthly minimum &amp;wage:</source>
      <translation>&amp;Mức lương tối thiểu tháng:</translation>
    </message>
    <message>
      <source>Any area</source>
      <translation>Mọi địa bàn</translation>
    </message>
    <message>
      <source>A&amp;rea:</source>
      <translation>Địa &amp;bàn:</translation>
    </message>
    <message>
      <source>Re&amp;gulation:</source>
      <translation>&amp;Quy định:</translation>
    </message>
    <message>
      <source>&amp;Members:</source>
      <translation>Đối tượn&amp;g:</translation>
    </message>
    <message>
      <source>Ra&amp;te (%):</source>
      <translation>&amp;Tỷ lệ (%):</translation>
    </message>
    <message>
      <source>Amo&amp;unt a month:</source>
      <translation>Số tiền &amp;mỗi tháng:</translation>
    </message>
    <message>
      <source>&amp;Age:</source>
      <translation>Độ t&amp;uổi:</translation>
    </message>
    <message>
      <source>&amp;Computed as:</source>
      <translation>Các&amp;h tính:</translation>
    </message>
    <message>
      <source>One name a line</source>
      <translation>Mỗi dòng một tên</translation>
    </message>
    <message>
      <source>&amp;List:</source>
      <translation>&amp;Danh mục:</translation>
    </message>
    <message>
      <source>CellApp has:</source>
      <translation>CellApp đã có:</translation>
    </message>
    <message>
      <source>Names &amp;added:</source>
      <translation>Tên &amp;bổ sung:</translation>
    </message>
    <message>
      <source>&amp;Decree:</source>
      <translation>&amp;Nghị định:</translation>
    </message>
    <message>
      <source>e.g. %1</source>
      <translation>ví dụ %1</translation>
    </message>
    <message>
      <source>&amp;Based on:</source>
      <translation>&amp;Căn cứ:</translation>
    </message>
    <message>
      <source>&amp;Based on (optional):</source>
      <translation>&amp;Căn cứ (không bắt buộc):</translation>
    </message>
    <message>
      <source>e.g. Guidance of the Organisation Board</source>
      <translation>ví dụ Hướng dẫn của Ban Tổ chức</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n name(s))</source>
      <translation>
        <numerusform>%1 (%n tên)</numerusform>
      </translation>
    </message>
    <message>
      <source>nothing yet</source>
      <translation>chưa có</translation>
    </message>
    <message>
      <source>%1 since %2</source>
      <translation>%1 từ %2</translation>
    </message>
    <message>
      <source>%1 from %2 (to come)</source>
      <translation>%1 từ %2 (sắp áp dụng)</translation>
    </message>
  </context>
  <context>
    <name>ReferenceOutboxWidget</name>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Mục</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <source>Applies from</source>
      <translation>Áp dụng từ</translation>
    </message>
    <message>
      <source>Based on</source>
      <translation>Căn cứ</translation>
    </message>
    <message>
      <source>Cells</source>
      <translation>Chi bộ</translation>
    </message>
    <message>
      <source>&amp;Send a new value…</source>
      <translation>&amp;Gửi giá trị mới…</translation>
    </message>
    <message>
      <source>Values in force today and those to come; CellApp's own values are already at every cell.</source>
      <translation>Các giá trị đang và sắp áp dụng; giá trị có sẵn trong CellApp thì mọi chi bộ đều đã có.</translation>
    </message>
    <message>
      <source>Minimum wage</source>
      <translation>Lương tối thiểu</translation>
    </message>
    <message>
      <source>Party-fee rate</source>
      <translation>Mức đóng đảng phí</translation>
    </message>
    <message>
      <source>List</source>
      <translation>Danh mục</translation>
    </message>
    <message>
      <source>%1 (to come)</source>
      <translation>%1 (sắp áp dụng)</translation>
    </message>
    <message>
      <source>built in</source>
      <translation>có sẵn</translation>
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
      <source>Transfer a member to another cell</source>
      <translation>Chuyển sinh hoạt đảng viên sang chi bộ khác</translation>
    </message>
    <message>
      <source>Name, without diacritics if you like</source>
      <translation>Họ tên, gõ không dấu cũng được</translation>
    </message>
    <message>
      <source>e.g. %1</source>
      <translation>ví dụ %1</translation>
    </message>
    <message>
      <source>e.g. moved to work in the commune centre</source>
      <translation>ví dụ chuyển công tác về trung tâm xã</translation>
    </message>
    <message>
      <source>From &amp;cell:</source>
      <translation>Từ &amp;chi bộ:</translation>
    </message>
    <message>
      <source>&amp;Find:</source>
      <translation>&amp;Tìm:</translation>
    </message>
    <message>
      <source>&amp;Member:</source>
      <translation>Đảng &amp;viên:</translation>
    </message>
    <message>
      <source>&amp;To cell:</source>
      <translation>Đế&amp;n chi bộ:</translation>
    </message>
    <message>
      <source>Decision &amp;date:</source>
      <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
      <source>Decision &amp;number:</source>
      <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
      <source>N&amp;ote:</source>
      <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
      <source>The member's record and whole party history move to the receiving cell; the former cell keeps a read-only copy marked transferred out. Both cells learn it from the next return files.</source>
      <translation>Hồ sơ và toàn bộ quá trình sinh hoạt đảng của đảng viên chuyển sang chi bộ tiếp nhận; chi bộ cũ giữ bản chỉ đọc, ghi là đã chuyển đi. Hai chi bộ nhận được trong tệp trả về tiếp theo.</translation>
    </message>
    <message>
      <source>T&amp;ransfer</source>
      <translation>Chuyển sinh &amp;hoạt</translation>
    </message>
    <message>
      <source>Transfer %1
from %2 to %3 under decision %4?

This cannot be undone here.</source>
      <translation>Chuyển sinh hoạt đảng viên %1
từ %2 sang %3 theo quyết định %4?

Việc này không hoàn tác được tại đây.</translation>
    </message>
  </context>
  <context>
    <name>TransferOutboxWidget</name>
    <message>
      <source>Decided</source>
      <translation>Ngày quyết định</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Số quyết định</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Đảng viên</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Từ</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Đến</translation>
    </message>
    <message>
      <source>Where it stands</source>
      <translation>Tình trạng gửi</translation>
    </message>
    <message>
      <source>&amp;Transfer a member…</source>
      <translation>&amp;Chuyển sinh hoạt đảng viên…</translation>
    </message>
    <message>
      <source>waiting to be sent</source>
      <translation>chờ gửi</translation>
    </message>
    <message>
      <source>sent, not yet acknowledged</source>
      <translation>đã gửi, chờ xác nhận</translation>
    </message>
    <message>
      <source>received</source>
      <translation>đã nhận</translation>
    </message>
    <message>
      <source>no longer enrolled</source>
      <translation>không còn đăng ký</translation>
    </message>
    <message>
      <source>both cells have it</source>
      <translation>hai chi bộ đã nhận</translation>
    </message>
    <message>
      <source>%1: %2; %3: %4</source>
      <translation>%1: %2; %3: %4</translation>
    </message>
  </context>
</TS>