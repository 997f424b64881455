import type { IncidentSummaryContent } from '../../../shared/documents/incident-summary';
import { renderPdf } from './render-pdf';

const LABEL_WIDTH = 160;

export function incidentSummaryPdf(
  content: IncidentSummaryContent,
  resourcesDir: string,
  organisation: string,
): Promise<Buffer> {
  return renderPdf(
    resourcesDir,
    { title: content.documentTitle, author: organisation, subject: 'Personal data breach summary' },
    (doc) => {
      const left = doc.page.margins.left;
      const width = doc.page.width - left - doc.page.margins.right;
      doc.font('bold').fontSize(18).text(content.heading);
      doc.moveDown(0.8);
      doc.fontSize(10.5);
      for (const field of content.fields) {
        const top = doc.y;
        doc.font('bold').text(field.label, left, top, { width: LABEL_WIDTH });
        const labelBottom = doc.y;
        doc.font('body').text(field.value, left + LABEL_WIDTH, top, { width: width - LABEL_WIDTH });
        doc.y = Math.max(labelBottom, doc.y) + 4;
      }
      doc.moveDown(0.8);
      doc.font('bold').fontSize(13).text(content.descriptionHeading, left, doc.y, { width });
      doc.moveDown(0.3);
      doc.font('body').fontSize(10.5).text(content.description, { width });
      doc.moveDown(1.5);
      doc.fontSize(8.5).fillColor('#444444').text(content.footer, { width });
    },
  );
}
