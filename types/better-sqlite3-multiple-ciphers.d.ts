// The package ships index.d.ts, but its `exports` map has no `types` condition, so TypeScript's
// bundler resolution can't find it. The `paths` alias in tsconfig.json is used only here, in a
// declaration, so no runtime loader (tsx, Playwright) ever tries to load a .d.ts file.
declare module 'better-sqlite3-multiple-ciphers' {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package's types use `export =`
  import Database = require('#better-sqlite3-multiple-ciphers-types');
  export = Database;
}
