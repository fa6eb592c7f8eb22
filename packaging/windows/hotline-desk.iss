; Inno Setup 6 script: the Windows installer of hotline-desk (热线工单桌面助手).
; Built on a Windows machine after the bundle (see .github/workflows/windows.yml):
;   pyinstaller build.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\hotline-desk.iss
; Per-user (no administrator) or per-machine install, chosen at start;
; Simplified Chinese and English; Start-menu and optional desktop shortcuts that
; carry the AppUserModelID (the app sets the same id at start: without it
; Windows drops its toast notifications); an optional "start at login" task;
; the uninstaller keeps the user's data unless asked.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppId "cn.hotlinedesk.desk"
#define AppExe "hotline-desk.exe"
#define Bundle "..\..\dist\hotline-desk"

[Setup]
AppId={{6F0C2B9E-5A7D-4E61-9C1B-2D8A4F3E7B10}
AppName=热线工单桌面助手 Hotline Desk
AppVersion={#AppVersion}
AppPublisher=hotline-desk
DefaultDirName={autopf}\HotlineDesk
DefaultGroupName=热线工单桌面助手
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\hotline-desk.ico
OutputDir=..\..\dist
OutputBaseFilename=hotline-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user by default; the dialog offers a per-machine install to administrators.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AutoStart=开机自动启动（在托盘中运行并检查工单）
english.AutoStart=Start at login (in the tray, checking tickets)
chinesesimplified.RemoveData=是否同时删除工单数据、设置和日志？（选“否”则保留，重新安装后可继续使用）
english.RemoveData=Also delete the tickets, settings and logs? (Choose No to keep them for a later install.)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "autostart"; Description: "{cm:AutoStart}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\热线工单桌面助手"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\热线工单桌面助手"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; The same value the app's own 开机自动启动 setting writes (services/autostart.py).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "hotline-desk"; ValueData: """{app}\{#AppExe}"" --tray"; Flags: uninsdeletevalue; Tasks: autostart

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,热线工单桌面助手}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{cmd}"; Parameters: "/C taskkill /IM {#AppExe} /F"; Flags: runhidden; RunOnceId: "StopApp"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    { platformdirs: %LOCALAPPDATA%\hotline-desk holds the database, settings and logs }
    Data := ExpandConstant('{localappdata}\hotline-desk');
    if DirExists(Data) and (MsgBox(CustomMessage('RemoveData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES) then
      DelTree(Data, True, True, True);
  end;
end;
