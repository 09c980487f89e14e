; Inno Setup 6.5+ script for CellApp: per-user install (no admin rights) of the
; PyInstaller one-folder build. Build dist\cellapp first (see packaging\README.md), then:
;   iscc packaging\windows\cellapp.iss            (or  iscc /DAppVersion=1.2.3 ...)
; Output: dist\CellApp-<version>-setup.exe
; Vietnamese.isl ships with Inno Setup 6.5+; with older versions download it from
; https://jrsoftware.org/files/istrans/ into the compiler's Languages folder.

#define AppName "CellApp"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "CellApp"
#define AppExeName "cellapp.exe"
#define BuildDir "..\..\dist\cellapp"

[Setup]
AppId={{9EFE40E5-7512-45D1-88B0-27C4094A6A99}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
; Per-user install: no UAC prompt; {autopf} = %LOCALAPPDATA%\Programs, {autoprograms} = user Start menu
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
CloseApplications=yes

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.AppComment=Quản lý chi bộ: đảng viên, sinh hoạt, báo cáo
english.AppComment=Party-cell management: members, meetings, reports

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder (cellapp.exe + _internal\, incl. resources\ and migrations)
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
