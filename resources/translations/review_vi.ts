<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>CellReviewDialog</name>
    <message>
      <source>The cell's review of %1</source>
      <translation>Chi bộ kiểm điểm năm %1</translation>
    </message>
    <message>
      <source>&amp;Day of the session:</source>
      <translation>&amp;Ngày họp:</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
      <source>C&amp;haired by:</source>
      <translation>&amp;Chủ trì:</translation>
    </message>
    <message>
      <source>&amp;Minutes taken by:</source>
      <translation>&amp;Thư ký:</translation>
    </message>
    <message>
      <source>Members p&amp;resent:</source>
      <translation>Số đảng viên &amp;dự họp:</translation>
    </message>
    <message>
      <source>(not chosen)</source>
      <translation>(chưa chọn)</translation>
    </message>
    <message>
      <source>(no proposal yet)</source>
      <translation>(chưa đề xuất)</translation>
    </message>
    <message>
      <source>&amp;Assessment:</source>
      <translation>&amp;Nội dung tự đánh giá:</translation>
    </message>
    <message>
      <source>Self-&amp;grade:</source>
      <translation>&amp;Tự xếp loại:</translation>
    </message>
    <message>
      <source>Pr&amp;oposed grade:</source>
      <translation>Đề &amp;xuất xếp loại:</translation>
    </message>
    <message>
      <source>Votes &amp;for:</source>
      <translation>Số &amp;tán thành:</translation>
    </message>
    <message>
      <source>Votes a&amp;gainst:</source>
      <translation>Số &amp;không tán thành:</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Phiên họp</translation>
    </message>
    <message>
      <source>The cell's review</source>
      <translation>Chi bộ tự đánh giá</translation>
    </message>
  </context>
  <context>
    <name>MemberReviewDialog</name>
    <message>
      <source>Review of %1, %2</source>
      <translation>Kiểm điểm đồng chí %1, năm %2</translation>
    </message>
    <message>
      <source>(not chosen)</source>
      <translation>(chưa chọn)</translation>
    </message>
    <message>
      <source>&amp;Form:</source>
      <translation>&amp;Mẫu:</translation>
    </message>
    <message>
      <source>&amp;Self-assessment:</source>
      <translation>Nội dung tự &amp;kiểm điểm:</translation>
    </message>
    <message>
      <source>Score:</source>
      <translation>Tổng điểm:</translation>
    </message>
    <message>
      <source>Self-&amp;grade:</source>
      <translation>&amp;Tự xếp loại:</translation>
    </message>
    <message>
      <source>(no proposal yet)</source>
      <translation>(chưa đề xuất)</translation>
    </message>
    <message>
      <source>The meeting's &amp;comments:</source>
      <translation>&amp;Nhận xét của chi bộ:</translation>
    </message>
    <message>
      <source>Residence or previous &amp;cell:</source>
      <translation>Ý kiến nơi &amp;cư trú hoặc chi bộ cũ:</translation>
    </message>
    <message>
      <source>&amp;Proposed grade:</source>
      <translation>Chi bộ &amp;đề xuất xếp loại:</translation>
    </message>
    <message>
      <source>Votes &amp;for:</source>
      <translation>Số &amp;tán thành:</translation>
    </message>
    <message>
      <source>Votes &amp;against:</source>
      <translation>Số &amp;không tán thành:</translation>
    </message>
    <message>
      <source>Only full members vote: %1 on the session day.</source>
      <translation>Chỉ đảng viên chính thức biểu quyết: %1 đồng chí vào ngày họp.</translation>
    </message>
    <message>
      <source>Admitted too recently: reviewed, not graded this year.</source>
      <translation>Mới kết nạp: kiểm điểm, chưa xếp loại năm nay.</translation>
    </message>
    <message>
      <source>Self-assessment</source>
      <translation>Tự kiểm điểm</translation>
    </message>
    <message>
      <source>Comments and proposal</source>
      <translation>Nhận xét và đề xuất</translation>
    </message>
  </context>
  <context>
    <name>ReviewAnnounceDialog</name>
    <message>
      <source>Announce the results of %1</source>
      <translation>Công bố kết quả xếp loại năm %1</translation>
    </message>
    <message>
      <source>The day the committee's decisions on the grades were announced to the cell's members.</source>
      <translation>Ngày chi bộ công bố quyết định xếp loại của cấp trên cho đảng viên.</translation>
    </message>
    <message>
      <source>Announced &amp;on:</source>
      <translation>&amp;Ngày công bố:</translation>
    </message>
  </context>
  <context>
    <name>ReviewDecisionDialog</name>
    <message>
      <source>Decide the grades of %1</source>
      <translation>Quyết định xếp loại năm %1</translation>
    </message>
    <message>
      <source>Ban Thường vụ Đảng ủy</source>
      <translation>Ban Thường vụ Đảng ủy</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Proposed by the cell</source>
      <translation>Chi bộ đề xuất</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Cấp trên quyết định</translation>
    </message>
    <message>
      <source>Decided &amp;by:</source>
      <translation>&amp;Cơ quan quyết định:</translation>
    </message>
    <message>
      <source>&amp;Day:</source>
      <translation>&amp;Ngày:</translation>
    </message>
    <message>
      <source>Decision &amp;number:</source>
      <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
      <source>The cell itself</source>
      <translation>Tập thể chi bộ</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Năm:</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Cell</source>
      <translation>Chi bộ</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Tiến độ</translation>
    </message>
    <message>
      <source>To grade</source>
      <translation>Phải xếp loại</translation>
    </message>
    <message>
      <source>Self-assessed</source>
      <translation>Đã tự kiểm điểm</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>Đề xuất</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Cấp trên quyết định</translation>
    </message>
    <message>
      <source>Cell's grade</source>
      <translation>Xếp loại chi bộ</translation>
    </message>
    <message>
      <source>&amp;Decide the grades…</source>
      <translation>&amp;Quyết định xếp loại…</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Mẫu</translation>
    </message>
    <message>
      <source>Self-grade</source>
      <translation>Tự xếp loại</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <source>Vote</source>
      <translation>Biểu quyết</translation>
    </message>
    <message>
      <source>&amp;Start the review</source>
      <translation>&amp;Bắt đầu kiểm điểm</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <source>Session and the &amp;cell's review…</source>
      <translation>Phiên họp và &amp;chi bộ tự đánh giá…</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;In</translation>
    </message>
    <message>
      <source>Summary of grades (PDF)</source>
      <translation>Biểu tổng hợp kết quả xếp loại (PDF)</translation>
    </message>
    <message>
      <source>Summary of grades (Excel)</source>
      <translation>Biểu tổng hợp kết quả xếp loại (Excel)</translation>
    </message>
    <message>
      <source>Minutes of the review session</source>
      <translation>Biên bản họp kiểm điểm, đánh giá, xếp loại</translation>
    </message>
    <message>
      <source>The cell's review report</source>
      <translation>Báo cáo kiểm điểm của chi bộ</translation>
    </message>
    <message>
      <source>The selected member's review form</source>
      <translation>Bản kiểm điểm của đảng viên đang chọn</translation>
    </message>
    <message>
      <source>Announce the &amp;results…</source>
      <translation>Công bố &amp;kết quả…</translation>
    </message>
    <message>
      <source>Record the day the committee's decisions were announced to the members.</source>
      <translation>Ghi ngày công bố quyết định xếp loại của cấp trên cho đảng viên.</translation>
    </message>
    <message>
      <source>The review of %1 has not been started. Start it to list the members to review.</source>
      <translation>Chưa bắt đầu kiểm điểm năm %1. Bấm Bắt đầu kiểm điểm để lập danh sách đảng viên kiểm điểm.</translation>
    </message>
    <message>
      <source>Not graded (new)</source>
      <translation>Chưa xếp loại (mới kết nạp)</translation>
    </message>
    <message>
      <source>%1 members reviewed under %2.</source>
      <translation>%1 đảng viên kiểm điểm theo %2.</translation>
    </message>
    <message>
      <source>Not reviewed: %1.</source>
      <translation>Không kiểm điểm: %1.</translation>
    </message>
    <message>
      <source>Total %1 = reviewed %2 + not reviewed %3; reviewed = not graded %4 + awaiting %5 + graded %6 (%7)</source>
      <translation>Tổng số %1 = kiểm điểm %2 + không kiểm điểm %3; kiểm điểm = chưa xếp loại %4 + chưa có kết quả %5 + đã xếp loại: %6 (%7)</translation>
    </message>
    <message>
      <source>The cell proposes for itself: %1</source>
      <translation>Chi bộ đề xuất xếp loại tập thể: %1</translation>
    </message>
    <message>
      <source>decided: %1</source>
      <translation>cấp trên quyết định: %1</translation>
    </message>
    <message>
      <source>Results announced to the members on %1.</source>
      <translation>Đã công bố kết quả cho đảng viên ngày %1.</translation>
    </message>
    <message>
      <source>Members across cells: %1</source>
      <translation>Đảng viên các chi bộ: %1</translation>
    </message>
    <message>
      <source>Choose a cell in the table first.</source>
      <translation>Hãy chọn một chi bộ trong bảng trước.</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>Lưu thành tệp</translation>
    </message>
    <message>
      <source>Choose a member in the table first.</source>
      <translation>Hãy chọn một đảng viên trong bảng trước.</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Đang ghi %1…</translation>
    </message>
    <message>
      <source>Saved %1.</source>
      <translation>Đã lưu %1.</translation>
    </message>
  </context>
</TS>