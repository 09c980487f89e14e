<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>FeeCollectionDialog</name>
    <message>
      <source>Collect party fees</source>
      <translation>Thu đảng phí</translation>
    </message>
    <message>
      <source>Fees for &amp;month:</source>
      <translation>Đảng phí &amp;tháng:</translation>
    </message>
    <message>
      <source>Space or “Pay this month”: pay this month · Enter or “Pay everything owed”: pay everything owed up to this month · Ctrl+Z: undo the last payment. A right click on a member offers the same. Cash, dated %1, receipts numbered in order.</source>
      <translation>Phím cách hoặc nút “Thu tháng này”: ghi nộp tháng này · Enter hoặc nút “Thu hết số nợ”: ghi nộp hết số còn nợ đến tháng này · Ctrl+Z: hoàn tác lần nộp cuối. Bấm chuột phải vào một đảng viên cũng có các việc đó. Tiền mặt, ngày %1, biên lai đánh số liên tiếp.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>Tháng này</translation>
    </message>
    <message>
      <source>Earlier months</source>
      <translation>Nợ các tháng trước</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Biên lai</translation>
    </message>
    <message>
      <source>&amp;Pay this month</source>
      <translation>Thu tháng &amp;này</translation>
    </message>
    <message>
      <source>Pay &amp;everything owed</source>
      <translation>Thu hết &amp;số nợ</translation>
    </message>
    <message>
      <source>&amp;Undo last payment</source>
      <translation>&amp;Hoàn tác lần nộp cuối</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>Đón&amp;g</translation>
    </message>
    <message>
      <source>exempt</source>
      <translation>miễn</translation>
    </message>
    <message>
      <source>Collected here: %1 from %2 payment(s)</source>
      <translation>Đã thu tại đây: %1, %2 lần nộp</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Đã đóng</translation>
    </message>
    <message>
      <source>Exempt</source>
      <translation>Được miễn</translation>
    </message>
    <message>
      <source>Partly paid</source>
      <translation>Đóng thiếu</translation>
    </message>
    <message>
      <source>Not paid</source>
      <translation>Chưa đóng</translation>
    </message>
    <message>
      <source>Pay this month (Space)</source>
      <translation>Thu tháng này (phím cách)</translation>
    </message>
    <message>
      <source>Pay everything owed up to this month (Enter)</source>
      <translation>Thu hết số còn nợ đến tháng này (Enter)</translation>
    </message>
    <message>
      <source>Undo the last payment (Ctrl+Z)</source>
      <translation>Hoàn tác lần nộp cuối (Ctrl+Z)</translation>
    </message>
    <message>
      <source>%1: %2 recorded, receipt %3.</source>
      <translation>%1: đã ghi %2, biên lai %3.</translation>
    </message>
    <message>
      <source>Already paid</source>
      <translation>Đã đóng rồi</translation>
    </message>
    <message>
      <source>Taken back while collecting fees</source>
      <translation>Hoàn tác khi thu đảng phí</translation>
    </message>
    <message>
      <source>Payment of %1 by %2 taken back.</source>
      <translation>Đã hoàn tác khoản %1 của đồng chí %2.</translation>
    </message>
    <message>
      <source>Collect party fees…</source>
      <translation>Thu đảng phí…</translation>
    </message>
  </context>
  <context>
    <name>FeeGridTableModel</name>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>M%1</source>
      <translation>T%1</translation>
    </message>
    <message>
      <source>Arrears</source>
      <translation>Còn nợ</translation>
    </message>
    <message>
      <source>Paid up to</source>
      <translation>Đóng đến</translation>
    </message>
    <message>
      <source>exempt</source>
      <translation>miễn</translation>
    </message>
    <message>
      <source>Not on the cell's list this month</source>
      <translation>Tháng này không sinh hoạt tại chi bộ</translation>
    </message>
    <message>
      <source>Settled before this fee book</source>
      <translation>Đã thanh toán trước khi lập sổ này</translation>
    </message>
    <message>
      <source>No fee rules cover this month</source>
      <translation>Chưa có quy định đảng phí cho tháng này</translation>
    </message>
    <message>
      <source>Exempt</source>
      <translation>Được miễn</translation>
    </message>
    <message>
      <source>Reduced by %1%</source>
      <translation>Được giảm %1%</translation>
    </message>
    <message>
      <source>Due: %1</source>
      <translation>Phải đóng: %1</translation>
    </message>
    <message>
      <source>Paid: %1</source>
      <translation>Đã đóng: %1</translation>
    </message>
    <message>
      <source>Still owed: %1</source>
      <translation>Còn nợ: %1</translation>
    </message>
    <message>
      <source>Category not declared yet: assessed as 'other'</source>
      <translation>Chưa khai đối tượng: tạm tính như đảng viên khác</translation>
    </message>
    <message>
      <source>%1 months unpaid this year: ground for striking the name</source>
      <translation>%1 tháng trong năm chưa đóng: căn cứ xem xét xóa tên</translation>
    </message>
  </context>
  <context>
    <name>FeePaymentDialog</name>
    <message>
      <source>Record a payment</source>
      <translation>Ghi nộp đảng phí</translation>
    </message>
    <message>
      <source>Member:</source>
      <translation>Đảng viên:</translation>
    </message>
    <message>
      <source>&amp;Months:</source>
      <translation>Các &amp;tháng:</translation>
    </message>
    <message>
      <source>&amp;Amount:</source>
      <translation>Số &amp;tiền:</translation>
    </message>
    <message>
      <source>&amp;Date paid:</source>
      <translation>&amp;Ngày nộp:</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>&amp;Hình thức:</translation>
    </message>
    <message>
      <source>&amp;Receipt number:</source>
      <translation>Số &amp;biên lai:</translation>
    </message>
    <message>
      <source>N&amp;ote:</source>
      <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
      <source>transaction code on the portal (optional)</source>
      <translation>mã giao dịch trên Cổng (nếu có)</translation>
    </message>
    <message>
      <source>The last month is before the first.</source>
      <translation>Tháng cuối đang trước tháng đầu.</translation>
    </message>
    <message>
      <source>Still to pay for these months: %1</source>
      <translation>Số còn phải nộp cho các tháng này: %1</translation>
    </message>
    <message>
      <source>Already paid</source>
      <translation>Đã đóng rồi</translation>
    </message>
  </context>
  <context>
    <name>FeePrinter</name>
    <message>
      <source>Quarter %1 of %2</source>
      <translation>Quý %1 năm %2</translation>
    </message>
    <message>
      <source>The year %1</source>
      <translation>Cả năm %1</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Lưu thành PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Đang ghi %1…</translation>
    </message>
    <message>
      <source>Saved %1.</source>
      <translation>Đã lưu %1.</translation>
    </message>
    <message>
      <source>Printing failed</source>
      <translation>Không in được</translation>
    </message>
  </context>
  <context>
    <name>FeeRemittanceDialog</name>
    <message>
      <source>Remit fees to the committee</source>
      <translation>Nộp đảng phí lên cấp trên</translation>
    </message>
    <message>
      <source>e.g. receipt of the commune committee</source>
      <translation>ví dụ: phiếu thu của Đảng ủy xã</translation>
    </message>
    <message>
      <source>&amp;Months:</source>
      <translation>Các &amp;tháng:</translation>
    </message>
    <message>
      <source>&amp;Amount remitted:</source>
      <translation>Số tiền &amp;nộp lên:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Ngày nộp:</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>&amp;Hình thức:</translation>
    </message>
    <message>
      <source>&amp;Reference:</source>
      <translation>Số &amp;chứng từ:</translation>
    </message>
    <message>
      <source>Record the remittance</source>
      <translation>Ghi việc nộp cấp trên</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Các tháng</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>Đã thu</translation>
    </message>
    <message>
      <source>Remitted</source>
      <translation>Đã nộp</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Reverse the selected record…</source>
      <translation>Hủy bản ghi đang chọn…</translation>
    </message>
    <message>
      <source>Collected %1 (cash %2, portal %3); the cell keeps %4% = %5; already remitted %6; to remit %7.</source>
      <translation>Đã thu %1 (tiền mặt %2, qua Cổng %3); chi bộ giữ lại %4% = %5; đã nộp %6; còn phải nộp %7.</translation>
    </message>
    <message>
      <source>Reversal: %1</source>
      <translation>Bút toán hủy: %1</translation>
    </message>
    <message>
      <source>Reversed</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <source>Reverse a remittance</source>
      <translation>Hủy bản ghi nộp cấp trên</translation>
    </message>
    <message>
      <source>Why is it reversed?</source>
      <translation>Lý do hủy?</translation>
    </message>
  </context>
  <context>
    <name>FeeSettingsDialog</name>
    <message>
      <source>Fee settings</source>
      <translation>Cài đặt đảng phí</translation>
    </message>
    <message>
      <source>Minimum wage &amp;region of the cell:</source>
      <translation>&amp;Vùng lương tối thiểu của chi bộ:</translation>
    </message>
    <message>
      <source>&amp;Area (for months before 02/2026):</source>
      <translation>Đị&amp;a bàn (cho các tháng trước 02/2026):</translation>
    </message>
    <message>
      <source>&amp;Share the cell keeps:</source>
      <translation>Tỷ lệ chi bộ được &amp;giữ lại:</translation>
    </message>
    <message>
      <source>Fee book &amp;starts in:</source>
      <translation>Sổ đảng phí &amp;bắt đầu từ tháng:</translation>
    </message>
    <message>
      <source>In force in %1: %2.</source>
      <translation>Áp dụng tháng %1: %2.</translation>
    </message>
    <message>
      <source>Minimum wage %1: %2 (%3).</source>
      <translation>Lương tối thiểu %1: %2 (%3).</translation>
    </message>
    <message>
      <source>These rules were sent by the committee.</source>
      <translation>Quy định này do cấp ủy cấp trên gửi về.</translation>
    </message>
  </context>
  <context>
    <name>FeesPage</name>
    <message>
      <source>Everyone</source>
      <translation>Tất cả</translation>
    </message>
    <message>
      <source>Not paid this month</source>
      <translation>Chưa đóng tháng này</translation>
    </message>
    <message>
      <source>In arrears</source>
      <translation>Còn nợ</translation>
    </message>
    <message>
      <source>Three or more unpaid months this year</source>
      <translation>Từ 3 tháng chưa đóng trong năm</translation>
    </message>
    <message>
      <source>Exempt this month</source>
      <translation>Được miễn tháng này</translation>
    </message>
    <message>
      <source>Reduced this month</source>
      <translation>Được giảm tháng này</translation>
    </message>
    <message>
      <source>Category not declared</source>
      <translation>Chưa khai đối tượng</translation>
    </message>
    <message>
      <source>Search by name</source>
      <translation>Tìm theo họ tên</translation>
    </message>
    <message>
      <source>&amp;Month:</source>
      <translation>&amp;Tháng:</translation>
    </message>
    <message>
      <source>S&amp;how:</source>
      <translation>&amp;Hiện:</translation>
    </message>
    <message>
      <source>&amp;Collect fees…</source>
      <translation>Th&amp;u đảng phí…</translation>
    </message>
    <message>
      <source>&amp;Record payment…</source>
      <translation>&amp;Ghi nộp…</translation>
    </message>
    <message>
      <source>M&amp;ember's fees…</source>
      <translation>Đảng phí của đảng &amp;viên…</translation>
    </message>
    <message>
      <source>Re&amp;mit…</source>
      <translation>Nộp cấp t&amp;rên…</translation>
    </message>
    <message>
      <source>&amp;Print fee book…</source>
      <translation>&amp;In sổ thu…</translation>
    </message>
    <message>
      <source>Fee &amp;report</source>
      <translation>&amp;Báo cáo</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
      <source>Enter: record a payment · Space: pay the selected month now · F2: the member's fee account</source>
      <translation>Enter: ghi nộp · Phím cách: nộp ngay tháng đang chọn · F2: đảng phí của đảng viên</translation>
    </message>
    <message>
      <source>paid</source>
      <translation>đã đóng</translation>
    </message>
    <message>
      <source>paid ahead</source>
      <translation>đóng trước</translation>
    </message>
    <message>
      <source>part paid</source>
      <translation>đóng một phần</translation>
    </message>
    <message>
      <source>owed</source>
      <translation>còn nợ</translation>
    </message>
    <message>
      <source>exempt</source>
      <translation>miễn</translation>
    </message>
    <message>
      <source>⚑ three months or more unpaid this year: without a valid reason, the cell considers striking the name (Charter art. 8)</source>
      <translation>⚑ từ 3 tháng trở lên trong năm chưa đóng: nếu không có lý do chính đáng, chi bộ xem xét xóa tên (Điều lệ Điều 8)</translation>
    </message>
    <message>
      <source>right click on a member: the same actions</source>
      <translation>bấm chuột phải vào một đảng viên: các việc như các nút trên</translation>
    </message>
    <message numerus="yes">
      <source>%n member(s)</source>
      <translation>
        <numerusform>%n đảng viên</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: %2 members · due %3 · exempted or reduced %4 · paid %5 · still owed %6</source>
      <translation>Tháng %1: %2 đảng viên · phải đóng %3 · miễn, giảm %4 · đã đóng %5 · còn nợ %6</translation>
    </message>
    <message>
      <source>Year %1 to date: due %2 · paid %3 · arrears of all members %4</source>
      <translation>Năm %1 đến nay: phải đóng %2 · đã đóng %3 · tổng số còn nợ %4</translation>
    </message>
    <message>
      <source>Pay the selected month now (Space)</source>
      <translation>Đóng tháng đang chọn ngay (phím cách)</translation>
    </message>
    <message>
      <source>Record a payment… (Enter)</source>
      <translation>Ghi nộp… (Enter)</translation>
    </message>
    <message>
      <source>The member's fees… (F2)</source>
      <translation>Đảng phí của đảng viên… (F2)</translation>
    </message>
    <message>
      <source>Already paid</source>
      <translation>Đã đóng rồi</translation>
    </message>
    <message>
      <source>%1: %2 for %3 recorded, receipt %4.</source>
      <translation>%1: đã ghi %2 cho tháng %3, biên lai %4.</translation>
    </message>
    <message>
      <source>%1: %2 recorded.</source>
      <translation>%1: đã ghi %2.</translation>
    </message>
  </context>
  <context>
    <name>MemberFeeDialog</name>
    <message>
      <source>Party fees of %1</source>
      <translation>Đảng phí của đồng chí %1</translation>
    </message>
    <message>
      <source>Occupation: %1</source>
      <translation>Nghề nghiệp: %1</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>Đối &amp;tượng</translation>
    </message>
    <message>
      <source>E&amp;xemptions and reductions</source>
      <translation>&amp;Miễn, giảm</translation>
    </message>
    <message>
      <source>&amp;Payments</source>
      <translation>Các lần &amp;nộp</translation>
    </message>
    <message>
      <source>Save the category</source>
      <translation>Lưu đối tượng</translation>
    </message>
    <message>
      <source>As the fee book's start</source>
      <translation>Theo thời điểm lập sổ</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Category:</source>
      <translation>Đối tượng:</translation>
    </message>
    <message>
      <source>Wage, benefit or pension a month:</source>
      <translation>Tiền lương, trợ cấp hoặc lương hưu một tháng:</translation>
    </message>
    <message>
      <source>From month:</source>
      <translation>Từ tháng:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Ghi chú:</translation>
    </message>
    <message>
      <source>History:</source>
      <translation>Các lần khai:</translation>
    </message>
    <message>
      <source>Paid up to before CellApp:</source>
      <translation>Đã đóng đến (theo sổ cũ):</translation>
    </message>
    <message>
      <source>Exempt (100%)</source>
      <translation>Miễn (100%)</translation>
    </message>
    <message>
      <source>e.g. Nghị quyết chi bộ ngày 05/11/2026</source>
      <translation>ví dụ: Nghị quyết chi bộ ngày 05/11/2026</translation>
    </message>
    <message>
      <source>Written application received on</source>
      <translation>Đã nhận đơn của đảng viên ngày</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Thêm</translation>
    </message>
    <message>
      <source>End early…</source>
      <translation>Kết thúc sớm…</translation>
    </message>
    <message>
      <source>Withdraw (entered by mistake)</source>
      <translation>Bỏ (ghi nhầm)</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Lý do:</translation>
    </message>
    <message>
      <source>Exemption or reduction:</source>
      <translation>Miễn hoặc giảm:</translation>
    </message>
    <message>
      <source>Months (at most 12):</source>
      <translation>Các tháng (tối đa 12):</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>Quyết định:</translation>
    </message>
    <message>
      <source>End early</source>
      <translation>Kết thúc sớm</translation>
    </message>
    <message>
      <source>Last month (MM/yyyy):</source>
      <translation>Tháng cuối cùng (tháng/năm):</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Các tháng</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Số tiền</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Hình thức</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Biên lai</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Reverse the selected payment…</source>
      <translation>Hủy lần nộp đang chọn…</translation>
    </message>
    <message>
      <source>Reverse a payment</source>
      <translation>Hủy lần nộp</translation>
    </message>
    <message>
      <source>Why is it reversed?</source>
      <translation>Lý do hủy?</translation>
    </message>
    <message>
      <source>Exempt</source>
      <translation>Được miễn</translation>
    </message>
    <message>
      <source>Reduced %1%</source>
      <translation>Giảm %1%</translation>
    </message>
    <message>
      <source>Reversal: %1</source>
      <translation>Bút toán hủy: %1</translation>
    </message>
    <message>
      <source>Reversed</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <source>From %1: </source>
      <translation>Từ tháng %1: </translation>
    </message>
    <message>
      <source>Not declared yet: assessed as 'other'</source>
      <translation>Chưa khai: tạm tính như đảng viên khác</translation>
    </message>
  </context>
</TS>