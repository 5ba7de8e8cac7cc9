; Inno Setup 6 script of RareEarth Desk for Windows: a per-user install (no administrator
; rights), Start menu entry, optional desktop shortcut, .redesk files opened by the app,
; installer text in English and Simplified Chinese.
;
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\rareearth-desk packaging\windows\rareearth-desk.iss
;
; BundleDir is PyInstaller's one-folder output (RareEarthDesk.exe, rareearth-desk.exe,
; _internal\). Inno Setup ships no Simplified Chinese message file (ChineseSimplified.isl
; is an unofficial translation), so the Chinese texts of the pages this installer shows
; are written below under [Messages] with the "zh." prefix; any message not listed there
; falls back to English from Default.isl. The file is UTF-8 with a byte-order mark, which
; is how Inno Setup knows to read it as UTF-8.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\rareearth-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "RareEarth Desk"
#define AppExe "RareEarthDesk.exe"
#define ProgId "RareEarthDesk.Project"

[Setup]
AppId={{8215021A-D8B6-4424-AC9F-50590C384854}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RareEarth Desk developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename=RareEarthDesk-{#AppVersion}-setup
SetupIconFile=rareearth-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh"; MessagesFile: "compiler:Default.isl"

[LangOptions]
zh.LanguageName=简体中文
zh.LanguageID=$0804
zh.LanguageCodePage=936

[Messages]
zh.SetupAppTitle=安装
zh.SetupWindowTitle=安装 - %1
zh.UninstallAppTitle=卸载
zh.UninstallAppFullTitle=卸载 %1
zh.InformationTitle=信息
zh.ConfirmTitle=确认
zh.ErrorTitle=错误
zh.SetupLdrStartupMessage=即将安装 %1。是否继续?
zh.ExitSetupTitle=退出安装
zh.ExitSetupMessage=安装尚未完成。如果现在退出,程序将不会被安装。%n%n您可以以后再运行安装程序完成安装。%n%n退出安装?
zh.SelectLanguageTitle=选择安装语言
zh.SelectLanguageLabel=选择安装过程中使用的语言。
zh.ClickNext=点击“下一步”继续,或点击“取消”退出安装。
zh.ButtonBack=< 上一步(&B)
zh.ButtonNext=下一步(&N) >
zh.ButtonInstall=安装(&I)
zh.ButtonOK=确定
zh.ButtonCancel=取消
zh.ButtonYes=是(&Y)
zh.ButtonYesToAll=全部是(&A)
zh.ButtonNo=否(&N)
zh.ButtonNoToAll=全部否(&O)
zh.ButtonFinish=完成(&F)
zh.ButtonBrowse=浏览(&B)...
zh.ButtonWizardBrowse=浏览(&R)...
zh.ButtonNewFolder=新建文件夹(&M)
zh.WelcomeLabel1=欢迎使用 [name] 安装向导
zh.WelcomeLabel2=即将在您的电脑上安装 [name/ver]。%n%n建议在继续之前关闭其他所有应用程序。
zh.WizardSelectDir=选择安装位置
zh.SelectDirDesc=要将 [name] 安装到哪里?
zh.SelectDirLabel3=安装程序将把 [name] 安装到下列文件夹。
zh.SelectDirBrowseLabel=点击“下一步”继续。如需选择其他文件夹,请点击“浏览”。
zh.DiskSpaceMBLabel=至少需要 [mb] MB 可用磁盘空间。
zh.DirExistsTitle=文件夹已存在
zh.DirExists=文件夹:%n%n%1%n%n已经存在。仍要安装到该文件夹吗?
zh.WizardSelectTasks=选择附加任务
zh.SelectTasksDesc=要执行哪些附加任务?
zh.SelectTasksLabel2=请选择安装 [name] 时要执行的附加任务,然后点击“下一步”。
zh.WizardReady=准备安装
zh.ReadyLabel1=安装程序已准备好在您的电脑上安装 [name]。
zh.ReadyLabel2a=点击“安装”开始安装;如需查看或更改设置,请点击“上一步”。
zh.ReadyLabel2b=点击“安装”开始安装。
zh.ReadyMemoDir=安装位置:
zh.ReadyMemoTasks=附加任务:
zh.ReadyMemoGroup=开始菜单文件夹:
zh.WizardPreparing=正在准备安装
zh.PreparingDesc=安装程序正在准备在您的电脑上安装 [name]。
zh.SetupAppRunningError=安装程序检测到 %1 正在运行。%n%n请先关闭它的所有窗口,然后点击“确定”继续,或点击“取消”退出。
zh.UninstallAppRunningError=卸载程序检测到 %1 正在运行。%n%n请先关闭它的所有窗口,然后点击“确定”继续,或点击“取消”退出。
zh.WizardInstalling=正在安装
zh.InstallingLabel=安装程序正在您的电脑上安装 [name],请稍候。
zh.FinishedHeadingLabel=[name] 安装完成
zh.FinishedLabelNoIcons=安装程序已在您的电脑上安装了 [name]。
zh.FinishedLabel=安装程序已在您的电脑上安装了 [name]。可以通过已创建的快捷方式启动它。
zh.ClickFinish=点击“完成”退出安装。
zh.RunEntryExec=运行 %1
zh.StatusExtractFiles=正在解压文件...
zh.StatusCreateIcons=正在创建快捷方式...
zh.StatusCreateRegistryEntries=正在写入注册表项...
zh.StatusRollback=正在撤销更改...
zh.StatusUninstalling=正在卸载 %1...
zh.WizardUninstalling=卸载状态
zh.ConfirmUninstall=确定要完全删除 %1 及其所有组件吗?
zh.UninstallStatusLabel=正在从您的电脑上删除 %1,请稍候。
zh.UninstalledAll=%1 已从您的电脑上删除。

[CustomMessages]
en.AssocDescription=RareEarth Desk project
zh.AssocDescription=RareEarth Desk 项目
en.LaunchNow=Start RareEarth Desk now
zh.LaunchNow=立即启动 RareEarth Desk
zh.AdditionalIcons=附加快捷方式:
zh.CreateDesktopIcon=创建桌面快捷方式(&D)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; per-user file association (HKA is HKEY_CURRENT_USER for a per-user install)
Root: HKA; Subkey: "Software\Classes\.redesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.redesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-rareearth-desk-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.redesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:AssocDescription}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".redesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; nothing: the user's projects, settings and caches in %LOCALAPPDATA%\rareearth-desk stay
