<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>AlertsWidget</name>
    <message>
      <source>To do</source>
      <translation>Việc cần làm</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Mức độ</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Đảng viên</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Thời hạn</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>Nothing falls due.</source>
      <translation>Không có việc nào đến hạn.</translation>
    </message>
    <message>
      <source>Looking for what falls due…</source>
      <translation>Đang tìm các việc đến hạn…</translation>
    </message>
  </context>
  <context>
    <name>CommentDialog</name>
    <message>
      <source>Residence comment – %1</source>
      <translation>Nhận xét nơi cư trú – %1</translation>
    </message>
    <message>
      <source>Each year the cell committee, with the Fatherland Front committee of the village, comments on the member's conduct where they live and sends it to %1.</source>
      <translation>Hằng năm, chi ủy phối hợp với Ban công tác Mặt trận thôn nhận xét đảng viên tại nơi cư trú và gửi về %1.</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Năm:</translation>
    </message>
    <message>
      <source>Comment:</source>
      <translation>Nhận xét:</translation>
    </message>
    <message>
      <source>Cell committee's opinion:</source>
      <translation>Ý kiến của chi ủy:</translation>
    </message>
    <message>
      <source>Front committee's opinion:</source>
      <translation>Ý kiến của Ban công tác Mặt trận:</translation>
    </message>
    <message>
      <source>Sent to the workplace on:</source>
      <translation>Ngày gửi nơi công tác:</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>ngày/tháng/năm</translation>
    </message>
  </context>
  <context>
    <name>EndDateDialog</name>
    <message>
      <source>Ended on:</source>
      <translation>Ngày kết thúc:</translation>
    </message>
    <message>
      <source>Enter the date.</source>
      <translation>Hãy nhập ngày.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import members – %1</source>
      <translation>Nhập đảng viên từ tệp – %1</translation>
    </message>
    <message>
      <source>Checking the file…</source>
      <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
      <source>Fees paid in the paper book up to:</source>
      <translation>Đã đóng đảng phí theo sổ giấy đến tháng:</translation>
    </message>
    <message>
      <source>For the rows whose own column does not say it; the fee book counts from the month after.</source>
      <translation>Cho các dòng không ghi tháng ở cột riêng; sổ đảng phí tính từ tháng tiếp theo.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Citizen ID</source>
      <translation>Số CCCD</translation>
    </message>
    <message>
      <source>Party card</source>
      <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
      <source>Fees paid up to</source>
      <translation>Đóng đảng phí đến</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Nhập</translation>
    </message>
    <message>
      <source>Columns not read: %1.</source>
      <translation>Các cột không đọc: %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s) ready to import. Nothing has been written yet.</source>
      <translation>
        <numerusform>Sẵn sàng nhập %n đảng viên. Chưa ghi gì vào dữ liệu.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) need correcting in the file; nothing can be imported until every row is right.</source>
      <translation>
        <numerusform>Cần sửa %n dòng trong tệp; chỉ nhập được khi mọi dòng đều đúng.</numerusform>
      </translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Đang nhập…</translation>
    </message>
  </context>
  <context>
    <name>IntroductionDialog</name>
    <message>
      <source>Lives in another place – %1</source>
      <translation>Cư trú nơi khác – %1</translation>
    </message>
    <message>
      <source>Regulation 213: a member of this cell who lives elsewhere is introduced to the party cell where they live, which comments on them every year, unless they are exempt from residence activities (living in barracks, working far away, studying full time).</source>
      <translation>Quy định 213: đảng viên của chi bộ cư trú nơi khác được giới thiệu về chi bộ nơi cư trú; chi bộ đó nhận xét hằng năm, trừ trường hợp được miễn sinh hoạt nơi cư trú (ở tập trung trong doanh trại, đi làm việc xa, học tập trung).</translation>
    </message>
    <message>
      <source>Exempt from residence activities</source>
      <translation>Được miễn sinh hoạt nơi cư trú</translation>
    </message>
    <message>
      <source>Party cell where the member lives:</source>
      <translation>Chi bộ nơi cư trú:</translation>
    </message>
    <message>
      <source>Commune or ward:</source>
      <translation>Xã, phường:</translation>
    </message>
    <message>
      <source>Introduced on:</source>
      <translation>Ngày giới thiệu:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Ghi chú:</translation>
    </message>
  </context>
  <context>
    <name>LifecycleDialog</name>
    <message>
      <source>Party badge, %1 years</source>
      <translation>Huy hiệu %1 năm tuổi đảng</translation>
    </message>
    <message>
      <source>Another award</source>
      <translation>Hình thức khen thưởng khác</translation>
    </message>
    <message>
      <source>Takes effect on:</source>
      <translation>Ngày có hiệu lực:</translation>
    </message>
    <message>
      <source>Party organisation it goes to:</source>
      <translation>Tổ chức đảng nơi đến:</translation>
    </message>
    <message>
      <source>Party organisation it comes from:</source>
      <translation>Tổ chức đảng nơi đi:</translation>
    </message>
    <message>
      <source>Member is:</source>
      <translation>Là đảng viên:</translation>
    </message>
    <message>
      <source>Until:</source>
      <translation>Đến ngày:</translation>
    </message>
    <message>
      <source>Until (if known):</source>
      <translation>Đến ngày (nếu biết):</translation>
    </message>
    <message>
      <source>Form of discipline:</source>
      <translation>Hình thức kỷ luật:</translation>
    </message>
    <message>
      <source>Award:</source>
      <translation>Khen thưởng:</translation>
    </message>
    <message>
      <source>Name of the award:</source>
      <translation>Tên hình thức khen thưởng:</translation>
    </message>
    <message>
      <source>Admission ceremony:</source>
      <translation>Ngày lễ kết nạp:</translation>
    </message>
    <message>
      <source>The cell's vote:</source>
      <translation>Chi bộ biểu quyết:</translation>
    </message>
    <message>
      <source>Decision or resolution:</source>
      <translation>Số quyết định, nghị quyết:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Ghi chú:</translation>
    </message>
    <message>
      <source>Enter the date the event takes effect.</source>
      <translation>Hãy nhập ngày có hiệu lực.</translation>
    </message>
  </context>
  <context>
    <name>MemberActions</name>
    <message>
      <source>Added %1 to the list.</source>
      <translation>Đã thêm đồng chí %1 vào danh sách.</translation>
    </message>
    <message>
      <source>Saved the record of %1.</source>
      <translation>Đã lưu hồ sơ đồng chí %1.</translation>
    </message>
    <message>
      <source>Select a member first</source>
      <translation>Hãy chọn một đảng viên trước</translation>
    </message>
    <message>
      <source>Lives in another place (Regulation 213)…</source>
      <translation>Cư trú nơi khác (Quy định 213)…</translation>
    </message>
    <message>
      <source>Back to living here (end the introduction)…</source>
      <translation>Trở về cư trú tại địa phương (kết thúc giới thiệu)…</translation>
    </message>
    <message>
      <source>Remove a record entered by mistake…</source>
      <translation>Xóa hồ sơ nhập nhầm…</translation>
    </message>
    <message>
      <source>Recorded: %1 – %2. Status: %3.</source>
      <translation>Đã ghi: %1 – %2. Trạng thái: %3.</translation>
    </message>
    <message>
      <source>The wrong entry was reversed; it stays in the history.</source>
      <translation>Đã hủy bỏ sự kiện ghi sai; sự kiện vẫn được lưu trong lịch sử.</translation>
    </message>
    <message>
      <source>Back to living here – %1</source>
      <translation>Trở về cư trú tại địa phương – %1</translation>
    </message>
    <message>
      <source>The introduction to the cell where the member lived ends; it stays on record.</source>
      <translation>Kết thúc việc giới thiệu về chi bộ nơi cư trú; thông tin vẫn được lưu.</translation>
    </message>
    <message>
      <source>Remove a record entered by mistake</source>
      <translation>Xóa hồ sơ nhập nhầm</translation>
    </message>
    <message>
      <source>Remove %1 from the register? Only for a record entered by mistake (a duplicate, a wrong person). A member who left, moved or died is recorded with an event from the Actions menu, so the history is kept.</source>
      <translation>Xóa hồ sơ đồng chí %1 khỏi danh sách? Chỉ dùng khi hồ sơ bị nhập nhầm (trùng lặp, nhầm người). Đảng viên chuyển đi, ra khỏi Đảng hoặc từ trần thì ghi bằng sự kiện trong trình đơn Thao tác để giữ lại lịch sử.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Removed the record of %1.</source>
      <translation>Đã xóa hồ sơ đồng chí %1.</translation>
    </message>
    <message>
      <source>Import members</source>
      <translation>Nhập đảng viên từ tệp</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n member(s).</source>
      <translation>
        <numerusform>Đã nhập %n đảng viên.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export the register</source>
      <translation>Xuất danh sách đảng viên</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Wrote %1 member(s) to %2.</source>
      <translation>Đã ghi %1 đảng viên vào %2.</translation>
    </message>
  </context>
  <context>
    <name>MemberDetailWidget</name>
    <message>
      <source>Record</source>
      <translation>Hồ sơ</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Sự kiện</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Chi tiết</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Quyết định</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>&amp;Reverse a wrong entry…</source>
      <translation>&amp;Hủy bỏ sự kiện ghi sai…</translation>
    </message>
    <message>
      <source>A wrong entry is never edited: select it, reverse it with the reason, then record it again.</source>
      <translation>Sự kiện ghi sai không được sửa: hãy chọn sự kiện, hủy bỏ kèm lý do, rồi ghi lại cho đúng.</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Lịch sử</translation>
    </message>
    <message>
      <source>Select a member in the list.</source>
      <translation>Hãy chọn một đảng viên trong danh sách.</translation>
    </message>
    <message>
      <source>Entered in the register as '%1' on %2. No event of party life recorded yet.</source>
      <translation>Vào sổ với trạng thái '%1' ngày %2. Chưa ghi sự kiện nào về quá trình sinh hoạt đảng.</translation>
    </message>
    <message>
      <source>%1 years on %2</source>
      <translation>%1 năm vào ngày %2</translation>
    </message>
    <message>
      <source> (introduced %1)</source>
      <translation> (giới thiệu ngày %1)</translation>
    </message>
    <message>
      <source>; exempt from residence activities</source>
      <translation>; được miễn sinh hoạt nơi cư trú</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Trạng thái:</translation>
    </message>
    <message>
      <source>Sex:</source>
      <translation>Giới tính:</translation>
    </message>
    <message>
      <source>Date of birth:</source>
      <translation>Ngày sinh:</translation>
    </message>
    <message>
      <source>Ethnicity:</source>
      <translation>Dân tộc:</translation>
    </message>
    <message>
      <source>Religion:</source>
      <translation>Tôn giáo:</translation>
    </message>
    <message>
      <source>Citizen ID:</source>
      <translation>Số CCCD:</translation>
    </message>
    <message>
      <source>Party card:</source>
      <translation>Số thẻ đảng viên:</translation>
    </message>
    <message>
      <source>Date admitted:</source>
      <translation>Ngày vào Đảng:</translation>
    </message>
    <message>
      <source>Admission ceremony:</source>
      <translation>Ngày lễ kết nạp:</translation>
    </message>
    <message>
      <source>Full member since:</source>
      <translation>Ngày chính thức:</translation>
    </message>
    <message>
      <source>Recognition due:</source>
      <translation>Hạn xét chính thức:</translation>
    </message>
    <message>
      <source>Party seniority:</source>
      <translation>Tuổi đảng:</translation>
    </message>
    <message>
      <source>%1 years</source>
      <translation>%1 năm</translation>
    </message>
    <message>
      <source>Next Party badge:</source>
      <translation>Huy hiệu Đảng tiếp theo:</translation>
    </message>
    <message>
      <source>No party fees from:</source>
      <translation>Miễn đóng đảng phí từ:</translation>
    </message>
    <message>
      <source>Lives in another place:</source>
      <translation>Cư trú nơi khác:</translation>
    </message>
    <message>
      <source>Home town:</source>
      <translation>Quê quán:</translation>
    </message>
    <message>
      <source>Current residence:</source>
      <translation>Nơi ở hiện nay:</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Điện thoại:</translation>
    </message>
    <message>
      <source>Occupation:</source>
      <translation>Nghề nghiệp:</translation>
    </message>
    <message>
      <source>Workplace:</source>
      <translation>Nơi làm việc:</translation>
    </message>
    <message>
      <source>Political theory:</source>
      <translation>Lý luận chính trị:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Ghi chú:</translation>
    </message>
    <message>
      <source>Reversed: %1</source>
      <translation>Đã hủy bỏ: %1</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>Correct the member's record</source>
      <translation>Sửa hồ sơ đảng viên</translation>
    </message>
    <message>
      <source>Add a member</source>
      <translation>Thêm đảng viên</translation>
    </message>
    <message>
      <source>&amp;Personal</source>
      <translation>Cá nhân</translation>
    </message>
    <message>
      <source>P&amp;arty</source>
      <translation>Đảng</translation>
    </message>
    <message>
      <source>&amp;Work and training</source>
      <translation>Công tác, trình độ</translation>
    </message>
    <message>
      <source>Open that member</source>
      <translation>Mở hồ sơ đồng chí đó</translation>
    </message>
    <message>
      <source>12 digits</source>
      <translation>12 chữ số</translation>
    </message>
    <message>
      <source>Full &amp;name:</source>
      <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
      <source>Other name:</source>
      <translation>Tên gọi khác:</translation>
    </message>
    <message>
      <source>&amp;Sex:</source>
      <translation>&amp;Giới tính:</translation>
    </message>
    <message>
      <source>Date of &amp;birth:</source>
      <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
      <source>&amp;Ethnicity:</source>
      <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
      <source>&amp;Religion:</source>
      <translation>&amp;Tôn giáo:</translation>
    </message>
    <message>
      <source>&amp;Citizen ID:</source>
      <translation>Số CCCD:</translation>
    </message>
    <message>
      <source>P&amp;hone:</source>
      <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
      <source>Place of birth:</source>
      <translation>Nơi sinh:</translation>
    </message>
    <message>
      <source>Home town:</source>
      <translation>Quê quán:</translation>
    </message>
    <message>
      <source>Permanent residence:</source>
      <translation>Nơi thường trú:</translation>
    </message>
    <message>
      <source>Current residence:</source>
      <translation>Nơi ở hiện nay:</translation>
    </message>
    <message>
      <source>Occupation:</source>
      <translation>Nghề nghiệp:</translation>
    </message>
    <message>
      <source>Workplace:</source>
      <translation>Nơi làm việc:</translation>
    </message>
    <message>
      <source>Position:</source>
      <translation>Chức vụ:</translation>
    </message>
    <message>
      <source>General education:</source>
      <translation>Giáo dục phổ thông:</translation>
    </message>
    <message>
      <source>Political theory:</source>
      <translation>Lý luận chính trị:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Ghi chú:</translation>
    </message>
    <message>
      <source>Set by a recorded event: to correct it, reverse that event in the history.</source>
      <translation>Do sự kiện đã ghi xác định: muốn sửa, hãy hủy bỏ sự kiện đó trong lịch sử.</translation>
    </message>
    <message>
      <source>Status: %1. It follows the recorded events; use the Actions menu to change it.</source>
      <translation>Trạng thái: %1. Trạng thái theo các sự kiện đã ghi; muốn thay đổi, hãy dùng trình đơn Thao tác.</translation>
    </message>
  </context>
  <context>
    <name>PartyTab</name>
    <message>
      <source>Already in the cell's register</source>
      <translation>Đã có tên trong sổ đảng viên của chi bộ</translation>
    </message>
    <message>
      <source>Newly admitted (probationary)</source>
      <translation>Mới kết nạp (đảng viên dự bị)</translation>
    </message>
    <message>
      <source>Permanent transfer to this cell</source>
      <translation>Chuyển sinh hoạt chính thức đến chi bộ</translation>
    </message>
    <message>
      <source>Temporarily attached to this cell</source>
      <translation>Sinh hoạt tạm thời tại chi bộ</translation>
    </message>
    <message>
      <source>12 digits, full members only</source>
      <translation>12 chữ số, chỉ đảng viên chính thức</translation>
    </message>
    <message>
      <source>How the member joins the list:</source>
      <translation>Vào danh sách theo hình thức:</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
      <source>Date admitted (decision):</source>
      <translation>Ngày vào Đảng (quyết định):</translation>
    </message>
    <message>
      <source>Admission ceremony:</source>
      <translation>Ngày lễ kết nạp:</translation>
    </message>
    <message>
      <source>Full member since:</source>
      <translation>Ngày chính thức:</translation>
    </message>
    <message>
      <source>Party card number:</source>
      <translation>Số thẻ đảng viên:</translation>
    </message>
    <message>
      <source>Arrived on:</source>
      <translation>Ngày đến:</translation>
    </message>
    <message>
      <source>Coming from (party organisation):</source>
      <translation>Tổ chức đảng nơi đi:</translation>
    </message>
    <message>
      <source>Member is:</source>
      <translation>Là đảng viên:</translation>
    </message>
    <message>
      <source>Attached until:</source>
      <translation>Sinh hoạt tạm thời đến ngày:</translation>
    </message>
    <message>
      <source>Decision or letter number:</source>
      <translation>Số quyết định, giấy giới thiệu:</translation>
    </message>
    <message>
      <source>The cell's vote:</source>
      <translation>Chi bộ biểu quyết:</translation>
    </message>
    <message>
      <source>Enter the date of the admission decision.</source>
      <translation>Hãy nhập ngày của quyết định kết nạp.</translation>
    </message>
    <message>
      <source>Enter the date the member arrived.</source>
      <translation>Hãy nhập ngày đảng viên đến.</translation>
    </message>
  </context>
  <context>
    <name>ResidenceWidget</name>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Party cell where they live</source>
      <translation>Chi bộ nơi cư trú</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã, phường</translation>
    </message>
    <message>
      <source>Introduced</source>
      <translation>Ngày giới thiệu</translation>
    </message>
    <message>
      <source>Exempt</source>
      <translation>Miễn</translation>
    </message>
    <message>
      <source>Members of this cell living in another place</source>
      <translation>Đảng viên của chi bộ cư trú nơi khác</translation>
    </message>
    <message>
      <source>Introduce a member from the register: select them, then Actions → Lives in another place.</source>
      <translation>Để giới thiệu một đảng viên: chọn đảng viên trong danh sách, rồi Thao tác → Cư trú nơi khác.</translation>
    </message>
    <message>
      <source>Party organisation at work</source>
      <translation>Tổ chức đảng nơi công tác</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Liên hệ</translation>
    </message>
    <message>
      <source>Comment %1</source>
      <translation>Nhận xét %1</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Thêm…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <source>Yearly &amp;comment…</source>
      <translation>&amp;Nhận xét hằng năm…</translation>
    </message>
    <message>
      <source>Moved &amp;away…</source>
      <translation>Đã chu&amp;yển đi…</translation>
    </message>
    <message>
      <source>Show those who moved away</source>
      <translation>Hiện cả người đã chuyển đi</translation>
    </message>
    <message>
      <source>Working members of other organisations living here</source>
      <translation>Đảng viên đang công tác nơi khác cư trú tại địa phương</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Có</translation>
    </message>
    <message>
      <source>Moved away %1</source>
      <translation>Đã chuyển đi %1</translation>
    </message>
    <message>
      <source>Not needed</source>
      <translation>Không phải nhận xét</translation>
    </message>
    <message>
      <source>Not written</source>
      <translation>Chưa nhận xét</translation>
    </message>
    <message>
      <source>Sent %1</source>
      <translation>Đã gửi %1</translation>
    </message>
    <message>
      <source>Written, not sent</source>
      <translation>Đã nhận xét, chưa gửi</translation>
    </message>
    <message>
      <source>Moved away – %1</source>
      <translation>Đã chuyển đi – %1</translation>
    </message>
    <message>
      <source>The member no longer lives here or was introduced elsewhere; the record is kept.</source>
      <translation>Đảng viên không còn cư trú tại địa phương hoặc đã được giới thiệu nơi khác; thông tin vẫn được lưu.</translation>
    </message>
  </context>
  <context>
    <name>ResidentDialog</name>
    <message>
      <source>Working member living here</source>
      <translation>Đảng viên công tác nơi khác cư trú tại địa phương</translation>
    </message>
    <message>
      <source>A party member working in another organisation who lives here and keeps in touch with this cell (Regulation 213). The cell comments on them every year for their workplace.</source>
      <translation>Đảng viên đang công tác ở tổ chức đảng khác, cư trú tại địa phương và giữ mối liên hệ với chi bộ (Quy định 213). Hằng năm chi bộ nhận xét gửi về nơi công tác.</translation>
    </message>
    <message>
      <source>Exempt from residence activities (no yearly comment)</source>
      <translation>Được miễn sinh hoạt nơi cư trú (không nhận xét hằng năm)</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>Họ và tên:</translation>
    </message>
    <message>
      <source>Party organisation at work:</source>
      <translation>Tổ chức đảng nơi công tác:</translation>
    </message>
    <message>
      <source>Phone or contact:</source>
      <translation>Điện thoại, liên hệ:</translation>
    </message>
    <message>
      <source>Lives at:</source>
      <translation>Nơi cư trú:</translation>
    </message>
    <message>
      <source>Introduced on:</source>
      <translation>Ngày giới thiệu:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Ghi chú:</translation>
    </message>
  </context>
  <context>
    <name>ReverseEventDialog</name>
    <message>
      <source>Reverse a wrong entry – %1</source>
      <translation>Hủy bỏ sự kiện ghi sai – %1</translation>
    </message>
    <message>
      <source>Event: %1 of %2</source>
      <translation>Sự kiện: %1 ngày %2</translation>
    </message>
    <message>
      <source>Why the entry is wrong, e.g. recorded for the wrong member</source>
      <translation>Vì sao sự kiện bị ghi sai, ví dụ ghi nhầm đảng viên</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Lý do:</translation>
    </message>
  </context>
  <context>
    <name>UnsavedChanges</name>
    <message>
      <source>Close without saving?</source>
      <translation>Đóng mà không lưu?</translation>
    </message>
    <message>
      <source>What you typed in this window has not been saved and will be lost.</source>
      <translation>Những gì đồng chí đã gõ trong cửa sổ này chưa được lưu và sẽ mất.</translation>
    </message>
    <message>
      <source>&amp;Discard the changes</source>
      <translation>&amp;Bỏ các thay đổi</translation>
    </message>
    <message>
      <source>&amp;Keep editing</source>
      <translation>&amp;Tiếp tục sửa</translation>
    </message>
  </context>
  <context>
    <name>VoteFields</name>
    <message>
      <source>Cell meeting that voted:</source>
      <translation>Ngày họp chi bộ biểu quyết:</translation>
    </message>
    <message>
      <source>Votes for:</source>
      <translation>Số tán thành:</translation>
    </message>
    <message>
      <source>Votes against:</source>
      <translation>Số không tán thành:</translation>
    </message>
    <message>
      <source>Full members counted:</source>
      <translation>Số đảng viên chính thức được tính:</translation>
    </message>
    <message>
      <source>At least two thirds of the full members counted must vote for: %1 of %2.</source>
      <translation>Phải có ít nhất hai phần ba số đảng viên chính thức được tính tán thành: %1/%2.</translation>
    </message>
    <message>
      <source>The meeting of %1 counted %2 full members with a vote; %3 were present.</source>
      <translation>Buổi sinh hoạt ngày %1 tính %2 đảng viên chính thức có quyền biểu quyết; %3 đồng chí có mặt.</translation>
    </message>
    <message>
      <source>Enter the day of the cell meeting that voted.</source>
      <translation>Hãy nhập ngày chi bộ họp biểu quyết.</translation>
    </message>
  </context>
</TS>