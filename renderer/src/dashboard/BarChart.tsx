import { useId } from 'react';
import type { Chart } from '../../../shared/dashboard/charts';
import { labelledColumns } from '../../../shared/dashboard/charts';
import './charts.css';

/**
 * A bar chart drawn as SVG from the shared chart model, with no chart library: shapes and text
 * are placed with attributes and coloured by classes (the page's CSP allows no inline styles),
 * so light and dark mode come from the stylesheet. Every bar carries its number as text, and the
 * same figures are given as a table, so nothing depends on colour or on reading a bar's length.
 */
export function BarChart({ chart, level = 2 }: { chart: Chart; level?: 2 | 3 | 4 }) {
  const id = useId();
  const Heading = `h${level}` as const;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="chart-title">
        {chart.title}
      </Heading>
      <p id={`${id}-description`} className="chart-description">
        {chart.description}
      </p>
      {chart.shape === 'columns' ? <Columns chart={chart} labelledBy={`${id}-title ${id}-description`} /> : <Bars chart={chart} labelledBy={`${id}-title ${id}-description`} />}
      <details className="chart-table">
        <summary>{chart.title}: the figures as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{chart.categoryHeading}</th>
              <th scope="col">{chart.valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {chart.bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.value.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const WIDTH = 640;

/** The bars read out as one sentence: "January 2026: 1, February 2026: 0, …". */
function spoken(chart: Chart): string {
  return chart.bars.map((bar) => `${bar.label}: ${bar.value}`).join(', ');
}

function Columns({ chart, labelledBy }: { chart: Chart; labelledBy: string }) {
  const plot = { top: 18, height: 150 };
  const baseline = plot.top + plot.height;
  const height = baseline + 38;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const slot = WIDTH / Math.max(1, chart.bars.length);
  const every = Math.max(1, Math.ceil(34 / slot));
  const labelled = labelledColumns(chart.bars, every);
  return (
    <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={labelledBy}>
      <desc>{spoken(chart)}</desc>
      {chart.bars.map((bar, i) => {
        const centre = slot * (i + 0.5);
        const barHeight = (bar.value / max) * plot.height;
        const showTick = labelled[i] === true;
        return (
          <g key={bar.label}>
            {barHeight > 0 ? <rect className="chart-bar" x={centre - slot * 0.31} y={baseline - barHeight} width={slot * 0.62} height={barHeight} /> : null}
            {every <= 2 && (bar.value > 0 || every === 1) ? (
              <text className="chart-value" x={centre} y={baseline - barHeight - 5} textAnchor="middle">
                {bar.value}
              </text>
            ) : null}
            {showTick ? (
              <text className="chart-tick" x={centre} y={baseline + 17} textAnchor="middle">
                {bar.tick}
              </text>
            ) : null}
            {showTick && bar.subTick ? (
              <text className="chart-subtick" x={centre} y={baseline + 33} textAnchor="middle">
                {bar.subTick}
              </text>
            ) : null}
          </g>
        );
      })}
      <line className="chart-axis" x1={0} x2={WIDTH} y1={baseline} y2={baseline} />
    </svg>
  );
}

function Bars({ chart, labelledBy }: { chart: Chart; labelledBy: string }) {
  const row = 30;
  const labelWidth = 250;
  const plotLeft = labelWidth + 10;
  const plotWidth = WIDTH - plotLeft - 40;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const height = chart.bars.length * row + 4;
  return (
    <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={labelledBy}>
      <desc>{spoken(chart)}</desc>
      {chart.bars.map((bar, i) => {
        const top = i * row + 4;
        const length = (bar.value / max) * plotWidth;
        return (
          <g key={bar.label}>
            <text className="chart-label" x={labelWidth} y={top + row / 2 + 1} textAnchor="end" dominantBaseline="middle">
              {bar.tick}
            </text>
            {length > 0 ? <rect className="chart-bar" x={plotLeft} y={top + 4} width={length} height={row - 10} /> : null}
            <text className="chart-value" x={plotLeft + length + 6} y={top + row / 2 + 1} dominantBaseline="middle">
              {bar.value}
            </text>
          </g>
        );
      })}
      <line className="chart-axis" x1={plotLeft} x2={plotLeft} y1={0} y2={height} />
    </svg>
  );
}
