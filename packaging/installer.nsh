; Included by electron-builder's NSIS script (nsis.include in electron-builder.config.ts).
;
; The uninstaller removes the program only: the encrypted breach register, its key and its
; settings stay in %APPDATA%\Breachlog (electron-builder's deleteAppDataOnUninstall is false).
; Before removing anything it says so and names the folder, so nobody believes the register
; was deleted. Silent runs (/S) and the uninstall an update does (--updated) say nothing.

!macro customUnInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/S" $R1
  ${If} ${Errors}
    ClearErrors
    ${GetOptions} $R0 "--updated" $R1
    ${If} ${Errors}
      ; electron-builder's one-click uninstaller has made itself silent by now; speak once, then
      ; let it carry on silently.
      SetSilent normal
      MessageBox MB_OK|MB_ICONINFORMATION "Breachlog will be removed from this computer.$\r$\n$\r$\nYour breach register is kept: it stays in %APPDATA%\Breachlog$\r$\n($APPDATA\Breachlog).$\r$\n$\r$\nInstall Breachlog again to open it, or keep that folder with your backups. Delete the folder yourself only if the register is no longer needed."
      SetSilent silent
    ${EndIf}
  ${EndIf}
  ClearErrors
!macroend
