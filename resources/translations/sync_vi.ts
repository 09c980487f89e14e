<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>AcceptDialog</name>
    <message>
      <source>Accept an enrolment</source>
      <translation>Nhận đăng ký của chi bộ</translation>
    </message>
    <message>
      <source>Open the &amp;enrolment request…</source>
      <translation>Mở tệp &amp;yêu cầu đăng ký…</translation>
    </message>
    <message>
      <source>Cell:</source>
      <translation>Chi bộ:</translation>
    </message>
    <message>
      <source>Its fingerprint:</source>
      <translation>Mã nhận dạng:</translation>
    </message>
    <message>
      <source>&amp;Enrol the cell</source>
      <translation>&amp;Cho chi bộ đăng ký</translation>
    </message>
    <message>
      <source>Enrolment request</source>
      <translation>Yêu cầu đăng ký</translation>
    </message>
    <message>
      <source>Enrolment requests (*.cellenrol)</source>
      <translation>Yêu cầu đăng ký (*.cellenrol)</translation>
    </message>
    <message>
      <source>If the secretary can read you these digits, they come from the cell's laptop.</source>
      <translation>Nếu bí thư đọc đúng các chữ số này cho đồng chí nghe thì yêu cầu đến từ máy của chi bộ.</translation>
    </message>
    <message>
      <source>%1 is enrolled until %2.</source>
      <translation>%1 đã đăng ký, có hiệu lực đến %2.</translation>
    </message>
  </context>
  <context>
    <name>CellSyncPage</name>
    <message>
      <source>Committee:</source>
      <translation>Cấp ủy:</translation>
    </message>
    <message>
      <source>Committee's fingerprint:</source>
      <translation>Mã nhận dạng của cấp ủy:</translation>
    </message>
    <message>
      <source>Our fingerprint:</source>
      <translation>Mã nhận dạng của ta:</translation>
    </message>
    <message>
      <source>Our keys:</source>
      <translation>Khóa của đơn vị:</translation>
    </message>
    <message>
      <source>Enrolled until:</source>
      <translation>Đăng ký đến ngày:</translation>
    </message>
    <message>
      <source>Waiting to be sent:</source>
      <translation>Chờ gửi:</translation>
    </message>
    <message>
      <source>&amp;Join the committee…</source>
      <translation>Đăng &amp;ký với cấp ủy…</translation>
    </message>
    <message>
      <source>&amp;Key card…</source>
      <translation>&amp;Thẻ khóa…</translation>
    </message>
    <message>
      <source>&amp;Export to USB…</source>
      <translation>&amp;Xuất ra USB…</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Dữ liệu dùng chung</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Mục</translation>
    </message>
    <message>
      <source>Valid from</source>
      <translation>Áp dụng từ</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <source>Based on</source>
      <translation>Căn cứ</translation>
    </message>
    <message>
      <source>From the committee</source>
      <translation>Từ cấp ủy</translation>
    </message>
    <message>
      <source>How to join the committee (once, before the first exchange)</source>
      <translation>Cách đăng ký với cấp ủy (làm một lần, trước lần trao đổi đầu tiên)</translation>
    </message>
    <message>
      <source>&lt;ol&gt;&lt;li&gt;The committee makes an invitation for this cell and gives you the invitation file (.cellinvite) on a USB stick, a one-time code, and its key card on paper.&lt;/li&gt;&lt;li&gt;Plug in the stick and press &lt;b&gt;Join the committee…&lt;/b&gt; below; open the invitation file and type the code.&lt;/li&gt;&lt;li&gt;Check that the committee's fingerprint shown is exactly the one on its paper key card.&lt;/li&gt;&lt;li&gt;CellApp writes the enrolment request (.cellenrol) onto the stick: take it back to the committee, which accepts it.&lt;/li&gt;&lt;li&gt;From then on &lt;b&gt;Export to USB…&lt;/b&gt; can be used: each month it writes the cell's file for the committee.&lt;/li&gt;&lt;/ol&gt;</source>
      <translation>&lt;ol&gt;&lt;li&gt;Cấp ủy lập thư mời cho chi bộ và đưa cho đồng chí tệp mời (.cellinvite) trên USB, một mã dùng một lần và thẻ khóa giấy của cấp ủy.&lt;/li&gt;&lt;li&gt;Cắm USB, bấm &lt;b&gt;Đăng ký với cấp ủy…&lt;/b&gt; dưới đây; mở tệp mời và gõ mã.&lt;/li&gt;&lt;li&gt;So mã nhận dạng của cấp ủy hiện trên màn hình với mã in trên thẻ khóa giấy: phải đúng từng chữ số.&lt;/li&gt;&lt;li&gt;CellApp ghi tệp xin đăng ký (.cellenrol) ra USB: mang về cho cấp ủy chấp nhận.&lt;/li&gt;&lt;li&gt;Từ đó nút &lt;b&gt;Xuất ra USB…&lt;/b&gt; dùng được: mỗi tháng ghi tệp dữ liệu của chi bộ gửi cấp ủy.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
      <source>&amp;Save the attached PDF…</source>
      <translation>&amp;Lưu tệp PDF đính kèm…</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) not yet acknowledged</source>
      <translation>
        <numerusform>%n bản ghi chưa được xác nhận</numerusform>
      </translation>
    </message>
    <message>
      <source>not joined yet: ask the committee for an invitation</source>
      <translation>chưa đăng ký: hãy xin cấp ủy tệp mời</translation>
    </message>
    <message>
      <source>not received yet: it comes with the committee's next return file</source>
      <translation>chưa nhận: sẽ đến trong tệp trả về tiếp theo của cấp ủy</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Đồng bộ</translation>
    </message>
    <message>
      <source>This directive has no attached PDF.</source>
      <translation>Văn bản này không có tệp PDF đính kèm.</translation>
    </message>
    <message>
      <source>Save the PDF</source>
      <translation>Lưu tệp PDF</translation>
    </message>
  </context>
  <context>
    <name>CommitteeSyncPage</name>
    <message>
      <source>This committee:</source>
      <translation>Cấp ủy này:</translation>
    </message>
    <message>
      <source>Our fingerprint:</source>
      <translation>Mã nhận dạng của ta:</translation>
    </message>
    <message>
      <source>Our keys:</source>
      <translation>Khóa của đơn vị:</translation>
    </message>
    <message>
      <source>Cells:</source>
      <translation>Chi bộ:</translation>
    </message>
    <message>
      <source>Waiting to be sent:</source>
      <translation>Chờ gửi:</translation>
    </message>
    <message>
      <source>&amp;Key card…</source>
      <translation>&amp;Thẻ khóa…</translation>
    </message>
    <message>
      <source>&amp;Invite a cell…</source>
      <translation>&amp;Mời chi bộ…</translation>
    </message>
    <message>
      <source>&amp;Accept an enrolment…</source>
      <translation>&amp;Nhận đăng ký…</translation>
    </message>
    <message>
      <source>&amp;Write return files…</source>
      <translation>&amp;Ghi tệp trả về…</translation>
    </message>
    <message>
      <source>Import a &amp;folder…</source>
      <translation>Nhập cả &amp;thư mục…</translation>
    </message>
    <message>
      <source>New d&amp;irective…</source>
      <translation>&amp;Văn bản chỉ đạo mới…</translation>
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
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Last file received</source>
      <translation>Tệp nhận gần nhất</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Đảng viên</translation>
    </message>
    <message>
      <source>Enrolled until</source>
      <translation>Đăng ký đến</translation>
    </message>
    <message>
      <source>Cells</source>
      <translation>Các chi bộ</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Ngày nhận</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Nơi gửi</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <source>Quarantine</source>
      <translation>Cách ly</translation>
    </message>
    <message>
      <source>Directives sent</source>
      <translation>Văn bản đã gửi</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Dữ liệu dùng chung</translation>
    </message>
    <message>
      <source>Transfers</source>
      <translation>Chuyển sinh hoạt</translation>
    </message>
    <message>
      <source>&amp;Renew the enrolment…</source>
      <translation>&amp;Gia hạn đăng ký…</translation>
    </message>
    <message>
      <source>&amp;Import it anyway</source>
      <translation>&amp;Vẫn nhập</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Bỏ</translation>
    </message>
    <message>
      <source>%1 reference value(s), %2 transfer decision(s) not yet in a return file</source>
      <translation>%1 giá trị dùng chung, %2 quyết định chuyển sinh hoạt chưa có trong tệp trả về nào</translation>
    </message>
    <message>
      <source>no reference value or transfer decision is waiting</source>
      <translation>không có giá trị dùng chung hay quyết định chuyển sinh hoạt nào chờ gửi</translation>
    </message>
    <message numerus="yes">
      <source>%n enrolled</source>
      <translation>
        <numerusform>%n chi bộ đã đăng ký</numerusform>
      </translation>
    </message>
    <message>
      <source>invited</source>
      <translation>đã mời</translation>
    </message>
    <message>
      <source>enrolled</source>
      <translation>đã đăng ký</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>đã thu hồi</translation>
    </message>
    <message>
      <source>Folder or stick to import</source>
      <translation>Thư mục hoặc USB cần nhập</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Đồng bộ</translation>
    </message>
    <message>
      <source>There is no sync file (.cellsync) in %1; nothing was imported.</source>
      <translation>Không có tệp đồng bộ (.cellsync) nào trong %1; chưa nhập gì.</translation>
    </message>
    <message>
      <source>Import a held file</source>
      <translation>Nhập tệp bị cách ly</translation>
    </message>
    <message>
      <source>Import this file anyway? Do it only once you know where it comes from.</source>
      <translation>Vẫn nhập tệp này? Chỉ làm khi đã biết chắc tệp từ đâu đến.</translation>
    </message>
    <message>
      <source>Choose a cell in the list first.</source>
      <translation>Hãy chọn một chi bộ trong danh sách trước.</translation>
    </message>
    <message>
      <source>Renew the enrolment</source>
      <translation>Gia hạn đăng ký</translation>
    </message>
    <message>
      <source>Renew the enrolment of %1 for five years from today? The new certificate goes in its next return file.</source>
      <translation>Gia hạn đăng ký của %1 thêm năm năm kể từ hôm nay? Giấy chứng nhận mới sẽ đi trong tệp trả về tiếp theo.</translation>
    </message>
    <message>
      <source>%1 is enrolled until %2. Write its return file to send the new certificate; files held in quarantine for the expired enrolment can be imported now.</source>
      <translation>%1 đã được đăng ký đến %2. Hãy ghi tệp trả về để gửi giấy chứng nhận mới; có thể nhập các tệp bị giữ trong khu cách ly vì đăng ký hết hạn.</translation>
    </message>
  </context>
  <context>
    <name>ConflictsWidget</name>
    <message>
      <source>Received</source>
      <translation>Ngày nhận</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Nơi gửi</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Why it waits</source>
      <translation>Lý do chờ</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Trường</translation>
    </message>
    <message>
      <source>Our copy</source>
      <translation>Bản của ta</translation>
    </message>
    <message>
      <source>Incoming</source>
      <translation>Bản gửi đến</translation>
    </message>
    <message>
      <source>Nothing waits for a decision.</source>
      <translation>Không có gì chờ quyết định.</translation>
    </message>
    <message>
      <source>Mark as &amp;settled…</source>
      <translation>Đánh dấu đã &amp;xử lý…</translation>
    </message>
    <message>
      <source>Only the owner of a record may change it: settling records what you did (for example, told the cell by phone); the record stays as it is.</source>
      <translation>Chỉ đơn vị quản lý bản ghi mới được sửa bản ghi: đánh dấu đã xử lý là ghi lại việc đồng chí đã làm (ví dụ đã gọi điện báo chi bộ); bản ghi giữ nguyên.</translation>
    </message>
    <message>
      <source>Settle the conflict</source>
      <translation>Xử lý xung đột</translation>
    </message>
    <message>
      <source>What was done about it (for the record):</source>
      <translation>Đã xử lý thế nào (để lưu lại):</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export to USB</source>
      <translation>Xuất ra USB</translation>
    </message>
    <message>
      <source>Choose the USB stick (or a folder) to write the sync file to:</source>
      <translation>Chọn USB (hoặc thư mục) để ghi tệp đồng bộ:</translation>
    </message>
    <message>
      <source>USB stick %1 (%2 MB free)</source>
      <translation>USB %1 (còn trống %2 MB)</translation>
    </message>
    <message>
      <source>Choose another &amp;folder…</source>
      <translation>Chọn &amp;thư mục khác…</translation>
    </message>
    <message>
      <source>Also &amp;back up the workspace to this stick</source>
      <translation>Sao &amp;lưu dữ liệu vào USB này</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Xuất</translation>
    </message>
    <message>
      <source>No USB stick found. Plug one in, or choose a folder.</source>
      <translation>Không thấy USB. Hãy cắm USB vào, hoặc chọn một thư mục.</translation>
    </message>
    <message>
      <source>Folder for the sync file</source>
      <translation>Thư mục để ghi tệp đồng bộ</translation>
    </message>
    <message>
      <source>Choose where to write first.</source>
      <translation>Hãy chọn nơi ghi trước.</translation>
    </message>
    <message>
      <source>Writing and checking… do not remove the stick.</source>
      <translation>Đang ghi và kiểm tra… đừng rút USB.</translation>
    </message>
    <message>
      <source>No cell has anything new; no file was written.</source>
      <translation>Không chi bộ nào có gì mới; chưa ghi tệp nào.</translation>
    </message>
    <message>
      <source>%1 for %2: %3 records, %4 bytes, read back and verified.</source>
      <translation>%1 gửi %2: %3 bản ghi, %4 byte, đã đọc lại và kiểm tra.</translation>
    </message>
    <message>
      <source>It is safe to remove the stick.</source>
      <translation>Có thể rút USB an toàn.</translation>
    </message>
    <message>
      <source>Backing up… do not remove the stick.</source>
      <translation>Đang sao lưu… đừng rút USB.</translation>
    </message>
    <message>
      <source>Backup %1 written and verified. It is safe to remove the stick.</source>
      <translation>Đã ghi và kiểm tra bản sao lưu %1. Có thể rút USB an toàn.</translation>
    </message>
  </context>
  <context>
    <name>ImportResultsDialog</name>
    <message>
      <source>Import results</source>
      <translation>Kết quả nhập tệp</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n file(s) imported.</source>
      <translation>
        <numerusform>Đã nhập %1 trên %n tệp.</numerusform>
      </translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Chi tiết</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Đã nhập</translation>
    </message>
    <message>
      <source>Already imported</source>
      <translation>Đã nhập trước đó</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Từ chối</translation>
    </message>
    <message>
      <source>In quarantine</source>
      <translation>Cách ly</translation>
    </message>
  </context>
  <context>
    <name>InviteDialog</name>
    <message>
      <source>Invite a cell</source>
      <translation>Mời chi bộ đăng ký</translation>
    </message>
    <message>
      <source>e.g. XM-C07</source>
      <translation>ví dụ XM-C07</translation>
    </message>
    <message>
      <source>e.g. Chi bộ thôn Nấm Dẩn</source>
      <translation>ví dụ Chi bộ thôn Nấm Dẩn</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Chọn…</translation>
    </message>
    <message>
      <source>Cell &amp;code:</source>
      <translation>&amp;Mã chi bộ:</translation>
    </message>
    <message>
      <source>Cell &amp;name:</source>
      <translation>&amp;Tên chi bộ:</translation>
    </message>
    <message>
      <source>Write to &amp;folder:</source>
      <translation>Ghi vào &amp;thư mục:</translation>
    </message>
    <message>
      <source>One-time code:</source>
      <translation>Mã dùng một lần:</translation>
    </message>
    <message>
      <source>&amp;Write the invitation</source>
      <translation>&amp;Viết tệp mời</translation>
    </message>
    <message>
      <source>Folder for the invitation</source>
      <translation>Thư mục để ghi tệp mời</translation>
    </message>
    <message>
      <source>Invitation written to %1 (valid until %2). Copy the one-time code onto paper for the secretary, with the committee's key card: it is never put in a file.</source>
      <translation>Đã ghi tệp mời vào %1 (dùng được đến %2). Hãy chép mã dùng một lần ra giấy cho bí thư, kèm thẻ khóa của cấp ủy: mã không bao giờ được ghi vào tệp.</translation>
    </message>
  </context>
  <context>
    <name>JoinDialog</name>
    <message>
      <source>Join the committee</source>
      <translation>Đăng ký với cấp ủy</translation>
    </message>
    <message>
      <source>Open the &amp;invitation file…</source>
      <translation>Mở &amp;tệp mời…</translation>
    </message>
    <message>
      <source>These digits are &amp;exactly those on the committee's paper card</source>
      <translation>Các chữ số này &amp;khớp hoàn toàn với thẻ giấy của cấp ủy</translation>
    </message>
    <message>
      <source>Committee:</source>
      <translation>Cấp ủy:</translation>
    </message>
    <message>
      <source>Its fingerprint:</source>
      <translation>Mã nhận dạng:</translation>
    </message>
    <message>
      <source>One-time &amp;code:</source>
      <translation>&amp;Mã dùng một lần:</translation>
    </message>
    <message>
      <source>&amp;Join</source>
      <translation>Đăng &amp;ký</translation>
    </message>
    <message>
      <source>Invitation from the committee</source>
      <translation>Tệp mời của cấp ủy</translation>
    </message>
    <message>
      <source>Invitations (*.cellinvite)</source>
      <translation>Tệp mời (*.cellinvite)</translation>
    </message>
    <message>
      <source>Open the invitation file first.</source>
      <translation>Hãy mở tệp mời trước.</translation>
    </message>
    <message>
      <source>Compare the fingerprint with the paper card and tick the box; if it differs, do not join.</source>
      <translation>Hãy so mã nhận dạng với thẻ giấy rồi đánh dấu ô xác nhận; nếu khác thì không đăng ký.</translation>
    </message>
    <message>
      <source>Joined as %1. Take the enrolment request %2 to the committee. Our fingerprint: %3</source>
      <translation>Đã đăng ký với mã %1. Hãy mang yêu cầu đăng ký %2 đến cấp ủy. Mã nhận dạng của chi bộ: %3</translation>
    </message>
  </context>
  <context>
    <name>KeyCardDialog</name>
    <message>
      <source>Key card</source>
      <translation>Thẻ khóa</translation>
    </message>
    <message>
      <source>e.g. XM for Đảng bộ xã Xín Mần</source>
      <translation>ví dụ XM cho Đảng bộ xã Xín Mần</translation>
    </message>
    <message>
      <source>Unit &amp;code:</source>
      <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
      <source>Fingerprint:</source>
      <translation>Mã nhận dạng:</translation>
    </message>
    <message>
      <source>&amp;Create the keys</source>
      <translation>&amp;Tạo khóa</translation>
    </message>
    <message>
      <source>&amp;Save the card as PDF…</source>
      <translation>&amp;Lưu thẻ thành PDF…</translation>
    </message>
    <message>
      <source>no keys yet</source>
      <translation>chưa có khóa</translation>
    </message>
    <message>
      <source>Save the key card</source>
      <translation>Lưu thẻ khóa</translation>
    </message>
    <message>
      <source>Key card saved to %1. Print it and keep it with the invitations.</source>
      <translation>Đã lưu thẻ khóa vào %1. Hãy in ra và gửi kèm các tệp mời.</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source>Where we stand</source>
      <translation>Tình hình đồng bộ</translation>
    </message>
    <message>
      <source>Last exchange:</source>
      <translation>Lần trao đổi gần nhất:</translation>
    </message>
    <message>
      <source>I&amp;mport files…</source>
      <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Nơi gửi</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Ngày ghi</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Gửi đến</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation>Đã xác nhận</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Số</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Trích yếu</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Cơ quan ban hành</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Xung đột</translation>
    </message>
    <message>
      <source>Files sent</source>
      <translation>Tệp đã gửi</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Lịch sử nhập</translation>
    </message>
    <message>
      <source>protected by a passphrase</source>
      <translation>được bảo vệ bằng cụm mật khẩu</translation>
    </message>
    <message>
      <source>no passphrase (Settings &gt; Key passphrase)</source>
      <translation>chưa có cụm mật khẩu (Cài đặt &gt; Cụm mật khẩu của khóa)</translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) wait for a decision.</source>
      <translation>
        <numerusform>%n xung đột chờ quyết định.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) wait in quarantine.</source>
      <translation>
        <numerusform>%n tệp đang bị cách ly.</numerusform>
      </translation>
    </message>
    <message>
      <source>The keys were replaced: ask the committee for a new invitation and join again before exchanging files.</source>
      <translation>Khóa đã được thay: hãy xin cấp ủy tệp mời mới và đăng ký lại trước khi trao đổi tệp.</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Đồng bộ</translation>
    </message>
    <message>
      <source>no keys yet</source>
      <translation>chưa có khóa</translation>
    </message>
    <message>
      <source>file written %1, file received %2</source>
      <translation>ghi tệp %1, nhận tệp %2</translation>
    </message>
    <message>
      <source>The other side's copy still differs after a full re-export: tell the committee's IT contact.</source>
      <translation>Bản dữ liệu bên kia vẫn khác sau khi đã gửi lại toàn bộ: hãy báo cán bộ phụ trách tin học của cấp ủy.</translation>
    </message>
    <message>
      <source>Sync files to import</source>
      <translation>Chọn tệp đồng bộ để nhập</translation>
    </message>
    <message>
      <source>Sync files (*.cellsync)</source>
      <translation>Tệp đồng bộ (*.cellsync)</translation>
    </message>
    <message>
      <source>Importing %1 of %2…</source>
      <translation>Đang nhập %1 trên %2…</translation>
    </message>
  </context>
</TS>