import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract/index';
import type { Result } from '../../../shared/result';
import type { Transport } from './transport';
import { defaultTransport } from './transport';

/** The renderer's only way to data: typed against the shared contract. */
export interface ApiClient {
  call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>>;
  /**
   * The answer already in hand for exactly this call, if there is one (a start-up request that has
   * come back, see startup-requests.ts), so a screen can show it in its first render instead of
   * after another round; undefined otherwise, and the screen calls as usual.
   */
  answered<K extends OperationName>(name: K, input: OperationInput<K>): Result<OperationOutput<K>> | undefined;
}

export function createApiClient(transport: Transport = defaultTransport()): ApiClient {
  return {
    call: (name, input) => transport(name, input) as never,
    answered: () => undefined,
  };
}
