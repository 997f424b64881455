import type { OperationMap } from '../../../shared/contract/define';
import type { z } from 'zod';
import type { FileSaver } from '../file-saver';
import type { RegisterSession } from '../register-session';

export interface HandlerDeps {
  session: RegisterSession;
  saveFile: FileSaver;
  resourcesDir: string;
  clock: () => Date;
}

/** Handlers for one feature's operations; inputs arrive already parsed by the dispatcher. */
export type FeatureHandlers<M extends OperationMap> = {
  [K in keyof M]: (input: z.output<M[K]['input']>) => Promise<z.output<M[K]['output']>>;
};
