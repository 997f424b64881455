import type { DocumentBlock, DocumentModel } from './document-model';

/**
 * Any document as plain text, for pasting into an email: the same blocks the PDF and the
 * preview draw, so the three say the same. Paragraphs are separated by blank lines and not
 * wrapped (mail programs wrap them); lists use "•", tables become one line per row.
 */
export function documentPlainText(model: DocumentModel): string {
  const parts = model.blocks.map(blockText).filter((part) => part !== '');
  return `${parts.join('\n\n')}\n`;
}

function blockText(item: DocumentBlock): string {
  switch (item.kind) {
    case 'title':
      return [item.text.toUpperCase(), item.subtitle].filter(Boolean).join('\n');
    case 'heading':
      return item.text;
    case 'paragraph':
      return item.text;
    case 'fields':
      return item.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
    case 'list':
      return item.items.map((entry) => `• ${entry}`).join('\n');
    case 'table':
      return [
        item.caption,
        ...item.rows.map((cells) => cells.map((cell, i) => `${item.columns[i]?.label ?? ''}: ${cell}`).join('; ')),
      ].join('\n');
    case 'page-break':
      return '';
    case 'address':
      return item.lines.join('\n');
    case 'chart':
      return [item.chart.title, item.chart.description, ...item.chart.bars.map((bar) => `${bar.label}: ${bar.value}`)].join('\n');
  }
}
