import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract/index';
import type { Result } from '../../../shared/result';
import type { Transport } from './transport';
import { defaultTransport } from './transport';

/** The renderer's only way to data: typed against the shared contract. */
export interface ApiClient {
  call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>>;
}

export function createApiClient(transport: Transport = defaultTransport()): ApiClient {
  return {
    call: (name, input) => transport(name, input) as never,
  };
}
