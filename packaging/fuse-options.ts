import { FuseV1Options } from '@electron/fuses';
import type { Configuration } from 'electron-builder';

type FuseOptions = NonNullable<Configuration['electronFuses']>;

/** electron-builder's names for the fuses, against the fuse wire's own option numbers. */
export const FUSE_BY_OPTION: Readonly<Record<keyof Omit<FuseOptions, 'resetAdHocDarwinSignature'>, FuseV1Options>> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};
