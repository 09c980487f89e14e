<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>DocumentPreviewDialog</name>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n trang</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;In…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>No printer is installed on this computer. Save the document as PDF and print it elsewhere, or install a printer and try again.</source>
      <translation>Máy tính này chưa cài máy in. Hãy lưu văn bản thành PDF để in ở nơi khác, hoặc cài máy in rồi thử lại.</translation>
    </message>
    <message>
      <source>Printing was cancelled; nothing was printed.</source>
      <translation>Đã hủy lệnh in; chưa in gì.</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Lưu thành PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The file could not be written: %1</source>
      <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
      <source>Saved to %1</source>
      <translation>Đã lưu vào %1</translation>
    </message>
  </context>
  <context>
    <name>MeetingAttendanceTab</name>
    <message>
      <source>No.</source>
      <translation>STT</translation>
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
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <source>Keys: 1 present · 2 online · 3 late · 4 absent with reason · 5 absent without reason · 0 clear</source>
      <translation>Phím tắt: 1 có mặt · 2 dự trực tuyến · 3 đến muộn · 4 vắng có lý do · 5 vắng không lý do · 0 xóa</translation>
    </message>
    <message>
      <source>&amp;Everyone present</source>
      <translation>&amp;Tất cả có mặt</translation>
    </message>
    <message>
      <source>Guests from the committee above: %1</source>
      <translation>Đại biểu cấp trên: %1</translation>
    </message>
    <message>
      <source>%1, probationary (not summoned)</source>
      <translation>%1, dự bị (không triệu tập)</translation>
    </message>
    <message>
      <source>%1 (not summoned)</source>
      <translation>%1 (không triệu tập)</translation>
    </message>
    <message>
      <source>Suspended from party activity, not marked present: %1</source>
      <translation>Đang bị đình chỉ sinh hoạt đảng, không ghi có mặt: %1</translation>
    </message>
    <message>
      <source>Present %1/%2 · absent with reason %3 · without reason %4 · not marked %5 · attached here present %6 · may vote: %7 present of %8</source>
      <translation>Có mặt %1/%2 · vắng có lý do %3 · không lý do %4 · chưa điểm danh %5 · sinh hoạt tạm thời có mặt %6 · được biểu quyết: %7 có mặt trên %8</translation>
    </message>
  </context>
  <context>
    <name>MeetingConclusionTab</name>
    <message>
      <source>Start from the &amp;draft resolution</source>
      <translation>Lấy từ &amp;dự thảo nghị quyết</translation>
    </message>
    <message>
      <source>A &amp;vote was taken</source>
      <translation>&amp;Có biểu quyết</translation>
    </message>
    <message>
      <source>&amp;Started at:</source>
      <translation>&amp;Bắt đầu lúc:</translation>
    </message>
    <message>
      <source>&amp;Ended at:</source>
      <translation>&amp;Kết thúc lúc:</translation>
    </message>
    <message>
      <source>Vote (show of hands, full members only)</source>
      <translation>Biểu quyết (giơ tay, chỉ đảng viên chính thức)</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;Tán thành:</translation>
    </message>
    <message>
      <source>&amp;Against:</source>
      <translation>Khô&amp;ng tán thành:</translation>
    </message>
    <message>
      <source>A&amp;bstaining:</source>
      <translation>Không biểu qu&amp;yết:</translation>
    </message>
    <message>
      <source>The chair's &amp;conclusion:</source>
      <translation>Kết l&amp;uận của chủ trì:</translation>
    </message>
    <message>
      <source>The &amp;resolution adopted:</source>
      <translation>Nghị quyết được thông &amp;qua:</translation>
    </message>
    <message>
      <source>May vote: %1 present; denominator %2 (full members less those excused).</source>
      <translation>Được biểu quyết: %1 có mặt; tổng số tính tỷ lệ %2 (đảng viên chính thức trừ người vắng có lý do).</translation>
    </message>
    <message>
      <source>More votes than members present who may vote.</source>
      <translation>Số phiếu nhiều hơn số đảng viên có mặt được biểu quyết.</translation>
    </message>
    <message>
      <source>Adopted: %1 for out of %2 (%3).</source>
      <translation>Được thông qua: %1 tán thành trên %2 (%3).</translation>
    </message>
    <message>
      <source>Not adopted: votes for must be more than half of the denominator.</source>
      <translation>Chưa được thông qua: số tán thành phải quá một nửa.</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditorDialog</name>
    <message>
      <source>Add an a&amp;ddendum…</source>
      <translation>Thêm &amp;phụ lục…</translation>
    </message>
    <message>
      <source>Open the other meeting of this sitting</source>
      <translation>Mở cuộc họp còn lại của buổi sinh hoạt</translation>
    </message>
    <message>
      <source>&amp;1 Preparation</source>
      <translation>&amp;1 Chuẩn bị</translation>
    </message>
    <message>
      <source>&amp;2 Attendance</source>
      <translation>&amp;2 Điểm danh</translation>
    </message>
    <message>
      <source>&amp;3 Proceedings</source>
      <translation>&amp;3 Diễn biến</translation>
    </message>
    <message>
      <source>&amp;4 Tasks</source>
      <translation>&amp;4 Nhiệm vụ</translation>
    </message>
    <message>
      <source>&amp;5 Conclusion and vote</source>
      <translation>&amp;5 Kết luận, biểu quyết</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>&amp;Finalise the minutes…</source>
      <translation>&amp;Hoàn thành biên bản…</translation>
    </message>
    <message>
      <source>Delete the meeting…</source>
      <translation>Xóa cuộc họp…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Topic of the thematic meeting held after it</source>
      <translation>Chủ đề của buổi sinh hoạt chuyên đề tiếp theo</translation>
    </message>
    <message>
      <source>New regular and thematic meetings in one sitting</source>
      <translation>Sinh hoạt thường kỳ kết hợp chuyên đề mới</translation>
    </message>
    <message numerus="yes">
      <source> %n addendum(s) so far.</source>
      <translation>
        <numerusform> Đã có %n phụ lục.</numerusform>
      </translation>
    </message>
    <message>
      <source>These minutes (%1) were finalised and can no longer be edited, so that the record stays as approved. A correction or addition is added as an addendum linked to them.</source>
      <translation>Biên bản này (%1) đã hoàn thành nên không sửa được nữa, để giữ đúng nội dung đã thông qua. Phần đính chính hoặc bổ sung được ghi thành phụ lục kèm theo biên bản.</translation>
    </message>
    <message>
      <source>Finalise these minutes? They get their number (%1) and can no longer be changed; later corrections become addenda.</source>
      <translation>Hoàn thành biên bản này? Biên bản sẽ được đánh số (%1) và không sửa được nữa; đính chính về sau được ghi thành phụ lục.</translation>
    </message>
    <message>
      <source>%1 is out of date order: a later meeting of this year already has its number, and numbers already given never change, so this meeting takes the next number of the year.</source>
      <translation>%1 không theo thứ tự ngày: một cuộc họp diễn ra sau trong năm đã được đánh số, và số đã cấp không bao giờ thay đổi, nên cuộc họp này nhận số tiếp theo của năm.</translation>
    </message>
    <message>
      <source>Delete this meeting and everything recorded in it? Use this only for a meeting entered by mistake.</source>
      <translation>Xóa cuộc họp này và mọi nội dung đã ghi? Chỉ dùng khi cuộc họp được nhập nhầm.</translation>
    </message>
    <message>
      <source>Addendum to the minutes</source>
      <translation>Phụ lục biên bản</translation>
    </message>
    <message>
      <source>Correction or addition, dated today:</source>
      <translation>Nội dung đính chính, bổ sung (ghi ngày hôm nay):</translation>
    </message>
    <message>
      <source>Save the changes to this meeting?</source>
      <translation>Lưu các thay đổi của cuộc họp này?</translation>
    </message>
  </context>
  <context>
    <name>MeetingFiguresWidget</name>
    <message>
      <source>Month</source>
      <translation>Tháng</translation>
    </message>
    <message>
      <source>Meetings held</source>
      <translation>Số buổi</translation>
    </message>
    <message>
      <source>Meetings in %1</source>
      <translation>Sinh hoạt chi bộ năm %1</translation>
    </message>
    <message>
      <source>No regular meeting this month</source>
      <translation>Tháng này chưa có sinh hoạt thường kỳ</translation>
    </message>
    <message>
      <source>Q%1: %2</source>
      <translation>Quý %1: %2</translation>
    </message>
    <message>
      <source> — a quarter passed without a thematic meeting</source>
      <translation> — có quý không sinh hoạt chuyên đề</translation>
    </message>
    <message>
      <source>Thematic meetings: </source>
      <translation>Sinh hoạt chuyên đề: </translation>
    </message>
    <message>
      <source>Absent without reason in 3 or more months this year (ground to strike the name): %1</source>
      <translation>Vắng không lý do từ 3 tháng trở lên trong năm (căn cứ đề nghị xóa tên): %1</translation>
    </message>
    <message>
      <source>Nobody has been absent without reason in 3 months this year.</source>
      <translation>Năm nay không có đảng viên vắng không lý do 3 tháng.</translation>
    </message>
    <message numerus="yes">
      <source> and %n more</source>
      <translation>
        <numerusform> và %n đồng chí khác</numerusform>
      </translation>
    </message>
    <message>
      <source>Attended the last %1 meetings without speaking: %2</source>
      <translation>Dự %1 buổi gần nhất nhưng chưa phát biểu: %2</translation>
    </message>
    <message>
      <source>nobody</source>
      <translation>không có</translation>
    </message>
    <message>
      <source>No meeting has been held this year yet.</source>
      <translation>Năm nay chưa có buổi sinh hoạt nào.</translation>
    </message>
    <message>
      <source>Attendance: %1 on average, lowest %2 on %3. Lowest members: %4</source>
      <translation>Tỷ lệ dự họp: trung bình %1, thấp nhất %2 ngày %3. Đảng viên dự họp ít nhất: %4</translation>
    </message>
  </context>
  <context>
    <name>MeetingPreparationTab</name>
    <message>
      <source>One guest a line: full name, position</source>
      <translation>Mỗi dòng một đại biểu: họ và tên, chức vụ</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Ngày:</translation>
    </message>
    <message>
      <source>&amp;Time:</source>
      <translation>&amp;Giờ:</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
      <source>T&amp;opic:</source>
      <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
      <source>&amp;Chair:</source>
      <translation>Người chủ &amp;trì:</translation>
    </message>
    <message>
      <source>Chair's &amp;role:</source>
      <translation>Chức &amp;vụ chủ trì:</translation>
    </message>
    <message>
      <source>&amp;Minute-taker:</source>
      <translation>Thư &amp;ký:</translation>
    </message>
    <message>
      <source>&amp;Guests from the committee above:</source>
      <translation>Đại &amp;biểu cấp trên:</translation>
    </message>
    <message>
      <source>Members of the cell committee called:</source>
      <translation>Chi ủy viên được triệu tập:</translation>
    </message>
    <message>
      <source>One agenda item a line</source>
      <translation>Mỗi dòng một nội dung</translation>
    </message>
    <message>
      <source>Standard &amp;agenda</source>
      <translation>Chương trình &amp;mẫu</translation>
    </message>
    <message>
      <source>One document a line, e.g. Hướng dẫn số 42-HD/BTCTW…</source>
      <translation>Mỗi dòng một văn bản, ví dụ Hướng dẫn số 42-HD/BTCTW…</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Chương trình họp</translation>
    </message>
    <message>
      <source>Documents from the committee above to con&amp;vey:</source>
      <translation>Văn bản cấp trên cần &amp;phổ biến:</translation>
    </message>
    <message>
      <source>Draft reso&amp;lution:</source>
      <translation>&amp;Dự thảo nghị quyết:</translation>
    </message>
    <message>
      <source>(not chosen)</source>
      <translation>(chưa chọn)</translation>
    </message>
  </context>
  <context>
    <name>MeetingPrintButton</name>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;In</translation>
    </message>
    <message>
      <source>Preparing the document…</source>
      <translation>Đang tạo văn bản…</translation>
    </message>
  </context>
  <context>
    <name>MeetingProceedingsTab</name>
    <message>
      <source>Notes on the selected agenda item</source>
      <translation>Ghi chép về nội dung đang chọn</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>Người phát biểu</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>What was said</source>
      <translation>Tóm tắt ý kiến</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>Bảo lưu</translation>
    </message>
    <message>
      <source>&amp;Add a speech</source>
      <translation>&amp;Thêm ý kiến</translation>
    </message>
    <message>
      <source>&amp;Remove the speech</source>
      <translation>&amp;Xóa ý kiến</translation>
    </message>
    <message>
      <source>Speeches (a guest's name may be typed in):</source>
      <translation>Ý kiến phát biểu (có thể gõ tên đại biểu):</translation>
    </message>
    <message>
      <source>Click in “What was said” to type the summary of a speech.</source>
      <translation>Bấm vào ô “Tóm tắt ý kiến” để gõ nội dung phát biểu.</translation>
    </message>
    <message>
      <source>(general discussion)</source>
      <translation>(thảo luận chung)</translation>
    </message>
  </context>
  <context>
    <name>MeetingTasksTab</name>
    <message>
      <source>Task</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <source>Assigned to</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <source>Set on</source>
      <translation>Ngày giao</translation>
    </message>
    <message>
      <source>How it stands</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Nhận xét</translation>
    </message>
    <message>
      <source>New task</source>
      <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
      <source>Due (dd/mm/yyyy)</source>
      <translation>Thời hạn (dd/mm/yyyy)</translation>
    </message>
    <message>
      <source>Add a &amp;task</source>
      <translation>&amp;Thêm nhiệm vụ</translation>
    </message>
    <message>
      <source>A&amp;ssign…</source>
      <translation>&amp;Phân công…</translation>
    </message>
    <message>
      <source>Remove the task</source>
      <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
      <source>Tasks carried over from earlier meetings:</source>
      <translation>Nhiệm vụ chuyển từ các cuộc họp trước:</translation>
    </message>
    <message>
      <source>New tasks set at this meeting:</source>
      <translation>Nhiệm vụ mới giao tại cuộc họp này:</translation>
    </message>
    <message>
      <source>(not evaluated)</source>
      <translation>(chưa đánh giá)</translation>
    </message>
    <message>
      <source>No task is waiting to be reviewed at this meeting.</source>
      <translation>Không có nhiệm vụ nào cần đánh giá ở cuộc họp này.</translation>
    </message>
    <message>
      <source>(double-click to assign)</source>
      <translation>(nhấp đúp để phân công)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>&amp;New meeting</source>
      <translation>Cuộc họp mớ&amp;i</translation>
    </message>
    <message>
      <source>Regular and thematic meetings in one sitting</source>
      <translation>Sinh hoạt thường kỳ kết hợp chuyên đề</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <source>Document n&amp;umbers…</source>
      <translation>Số &amp;văn bản…</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Năm:</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n cuộc họp</numerusform>
      </translation>
    </message>
    <message>
      <source>Document numbers</source>
      <translation>Số văn bản</translation>
    </message>
    <message>
      <source>How minutes and resolutions are numbered from now on; {number} is the number in the year, {code} BB or NQ, {year} the year:</source>
      <translation>Cách đánh số biên bản, nghị quyết từ nay về sau; {number} là số thứ tự trong năm, {code} là BB hoặc NQ, {year} là năm:</translation>
    </message>
  </context>
  <context>
    <name>MeetingsTableModel</name>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Chủ đề</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Có mặt</translation>
    </message>
    <message>
      <source>Absent (with / without reason)</source>
      <translation>Vắng (có / không lý do)</translation>
    </message>
    <message>
      <source> (same sitting)</source>
      <translation> (cùng buổi)</translation>
    </message>
  </context>
  <context>
    <name>MemberPickerDialog</name>
    <message>
      <source>Assign to members</source>
      <translation>Phân công đảng viên</translation>
    </message>
    <message>
      <source>Search by name</source>
      <translation>Tìm theo tên</translation>
    </message>
  </context>
  <context>
    <name>TimeField</name>
    <message>
      <source>hh:mm</source>
      <translation>gg:pp</translation>
    </message>
  </context>
</TS>