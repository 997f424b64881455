import type { documentOperations } from '../../../shared/contract/document-operations';
import { documentPdf } from '../documents/document-pdf';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

export function documentHandlers({ session, saveFile, resourcesDir }: HandlerDeps): FeatureHandlers<typeof documentOperations> {
  const documents = async () => (await session.services()).documents;
  return {
    'document:preview': async ({ request }) => (await documents()).model(request),
    'document:save-pdf': async ({ request }) => {
      const model = (await documents()).model(request);
      return saveFile(`${model.fileName}.pdf`, await documentPdf(model, resourcesDir));
    },
    'document:save-text': async ({ request }) => {
      const { fileName, text } = (await documents()).text(request);
      return saveFile(fileName, Buffer.from(text, 'utf8'));
    },
    'register:export-csv': async ({ range }) => {
      const { fileName, text } = (await documents()).csv(range.from, range.to);
      return saveFile(fileName, Buffer.from(text, 'utf8'));
    },
    'settings:organisation-get': async () => (await documents()).organisation(),
    'settings:organisation-update': async ({ organisation }) => (await documents()).updateOrganisation(organisation),
    'settings:organisation-later': async () => (await documents()).postponeOrganisation(),
  };
}
