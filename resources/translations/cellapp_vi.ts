<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>App</name>
    <message>
      <source>CellApp met an unexpected error: %1</source>
      <translation>CellApp gặp lỗi không lường trước: %1</translation>
    </message>
  </context>
  <context>
    <name>CellSyncPage</name>
    <message>
      <source>Sync</source>
      <translation>Đồng bộ</translation>
    </message>
  </context>
  <context>
    <name>CellsPage</name>
    <message>
      <source>Cells</source>
      <translation>Chi bộ</translation>
    </message>
  </context>
  <context>
    <name>CommitteeSyncPage</name>
    <message>
      <source>Sync</source>
      <translation>Đồng bộ</translation>
    </message>
  </context>
  <context>
    <name>DocumentPlaceDialog</name>
    <message>
      <source>Place on documents</source>
      <translation>Địa danh trên văn bản</translation>
    </message>
    <message>
      <source>The place name written before the date of minutes, resolutions, fee books and reports, usually the village or commune.</source>
      <translation>Địa danh in trước ngày tháng của biên bản, nghị quyết, sổ đảng phí và báo cáo, thường là tên thôn, bản hoặc xã.</translation>
    </message>
    <message>
      <source>e.g. Nậm Búng</source>
      <translation>ví dụ Nậm Búng</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
      <source>Printed as:</source>
      <translation>In thành:</translation>
    </message>
  </context>
  <context>
    <name>FeesPage</name>
    <message>
      <source>Fees</source>
      <translation>Đảng phí</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>Welcome to CellApp</source>
      <translation>Chào mừng đến với CellApp</translation>
    </message>
    <message>
      <source>CellApp keeps the records of a party cell, or of the committee above cells. Choose how to start:</source>
      <translation>CellApp lưu hồ sơ của chi bộ, hoặc của cấp ủy quản lý các chi bộ. Hãy chọn cách bắt đầu:</translation>
    </message>
    <message>
      <source>Create the workspace of a &amp;cell</source>
      <translation>Tạo dữ liệu cho một &amp;chi bộ</translation>
    </message>
    <message>
      <source>Create the workspace of a c&amp;ommittee</source>
      <translation>Tạo dữ liệu cho một &amp;cấp ủy</translation>
    </message>
    <message>
      <source>Open the &amp;demo (a sample cell, nothing of yours is changed)</source>
      <translation>Mở bản &amp;trình diễn (chi bộ mẫu, không thay đổi dữ liệu của bạn)</translation>
    </message>
    <message>
      <source>e.g. Chi bộ thôn Nấm Dẩn</source>
      <translation>VD: Chi bộ thôn Nấm Dẩn</translation>
    </message>
    <message>
      <source>e.g. Đảng bộ xã Xín Mần</source>
      <translation>VD: Đảng bộ xã Xín Mần</translation>
    </message>
    <message>
      <source>The months before it are settled in the paper fee book: nothing is counted unpaid before it. Each member's own paid-up-to month can be given when members are imported.</source>
      <translation>Các tháng trước đó đã thanh toán theo sổ giấy: không tháng nào trước đó bị tính là chưa đóng. Tháng đã đóng đến của từng đảng viên có thể ghi khi nhập danh sách đảng viên.</translation>
    </message>
    <message>
      <source>e.g. Nậm Búng</source>
      <translation>ví dụ Nậm Búng</translation>
    </message>
    <message>
      <source>e.g. Giàng Seo Phử</source>
      <translation>ví dụ Giàng Seo Phử</translation>
    </message>
    <message>
      <source>Chairs the first meeting; add the secretary as a member too.</source>
      <translation>Chủ trì cuộc họp đầu tiên; nhớ thêm đồng chí bí thư vào danh sách đảng viên.</translation>
    </message>
    <message>
      <source>Cell &amp;name:</source>
      <translation>&amp;Tên chi bộ:</translation>
    </message>
    <message>
      <source>Committee &amp;above:</source>
      <translation>Cấp ủy cấp &amp;trên:</translation>
    </message>
    <message>
      <source>Its &amp;level:</source>
      <translation>&amp;Cấp:</translation>
    </message>
    <message>
      <source>&amp;Place on documents:</source>
      <translation>Đị&amp;a danh trên văn bản:</translation>
    </message>
    <message>
      <source>Cell s&amp;ecretary:</source>
      <translation>&amp;Bí thư chi bộ:</translation>
    </message>
    <message>
      <source>Fee book &amp;starts in:</source>
      <translation>&amp;Sổ đảng phí bắt đầu từ tháng:</translation>
    </message>
    <message>
      <source>e.g. Xín Mần</source>
      <translation>ví dụ Xín Mần</translation>
    </message>
    <message>
      <source>Committee &amp;name:</source>
      <translation>&amp;Tên cấp ủy:</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>&amp;Cấp:</translation>
    </message>
    <message>
      <source>Written before the date of every document: “Nậm Búng, ngày 05 tháng 12 năm 2026”.</source>
      <translation>In trước ngày tháng của mọi văn bản: “Nậm Búng, ngày 05 tháng 12 năm 2026”.</translation>
    </message>
    <message>
      <source>Enter the name of the cell.</source>
      <translation>Hãy nhập tên chi bộ.</translation>
    </message>
    <message>
      <source>Enter the name of the committee directly above the cell.</source>
      <translation>Hãy nhập tên cấp ủy cấp trên trực tiếp của chi bộ.</translation>
    </message>
    <message>
      <source>Enter the name of the committee.</source>
      <translation>Hãy nhập tên cấp ủy.</translation>
    </message>
  </context>
  <context>
    <name>FirstStepsWidget</name>
    <message>
      <source>Getting started</source>
      <translation>Bắt đầu sử dụng</translation>
    </message>
    <message>
      <source>Add the cell's members, one by one or from an Excel file.</source>
      <translation>Thêm đảng viên của chi bộ: từng người, hoặc nhập từ tệp Excel.</translation>
    </message>
    <message>
      <source>&amp;Add members…</source>
      <translation>&amp;Thêm đảng viên…</translation>
    </message>
    <message>
      <source>Say from which month the fee book is kept here (earlier months stay on paper).</source>
      <translation>Chọn tháng bắt đầu ghi sổ đảng phí trong CellApp (các tháng trước vẫn ở sổ giấy).</translation>
    </message>
    <message>
      <source>Fee book &amp;start…</source>
      <translation>Tháng bắt đầu &amp;sổ đảng phí…</translation>
    </message>
    <message>
      <source>Prepare the first monthly meeting: agenda, chair and minute-taker.</source>
      <translation>Chuẩn bị buổi sinh hoạt chi bộ đầu tiên: chương trình, chủ trì và thư ký.</translation>
    </message>
    <message>
      <source>&amp;Prepare the first meeting…</source>
      <translation>&amp;Chuẩn bị cuộc họp đầu tiên…</translation>
    </message>
    <message>
      <source>Join the committee above, once, to exchange files on a USB stick.</source>
      <translation>Đăng ký với cấp ủy cấp trên (làm một lần) để trao đổi tệp qua USB.</translation>
    </message>
    <message>
      <source>&amp;Join the committee…</source>
      <translation>Đăng &amp;ký với cấp ủy…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opening the workspace…</source>
      <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
      <source>CellApp – %1</source>
      <translation>CellApp – %1</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Thoát</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Xem</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Cài đặt</translation>
    </message>
    <message>
      <source>Key &amp;passphrase…</source>
      <translation>Cụm &amp;mật khẩu của khóa…</translation>
    </message>
    <message>
      <source>P&amp;lace on documents…</source>
      <translation>Đị&amp;a danh trên văn bản…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <source>&amp;About CellApp</source>
      <translation>&amp;Giới thiệu CellApp</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>Hướng dẫn &amp;sử dụng</translation>
    </message>
    <message>
      <source>Help on this &amp;page</source>
      <translation>Trợ giúp cho &amp;trang này</translation>
    </message>
    <message>
      <source>P&amp;rint the user guide…</source>
      <translation>&amp;In hướng dẫn…</translation>
    </message>
    <message>
      <source>Workspace: %1</source>
      <translation>Dữ liệu: %1</translation>
    </message>
    <message>
      <source>This workspace was restored or copied; it continues under a new installation identity.</source>
      <translation>Dữ liệu này đã được khôi phục hoặc sao chép; máy này tiếp tục với một mã cài đặt mới.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>The new language is used the next time CellApp starts.</source>
      <translation>Ngôn ngữ mới được dùng từ lần mở CellApp sau.</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Meetings</source>
      <translation>Sinh hoạt chi bộ</translation>
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <source>Search by name, card number or citizen ID</source>
      <translation>Tìm theo họ tên, số thẻ đảng viên hoặc số CCCD</translation>
    </message>
    <message>
      <source>All current members</source>
      <translation>Tất cả đảng viên hiện có</translation>
    </message>
    <message>
      <source>Everyone, former members too</source>
      <translation>Tất cả, kể cả người đã ra khỏi danh sách</translation>
    </message>
    <message>
      <source>Both sexes</source>
      <translation>Cả nam và nữ</translation>
    </message>
    <message>
      <source>All ethnicities</source>
      <translation>Tất cả dân tộc</translation>
    </message>
    <message>
      <source>Living anywhere</source>
      <translation>Cư trú ở mọi nơi</translation>
    </message>
    <message>
      <source>Living in another place (213)</source>
      <translation>Cư trú nơi khác (Quy định 213)</translation>
    </message>
    <message>
      <source>Living here</source>
      <translation>Cư trú tại địa phương</translation>
    </message>
    <message>
      <source>&amp;Add member…</source>
      <translation>&amp;Thêm đảng viên…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <source>Ac&amp;tions</source>
      <translation>Th&amp;ao tác</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Danh sách đảng viên</translation>
    </message>
    <message>
      <source>Regulation 213</source>
      <translation>Quy định 213</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Tìm:</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>Tình t&amp;rạng:</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n đảng viên</numerusform>
      </translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Đảng viên</translation>
    </message>
  </context>
  <context>
    <name>MembersTableModel</name>
    <message>
      <source>No.</source>
      <translation>STT</translation>
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
      <source>Ethnicity</source>
      <translation>Dân tộc</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Ngày vào Đảng</translation>
    </message>
    <message>
      <source>Full member since</source>
      <translation>Ngày chính thức</translation>
    </message>
  </context>
  <context>
    <name>Ops</name>
    <message>
      <source>CellApp met an unexpected error: %1</source>
      <translation>CellApp gặp lỗi không lường trước: %1</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <source>Members</source>
      <translation>Đảng viên</translation>
    </message>
    <message>
      <source>Committee above: %1</source>
      <translation>Cấp ủy cấp trên: %1</translation>
    </message>
    <message>
      <source>Members in the cell's total</source>
      <translation>Tổng số đảng viên của chi bộ</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Tổng quan</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>Review</source>
      <translation>Đánh giá, xếp loại</translation>
    </message>
  </context>
</TS>