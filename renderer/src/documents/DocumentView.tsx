import type { DocumentBlock, DocumentModel } from '../../../shared/documents/document-model';
import { BarChart } from '../dashboard/BarChart';

/**
 * Draws a document model on screen and on paper, from the same blocks the PDF is drawn from.
 * The frame is a layout table so that, when printed, Chromium repeats the running header and
 * footer on every page; @page in the stylesheet adds "Page x of y".
 */
export function DocumentView({ model, label }: { model: DocumentModel; label: string }) {
  return (
    <article className="doc" aria-label={label}>
      <table className="doc-frame" role="presentation">
        {model.header ? (
          <thead>
            <tr>
              <td>
                <div className="doc-running-header">
                  <span>{model.header.left}</span>
                  <strong>{model.header.right}</strong>
                </div>
              </td>
            </tr>
          </thead>
        ) : null}
        {model.footer ? (
          <tfoot>
            <tr>
              <td>
                <div className="doc-running-footer">{model.footer}</div>
              </td>
            </tr>
          </tfoot>
        ) : null}
        <tbody>
          <tr>
            <td className="doc-body">
              {model.blocks.map((item, index) => (
                <Block key={index} item={item} />
              ))}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

function Block({ item }: { item: DocumentBlock }) {
  switch (item.kind) {
    case 'title':
      return (
        <header className="doc-title">
          <h2>{item.text}</h2>
          {item.subtitle ? <p className="doc-subtitle">{item.subtitle}</p> : null}
        </header>
      );
    case 'heading':
      return item.level === 2 ? <h3 className="doc-h2">{item.text}</h3> : <h4 className="doc-h3">{item.text}</h4>;
    case 'paragraph':
      return <p className={`doc-paragraph doc-${item.style} doc-align-${item.align}`}>{item.text}</p>;
    case 'fields':
      return (
        <dl className="doc-fields">
          {item.rows.map((row, index) => (
            <div key={index} className="doc-field">
              <dt>{row.label}</dt>
              <dd className={row.unknown ? 'doc-unknown' : undefined}>{row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return (
        <ul className="doc-list">
          {item.items.map((entry, index) => (
            <li key={index}>{entry}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="doc-table">
          <caption>{item.caption}</caption>
          <colgroup>
            {item.columns.map((column, index) => (
              // Set through the CSSOM by React, which the page's CSP (style-src 'self') allows.
              <col key={index} style={{ width: `${(column.width * 100).toFixed(1)}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {item.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {item.rows.map((cells, rowIndex) => (
              <tr key={rowIndex}>
                {cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'page-break':
      return <hr className="doc-page-break" aria-hidden="true" />;
    case 'address':
      return item.lines.length > 0 ? <address className="doc-address">{item.lines.join('\n')}</address> : null;
    case 'chart':
      return <BarChart chart={item.chart} level={4} />;
  }
}
