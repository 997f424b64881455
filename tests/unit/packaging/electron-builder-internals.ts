import type { Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Configuration } from 'electron-builder';

/**
 * The parts of electron-builder's own library the packaging tests use, loaded from the copy
 * electron-builder itself depends on, so the tests apply its loader, schema and glob rules
 * rather than an imitation of them.
 */
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: Configuration | null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
}
interface FileMatcherModule {
  FileMatcher: new (
    from: string,
    to: string,
    macroExpander: (pattern: string) => string,
    patterns?: string[] | string | null,
  ) => { createFilter(): (file: string, stat: Stats) => boolean };
}
interface BuilderUtilModule {
  DebugLogger: new (isEnabled?: boolean) => unknown;
}

const appBuilderLib = (path: string): unknown => requireFromBuilder(`app-builder-lib/out/${path}`);
const configModule = appBuilderLib('util/config/config') as ConfigModule;
const { FileMatcher } = appBuilderLib('fileMatcher') as FileMatcherModule;
const { DebugLogger } = createRequire(requireFromBuilder.resolve('app-builder-lib/package.json'))('builder-util') as BuilderUtilModule;

/** The configuration as `electron-builder --config <file>` reads it. */
export function loadBuilderConfig(projectDir: string, configFile: string): Promise<Configuration> {
  return configModule.getConfig(projectDir, configFile, null);
}

/** electron-builder's schema check, which every build runs first; rejects with its message. */
export function validateBuilderConfig(config: Configuration): Promise<void> {
  return configModule.validateConfiguration(config, new DebugLogger(false));
}

/** A filter that answers, for a file under `from`, whether these patterns select it. */
export function builderFilter(from: string, patterns: string[]): (file: string, stat: Stats) => boolean {
  return new FileMatcher(from, from, (pattern) => pattern, patterns).createFilter();
}

/** A file of electron-builder's own templates (the NSIS scripts it builds installers from). */
export function builderTemplate(path: string): string {
  return join(dirname(requireFromBuilder.resolve('app-builder-lib/package.json')), 'templates', path);
}
