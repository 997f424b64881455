import type { OperationName, OperationOutput, ParsedInput } from '../../shared/contract';
import { incidentSummaryContent } from '../../shared/documents/incident-summary';
import { DEFAULT_TIME_ZONE } from '../../shared/uk-time';
import { incidentSummaryPdf } from './documents/incident-summary-pdf';
import type { FileSaver } from './file-saver';
import type { RegisterSession } from './register-session';

export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => Promise<OperationOutput<K>>;
};

export interface HandlerDeps {
  session: RegisterSession;
  saveFile: FileSaver;
  resourcesDir: string;
  clock?: () => Date;
}

/** One handler per contract operation; inputs arrive already parsed by the dispatcher. */
export function createHandlers({ session, saveFile, resourcesDir, clock = () => new Date() }: HandlerDeps): Handlers {
  return {
    'session:status': async () => session.status(),
    'session:unlock': async ({ passphrase }) => session.unlock(passphrase),
    'incident:create': async (draft) => (await session.services()).register.create(draft),
    'incident:list': async () => (await session.services()).register.list(),
    'incident:get': async ({ id }) => (await session.services()).register.get(id),
    'report:summary-pdf': async ({ id }) => {
      const incident = (await session.services()).register.get(id);
      const content = incidentSummaryContent(incident, clock(), DEFAULT_TIME_ZONE);
      const pdf = await incidentSummaryPdf(content, resourcesDir, 'Breachlog');
      return saveFile(content.fileName, pdf);
    },
  };
}
