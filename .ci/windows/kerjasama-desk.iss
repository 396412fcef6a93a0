; Inno Setup 6 script: a per-user installer of the one-folder bundle (docs/bundle.md, "Windows").
; NOT YET RUN ON WINDOWS: written to be built by .github/workflows/windows.yml.
; Build: iscc /DAppVersion=0.1.0 /DBundle=..\..\dist\kerjasama-desk .ci\windows\kerjasama-desk.iss
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs, the Start-menu
; entries to the user's own menu. The register and backups live in the data folder
; (%LOCALAPPDATA%\kerjasama-desk, through platformdirs), which uninstalling leaves alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\dist\kerjasama-desk"
#endif

[Setup]
AppId={{6F1C2B7E-5A43-4C47-9E0B-3D2B8F4A1C55}
AppName=Kerjasama Desk
AppVersion={#AppVersion}
AppPublisher=Kerjasama Desk
DefaultDirName={localappdata}\Programs\Kerjasama Desk
DefaultGroupName=Kerjasama Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\..\dist
OutputBaseFilename=kerjasama-desk-{#AppVersion}-setup
SetupIconFile=kerjasama-desk.ico
UninstallDisplayIcon={app}\kerjasama-desk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\resources\licenses\GPL-3.0.txt

[Languages]
; Indonesian is not among Inno Setup's official translations: the workflow fetches the
; maintained one (Indonesian.isl) from jrsoftware.org's translations page into this folder.
Name: "id"; MessagesFile: "Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.AppEntry=Kerjasama Desk
en.AppEntry=Kerjasama Desk
id.DemoEntry=Kerjasama Desk (register contoh)
en.DemoEntry=Kerjasama Desk (demo register)
id.GuideEntry=Panduan Kerjasama Desk
en.GuideEntry=Kerjasama Desk guide
id.AppComment=Register, penyusunan naskah, dan tindak lanjut kerja sama luar negeri daerah
en.AppComment=Register, drafting and follow-up of a region's foreign cooperation

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Kerjasama Desk\{cm:AppEntry}"; Filename: "{app}\kerjasama-desk.exe"; Comment: "{cm:AppComment}"
Name: "{userprograms}\Kerjasama Desk\{cm:DemoEntry}"; Filename: "{app}\kerjasama-desk.exe"; Parameters: "--demo"
Name: "{userprograms}\Kerjasama Desk\{cm:GuideEntry}"; Filename: "{app}\_internal\kerjasama_desk\resources\guide\guide_{language}.html"

[Run]
Filename: "{app}\kerjasama-desk.exe"; Parameters: "--lang {language}"; Description: "{cm:LaunchProgram,Kerjasama Desk}"; Flags: nowait postinstall skipifsilent
