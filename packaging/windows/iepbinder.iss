; Inno Setup script for the Windows installer of IEP Binder.
; 1. On Windows, in a Python 3.11 environment with the program installed (pip install .[test]):
;      pyinstaller --noconfirm packaging\iepbinder.spec
;    This makes dist\iepbinder\ with "IEP Binder.exe" (no console window) and iepbinder.exe
;    (the command line, which also runs --self-test).
; 2. Run: dist\iepbinder\iepbinder.exe --self-test   (must print "Self-test passed.")
; 3. Build the installer with Inno Setup 6: iscc packaging\windows\iepbinder.iss
;    The installer goes to dist\IEP-Binder-Setup-<version>.exe. It installs per user (no
;    administrator rights), adds Start-menu and optional desktop shortcuts, and its uninstaller
;    never touches the family's binders (they live in %LOCALAPPDATA%\IEP Binder).

#define AppVersion "0.1.0"

[Setup]
AppId={{6B8E5E84-2B1B-4E4C-9C0E-IEPBINDER0001}
AppName=IEP Binder
AppVersion={#AppVersion}
AppPublisher=IEP Binder developers
DefaultDirName={localappdata}\Programs\IEP Binder
DefaultGroupName=IEP Binder
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=IEP-Binder-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\iepbinder.ico
UninstallDisplayIcon={app}\IEP Binder.exe
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\iepbinder\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\IEP Binder"; Filename: "{app}\IEP Binder.exe"
Name: "{autodesktop}\IEP Binder"; Filename: "{app}\IEP Binder.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\IEP Binder.exe"; Description: "{cm:LaunchProgram,IEP Binder}"; Flags: nowait postinstall skipifsilent
