import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The modules a file loads when it runs: static imports and re-exports that bring values, not types nor import(). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined && clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((element) => element.isTypeOnly));
      if (!typeOnly && ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('.css') && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Every module the given entry loads before its first screen, and the packages each of them asks for. */
function firstLoad(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const waiting = [entry];
  while (waiting.length > 0) {
    const file = waiting.pop() as string;
    if (packages.has(file)) continue;
    const imports = valueImports(file);
    packages.set(file, imports.filter((specifier) => !specifier.startsWith('.')));
    for (const specifier of imports) {
      const local = specifier.startsWith('.') ? resolveLocal(file, specifier) : null;
      if (local) waiting.push(local);
    }
  }
  return packages;
}

describe("the register's first load", () => {
  it('sends its start-up requests from a first script that loads neither React nor the app', () => {
    const entry = firstLoad(join(ROOT, 'renderer', 'src', 'main.tsx'));
    const files = [...entry.keys()].map((file) => relative(ROOT, file)).sort();
    expect(files).not.toContain('renderer/src/App.tsx');
    expect([...entry.values()].flat()).toEqual([]);
  });

  it('does not load the schema library: the screens that validate input load it when they open', () => {
    const app = firstLoad(join(ROOT, 'renderer', 'src', 'mount-app.tsx'));
    expect(app.size).toBeGreaterThan(40);
    const askingForZod = [...app].filter(([, packages]) => packages.includes('zod')).map(([file]) => relative(ROOT, file));
    expect(askingForZod).toEqual([]);
  });
});
