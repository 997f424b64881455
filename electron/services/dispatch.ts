import type { OperationName } from '../../shared/contract/index';
import { contract } from '../../shared/contract/index';
import { parseUnknown, quoted } from '../../shared/parse';
import type { Result } from '../../shared/result';
import { fail, ok } from '../../shared/result';
import { AppError, explainDiskFull } from './errors';
import type { Handlers } from './handlers/index';

export type Dispatch = (name: string, payload: unknown) => Promise<Result<unknown>>;

function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(contract, name);
}

/**
 * The single door into the services for IPC and the preview server alike: unknown names and
 * payloads that fail the contract's schema are refused before any handler runs.
 */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (name, payload) => {
    if (!isOperationName(name)) return fail('unknown_operation', `Unknown operation "${quoted(name)}".`);
    const input = parseUnknown(contract[name].input, payload);
    if (!input.ok) return input;
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      const value = await handler(input.value);
      return ok(contract[name].output.parse(value));
    } catch (caught) {
      const error = explainDiskFull(caught);
      if (error instanceof AppError) return fail(error.code, error.message, error.issues);
      // Only the kind of failure is logged: messages may quote the register's contents.
      console.error(`[breachlog] ${name} failed: ${error instanceof Error ? error.name : typeof error}`);
      return fail('internal', 'Something went wrong and nothing was changed. Try again; if it keeps happening, restart Breachlog.');
    }
  };
}
