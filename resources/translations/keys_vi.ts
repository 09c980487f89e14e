<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>ForgottenPassphraseDialog</name>
    <message>
      <source>Forgotten passphrase</source>
      <translation>Quên cụm mật khẩu</translation>
    </message>
    <message>
      <source>If the passphrase is forgotten:</source>
      <translation>Nếu quên cụm mật khẩu:</translation>
    </message>
    <message>
      <source>I have forgotten the passphrase: set these keys aside and start again with new ones</source>
      <translation>Tôi đã quên cụm mật khẩu: cất khóa này đi và làm lại với khóa mới</translation>
    </message>
    <message>
      <source>Set the &amp;keys aside</source>
      <translation>&amp;Cất khóa cũ</translation>
    </message>
    <message>
      <source>New keys are made; their fingerprint is %1. Print the new key card (Sync &gt; Key card) and give it to every cell.</source>
      <translation>Đã tạo khóa mới; mã nhận dạng mới là %1. Hãy in thẻ khóa mới (Đồng bộ &gt; Thẻ khóa) và gửi mọi chi bộ.</translation>
    </message>
    <message>
      <source>The old keys are set aside. Ask the committee for a new invitation, then join again on the Sync page: the new keys are made then.</source>
      <translation>Đã cất khóa cũ. Hãy xin cấp ủy tệp mời mới rồi đăng ký lại ở trang Đồng bộ: khóa mới sẽ được tạo khi đó.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseSettingsDialog</name>
    <message>
      <source>Key passphrase</source>
      <translation>Cụm mật khẩu của khóa</translation>
    </message>
    <message>
      <source>at least %1 characters, e.g. a few words</source>
      <translation>ít nhất %1 ký tự, ví dụ vài từ dễ nhớ</translation>
    </message>
    <message>
      <source>&amp;Current passphrase:</source>
      <translation>Cụm mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>Cụm mật khẩu &amp;mới:</translation>
    </message>
    <message>
      <source>&amp;Repeat it:</source>
      <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
      <source>Re&amp;move the passphrase</source>
      <translation>&amp;Bỏ cụm mật khẩu</translation>
    </message>
    <message>
      <source>This workspace has no sync keys yet: a committee makes them with its key card, a cell when it joins its committee. Set the passphrase then.</source>
      <translation>Đơn vị chưa có khóa đồng bộ: cấp ủy tạo khóa khi in thẻ khóa, chi bộ tạo khóa khi đăng ký với cấp ủy. Hãy đặt cụm mật khẩu sau đó.</translation>
    </message>
    <message>
      <source>The sync keys are protected by a passphrase: it is asked once when CellApp starts, and only exporting, importing, enrolling and backing up need it.</source>
      <translation>Khóa đồng bộ được bảo vệ bằng cụm mật khẩu: CellApp hỏi một lần khi khởi động, và chỉ việc xuất, nhập, đăng ký và sao lưu mới cần đến.</translation>
    </message>
    <message>
      <source>The sync keys have no passphrase: anyone using this laptop could sign files as this unit. Set one that you will remember, and keep it apart from the laptop.</source>
      <translation>Khóa đồng bộ chưa có cụm mật khẩu: ai dùng máy này cũng có thể ký tệp thay đơn vị. Hãy đặt một cụm mật khẩu mà đồng chí nhớ được, và cất riêng, không để cùng máy.</translation>
    </message>
    <message>
      <source>&amp;Change the passphrase</source>
      <translation>Đổ&amp;i cụm mật khẩu</translation>
    </message>
    <message>
      <source>&amp;Set the passphrase</source>
      <translation>Đặ&amp;t cụm mật khẩu</translation>
    </message>
    <message>
      <source>The two new passphrases differ; type them again.</source>
      <translation>Hai lần nhập cụm mật khẩu mới khác nhau; hãy nhập lại.</translation>
    </message>
    <message>
      <source>The keys are protected by the new passphrase. Keep it somewhere safe, apart from the laptop: without it the cell enrols again with new keys.</source>
      <translation>Khóa đã được bảo vệ bằng cụm mật khẩu mới. Hãy cất giữ cẩn thận, không để cùng máy: nếu quên, chi bộ phải đăng ký lại với khóa mới.</translation>
    </message>
    <message>
      <source>Keep the keys without a passphrase? Anyone using this laptop could then sign as this unit.</source>
      <translation>Để khóa không có cụm mật khẩu? Khi đó ai dùng máy này cũng có thể ký thay đơn vị.</translation>
    </message>
    <message>
      <source>The keys are kept without a passphrase.</source>
      <translation>Khóa không còn cụm mật khẩu.</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Open the sync keys</source>
      <translation>Mở khóa đồng bộ</translation>
    </message>
    <message>
      <source>The sync keys of %1 are protected by a passphrase. Enter it to export, import and back up; you can also do it later: members, meetings and fees open without it.</source>
      <translation>Khóa đồng bộ của %1 được bảo vệ bằng cụm mật khẩu. Hãy nhập để xuất, nhập tệp và sao lưu; cũng có thể để sau: đảng viên, sinh hoạt và đảng phí vẫn mở được khi chưa nhập.</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>Cụm &amp;mật khẩu:</translation>
    </message>
    <message>
      <source>&amp;Open the keys</source>
      <translation>&amp;Mở khóa</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>Để &amp;sau</translation>
    </message>
    <message>
      <source>Type the passphrase first.</source>
      <translation>Hãy nhập cụm mật khẩu trước.</translation>
    </message>
  </context>
  <context>
    <name>_KeyDialog</name>
    <message>
      <source>&amp;Forgotten passphrase?</source>
      <translation>&amp;Quên cụm mật khẩu?</translation>
    </message>
    <message>
      <source>Checking the passphrase…</source>
      <translation>Đang kiểm tra cụm mật khẩu…</translation>
    </message>
  </context>
</TS>