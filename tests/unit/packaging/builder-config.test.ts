import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config from '../../../electron-builder.config';
import { FUSE_BY_OPTION } from '../../../packaging/fuse-options';
import { builderFilter, builderTemplate, loadBuilderConfig, validateBuilderConfig } from './electron-builder-internals';

const root = join(import.meta.dirname, '..', '..', '..');
const CONFIG_FILE = join(root, 'electron-builder.config.ts');
const BINDING = join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
/** The platforms and architectures the installers are built for. */
const SHIPPED = ['win32-x64', 'darwin-arm64', 'darwin-x64'];

const fileStat = { isDirectory: () => false } as Stats;
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile());

// Loading the file through electron-builder (which transpiles it) and compiling its schema takes
// a few seconds on a busy machine.
const SCHEMA_TIMEOUT = 60_000;

describe('electron-builder configuration', () => {
  it('is what electron-builder reads from the file, and passes its own schema', async () => {
    const loaded = await loadBuilderConfig(root, CONFIG_FILE);
    expect(loaded.appId).toBe(config.appId);
    await expect(validateBuilderConfig(loaded)).resolves.toBeUndefined();
  }, SCHEMA_TIMEOUT);

  it('fails the schema with a misspelt option (the check bites)', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, perMachin: false } };
    await expect(validateBuilderConfig(misspelt)).rejects.toThrow(/configuration\.nsis/);
  }, SCHEMA_TIMEOUT);

  it('names the app as the main process and the notifications expect', () => {
    expect(config.appId).toBe('uk.breachlog.desktop');
    expect(config.productName).toBe('Breachlog');
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName: string; main: string };
    // Electron names the data folder (%APPDATA%\Breachlog) after package.json's productName.
    expect(packageJson.productName).toBe(config.productName);
    expect(packageJson.main).toBe('out/main/index.js');
  });

  it('sets the fuses as promised', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // ASAR integrity needs the hash electron-builder embeds, which disableAsarIntegrity would drop.
    expect('disableAsarIntegrity' in config).toBe(false);
    expect(config.asar).toBe(true);
    // Every fuse set here is one the packaged-app check knows how to read back.
    for (const name of Object.keys(config.electronFuses)) {
      if (name !== 'resetAdHocDarwinSignature') expect(FUSE_BY_OPTION).toHaveProperty(name);
    }
    // Unsigned Apple-silicon builds (CI without secrets, the end-to-end build) must still start.
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true);
  });

  it('builds a per-user NSIS installer with a Start-menu shortcut that keeps the register on uninstall', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
    const include = readFileSync(join(root, config.nsis.include), 'utf8');
    expect(include).toContain('!macro customUnInit');
    expect(include).toContain('%APPDATA%\\Breachlog');
    // Quiet when run silently or by an update's reinstall.
    expect(include).toContain('"/S"');
    expect(include).toContain('"--updated"');
  });

  it('gives the Windows shortcuts the appId as their AppUserModelID, so notifications show', () => {
    // electron-builder's NSIS template stamps APP_ID (the appId) on the shortcuts it makes; the
    // main process sets the same id with app.setAppUserModelId.
    const template = readFileSync(builderTemplate('nsis/include/installer.nsh'), 'utf8');
    expect(template).toContain('WinShell::SetLnkAUMI "$newStartMenuLink" "${APP_ID}"');
  });

  it('builds a DMG and a zip for macOS under the hardened runtime, asking only for JIT', () => {
    expect(config.mac.target.map((target) => target.target)).toEqual(['dmg', 'zip']);
    expect(config.mac.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(join(root, config.mac.entitlements), 'utf8');
    const keys = [...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('points every icon at a committed file', () => {
    for (const icon of [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon, config.mac.icon]) {
      expect(existsSync(join(root, icon)), icon).toBe(true);
    }
  });

  it('copies resources/ to where the packaged main process looks for it', () => {
    expect(config.extraResources).toEqual([{ from: 'resources', to: 'resources', filter: ['**/*'] }]);
    const main = readFileSync(join(root, 'electron', 'main', 'index.ts'), 'utf8');
    expect(main).toContain("join(process.resourcesPath, 'resources')");
    expect(existsSync(join(root, 'resources', 'fonts', 'DejaVuSans.ttf'))).toBe(true);
  });

  it('puts none of the repository’s tracked files in app.asar but package.json (sources, tests and tooling stay out)', () => {
    const selects = builderFilter(root, [...config.files, 'package.json']);
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(tracked.length).toBeGreaterThan(100);
    const packed = tracked.filter((file) => selects(join(root, file), fileStat));
    expect(packed).toEqual(['package.json']);
    // …and does take the built app.
    expect(selects(join(root, 'out', 'main', 'index.js'), fileStat)).toBe(true);
    expect(selects(join(root, 'out', 'renderer', 'assets', 'index.js'), fileStat)).toBe(true);
  });

  it('packs the backup’s worker thread and its chunks into app.asar beside index.js, not unpacked', () => {
    // Electron starts worker threads from inside app.asar (asar support in workers since Electron
    // 19), and there the worker resolves better-sqlite3-multiple-ciphers and zod in app.asar's
    // node_modules as index.js does; an unpacked copy would find no JavaScript of them beside it.
    const selects = builderFilter(root, config.files);
    const unpacks = builderFilter(root, config.asarUnpack);
    for (const file of [join(root, 'out', 'main', 'backup-worker.js'), join(root, 'out', 'main', 'chunks', 'write-backup-0a1b2c3d.js')]) {
      expect(selects(file, fileStat), file).toBe(true);
      expect(unpacks(file, fileStat), file).toBe(false);
    }
    const main = readFileSync(join(root, 'electron', 'main', 'index.ts'), 'utf8');
    expect(main).toContain('builtBackupWorker(import.meta.dirname)');
    const vite = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(vite).toContain("'backup-worker': resolve(root, 'electron/services/backup/backup-worker.ts')");
  });

  describe('the encrypted-SQLite binding', () => {
    const nodeModuleFilter = builderFilter(root, ['**/*', ...config.files.filter((pattern) => pattern.startsWith('!'))]);
    const unpacks = builderFilter(root, config.asarUnpack);
    const bindingFiles = filesUnder(BINDING);
    const packed = bindingFiles.filter((file) => nodeModuleFilter(file, fileStat));

    it('ships its JavaScript and the native file of every shipped platform', () => {
      expect(packed).toContain(join(BINDING, 'lib', 'index.js'));
      expect(packed).toContain(join(BINDING, 'lib', 'binding.js'));
      for (const target of SHIPPED) expect(packed).toContain(join(BINDING, 'prebuilds', `${target}.node`));
    });

    it('leaves out its C sources and the Linux builds', () => {
      expect(bindingFiles.some((file) => file.includes(`${join(BINDING, 'deps')}`))).toBe(true);
      expect(packed.filter((file) => file.startsWith(join(BINDING, 'deps')) || file.startsWith(join(BINDING, 'src')))).toEqual([]);
      expect(packed.filter((file) => /prebuilds[\\/]linux/.test(file))).toEqual([]);
    });

    it('unpacks every native file it ships from app.asar, and nothing else of it', () => {
      const nativeFiles = packed.filter((file) => file.endsWith('.node'));
      expect(nativeFiles.length).toBeGreaterThanOrEqual(SHIPPED.length);
      for (const file of nativeFiles) expect(unpacks(file, fileStat), file).toBe(true);
      // A local rebuild lands in build/Release; that would be unpacked too.
      expect(unpacks(join(BINDING, 'build', 'Release', 'better_sqlite3.node'), fileStat)).toBe(true);
      expect(packed.filter((file) => !file.endsWith('.node') && unpacks(file, fileStat))).toEqual([]);
    });
  });
});

describe('signing and notarisation from the environment', () => {
  const SIGNING_ENV = [
    'AZURE_CODE_SIGNING_ACCOUNT',
    'AZURE_CERTIFICATE_PROFILE',
    'AZURE_ENDPOINT',
    'AZURE_PUBLISHER_NAME',
    'APPLE_ID',
    'APPLE_APP_SPECIFIC_PASSWORD',
    'APPLE_TEAM_ID',
  ];
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function configWith(values: Record<string, string>): Promise<typeof config> {
    for (const name of SIGNING_ENV) vi.stubEnv(name, values[name] ?? '');
    vi.resetModules();
    return (await import('../../../electron-builder.config')).default;
  }

  it('skips Azure signing and notarisation when the secrets are absent', async () => {
    const unsigned = await configWith({});
    expect(unsigned.win.azureSignOptions).toBeNull();
    expect(unsigned.mac.notarize).toBe(false);
    await expect(validateBuilderConfig(unsigned)).resolves.toBeUndefined();
  }, SCHEMA_TIMEOUT);

  it('uses them when present, and stays valid', async () => {
    const signed = await configWith({
      AZURE_CODE_SIGNING_ACCOUNT: 'breachlog',
      AZURE_CERTIFICATE_PROFILE: 'public-trust',
      AZURE_ENDPOINT: 'https://weu.codesigning.azure.net',
      AZURE_PUBLISHER_NAME: 'Breachlog Ltd',
      APPLE_ID: 'release@example.com',
      APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh-ijkl-mnop',
      APPLE_TEAM_ID: 'ABCDE12345',
    });
    expect(signed.win.azureSignOptions).toMatchObject({ codeSigningAccountName: 'breachlog', publisherName: 'Breachlog Ltd' });
    expect(signed.mac.notarize).toBe(true);
    await expect(validateBuilderConfig(signed)).resolves.toBeUndefined();
  }, SCHEMA_TIMEOUT);
});
