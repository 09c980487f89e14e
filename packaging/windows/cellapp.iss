; Inno Setup 6 script for CellApp: a per-user install (no administrator rights) of the PyInstaller
; one-folder build. Build dist\cellapp\ first (pyinstaller packaging\cellapp.spec, see packaging\README.md), then:
;   iscc /DAppVersion=1.2.3 packaging\windows\cellapp.iss
; Output: dist\CellApp-<version>-setup.exe (.github/workflows/windows.yml does both steps).
;
; The Vietnamese wizard text is Inno Setup's user-contributed Vietnamese.isl (issrc, Files\Languages\Unofficial),
; which the Inno Setup installer does not install: it is taken from packaging\windows\Vietnamese.isl when there
; (the workflow fetches it), else from the compiler's Languages\Unofficial folder. Default.isl comes first so
; that any message the translation lacks is still said, in English.
;
; The user's data is never the installer's: the workspace, settings and backups live in
; %LOCALAPPDATA%\CellApp (platformdirs), the program in %LOCALAPPDATA%\Programs\CellApp. Uninstalling removes
; only the files this script installed and the shortcuts; the workspace stays for a later reinstall.

#define AppName "CellApp"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "CellApp"
#define AppExeName "cellapp.exe"
#define BuildDir "..\..\dist\cellapp"

#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #define VietnameseMessages "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Vietnamese.isl")
  #define VietnameseMessages "compiler:Languages\Unofficial\Vietnamese.isl"
#else
  #error Vietnamese.isl not found: put it in packaging\windows\ (see the comment at the top)
#endif
#if !FileExists(AddBackslash(SourcePath) + BuildDir + "\" + AppExeName)
  #error dist\cellapp\cellapp.exe not found: build it first with PyInstaller (packaging\cellapp.spec)
#endif

[Setup]
AppId={{9EFE40E5-7512-45D1-88B0-27C4094A6A99}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt; {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} the user's Start menu,
; {autodesktop} the user's desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\cellapp.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayName={#AppName} – Quản lý chi bộ
UninstallDisplayIcon={app}\{#AppExeName}
; An open CellApp is closed (it saves as it goes) before its files are replaced or removed.
CloseApplications=yes

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Default.isl,{#VietnameseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.ShortcutName=CellApp – Quản lý chi bộ
english.ShortcutName=CellApp – Party cell management
vietnamese.CommandLineName=CellApp – Dòng lệnh
english.CommandLineName=CellApp – Command line
vietnamese.AppComment=Quản lý đảng viên, sinh hoạt và báo cáo cho bí thư chi bộ
english.AppComment=Members, meetings and reports for party-cell secretaries
vietnamese.DataKept=Dữ liệu của chi bộ vẫn được giữ nguyên trong thư mục:%n%n%1%n%nKhi cài lại CellApp, chương trình sẽ mở lại đúng dữ liệu này.
english.DataKept=The cell's records are kept in the folder:%n%n%1%n%nReinstall CellApp and it opens them again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder: cellapp.exe, cellapp-cli.exe and _internal\ (resources\, migrations, licences)
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A newer version replaces the old program folder whole, so no library of the old one lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  { Said after removal, so that nobody fears their records went with the program. }
  DataDir := ExpandConstant('{localappdata}\CellApp');
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
end;
