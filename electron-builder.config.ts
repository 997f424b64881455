import type { Configuration } from 'electron-builder';

/**
 * How Breachlog is packaged: `npm run package` builds the installers for the OS it runs on.
 *
 * electron-builder rather than Electron Forge: one declarative file makes the per-user NSIS
 * installer (with an include script for the uninstaller's message), the DMG and zip, the fuses,
 * signing from environment variables and notarisation, and it packages the output of
 * electron-vite as it is. Forge would need a maker per format and its own Vite plugin in place
 * of electron-vite.
 *
 * `tests/unit/packaging/builder-config.test.ts` holds this file to its promises.
 */

const env = process.env;

/**
 * Azure Trusted Signing, used only when its account is named in the environment (CI secrets);
 * otherwise a certificate in CSC_LINK / CSC_KEY_PASSWORD signs, and without either nothing does.
 */
const azureSignOptions =
  env['AZURE_CODE_SIGNING_ACCOUNT'] && env['AZURE_CERTIFICATE_PROFILE'] && env['AZURE_ENDPOINT'] && env['AZURE_PUBLISHER_NAME']
    ? {
        publisherName: env['AZURE_PUBLISHER_NAME'],
        endpoint: env['AZURE_ENDPOINT'],
        codeSigningAccountName: env['AZURE_CODE_SIGNING_ACCOUNT'],
        certificateProfileName: env['AZURE_CERTIFICATE_PROFILE'],
      }
    : null;

/** The encrypted-SQLite binding's native files: loaded with dlopen, so they must be real files on disk. */
export const NATIVE_BINDING_UNPACK = [
  '**/node_modules/better-sqlite3-multiple-ciphers/prebuilds/*.node',
  '**/node_modules/better-sqlite3-multiple-ciphers/build/Release/*.node',
];

const config = {
  appId: 'uk.breachlog.desktop',
  productName: 'Breachlog',
  copyright: 'Copyright © 2026 Breachlog',
  directories: { output: 'dist', buildResources: 'packaging' },

  // Only the built app goes into app.asar; electron-builder adds package.json and the production
  // dependencies itself (never devDependencies), so sources, tests and tooling stay out.
  files: [
    'out/**/*',
    '!out/**/*.map',
    // The binding's C sources (14 MB) and build files, and the Linux builds, are not needed at run time.
    '!**/node_modules/better-sqlite3-multiple-ciphers/{deps,src}/**',
    '!**/node_modules/better-sqlite3-multiple-ciphers/binding.gyp',
    '!**/node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux*.node',
  ],
  asar: true,
  asarUnpack: NATIVE_BINDING_UNPACK,
  // The app finds its fonts and icons at join(process.resourcesPath, 'resources') when packaged.
  // (pdfkit needs nothing on disk: its standard fonts are JavaScript modules, Breachlog embeds
  // DejaVu Sans from here, and reads inside app.asar work through Electron's fs.)
  extraResources: [{ from: 'resources', to: 'resources', filter: ['**/*'] }],

  // The binding ships N-API prebuilds, which load in Electron unchanged; a rebuild would compile
  // SQLite from source for nothing (and package.json's allowScripts denies its install script).
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,

  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app keeps no cookies; if anything ever does, it is encrypted like Chrome's.
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    // The page is served from the app's own app:// protocol, so file:// needs no extra powers.
    grantFileProtocolExtraPrivileges: false,

    // Flipping fuses breaks Electron's own signature. A signed build is re-signed straight after;
    // an unsigned one (no certificate in CI, or the end-to-end build) would not start on Apple
    // silicon, so the app is signed ad hoc first (a real identity then signs over it).
    resetAdHocDarwinSignature: true,
  },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.ico',
    azureSignOptions,
  },
  nsis: {
    // One-click and per-user: no administrator rights, installed under %LOCALAPPDATA%\Programs.
    oneClick: true,
    perMachine: false,
    allowElevation: false,
    packElevateHelper: false,
    createStartMenuShortcut: true,
    createDesktopShortcut: true,
    shortcutName: 'Breachlog',
    uninstallDisplayName: 'Breachlog',
    runAfterFinish: true,
    // The register is the user's record of breaches: an uninstall never deletes it, and says where it is.
    deleteAppDataOnUninstall: false,
    include: 'packaging/installer.nsh',
    installerIcon: 'resources/icon.ico',
    uninstallerIcon: 'resources/icon.ico',
    differentialPackage: false,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },

  mac: {
    target: [
      { target: 'dmg', arch: ['arm64', 'x64'] },
      { target: 'zip', arch: ['arm64', 'x64'] },
    ],
    icon: 'resources/icon.icns',
    category: 'public.app-category.business',
    hardenedRuntime: true,
    // Electron 12 and later need only allow-jit under the hardened runtime; the binding is signed
    // with the app's own identity, so library validation stays on.
    entitlements: 'packaging/entitlements.mac.plist',
    entitlementsInherit: 'packaging/entitlements.mac.plist',
    gatekeeperAssess: false,
    // Notarised only when APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are set.
    notarize: Boolean(env['APPLE_ID'] && env['APPLE_APP_SPECIFIC_PASSWORD'] && env['APPLE_TEAM_ID']),
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
  dmg: {
    title: '${productName} ${version}',
  },

  // Breachlog has no auto-update service to publish to.
  publish: null,
} satisfies Configuration;

export default config;
