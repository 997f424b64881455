import type { Chart } from '../../../shared/dashboard/charts';
import { labelledColumns } from '../../../shared/dashboard/charts';
import type { Line } from './pdf-text';

/**
 * A chart drawn as PDF vectors: filled rectangles for the bars, a baseline, and real text for
 * every label and value (so the figures can be read, searched and copied without the bars).
 * Pure geometry: it returns the operators and the height used, and the page layout places it.
 */

export interface ChartPen {
  rect(x: number, y: number, width: number, height: number, colour: string): void;
  line(x1: number, y1: number, x2: number, y2: number, colour: string, thickness: number): void;
  /** One line of text whose top is at `top`; `align` is within [x, x + width]. */
  text(font: 'body' | 'bold', size: number, colour: string, line: Line, x: number, top: number, width: number, align?: 'left' | 'right'): void;
  measure(font: 'body' | 'bold', size: number, text: string, width: number): Line[];
}

export const CHART_COLOUR = { bar: '#1d4f91', text: '#1b1b1b', muted: '#505a5f', rule: '#b1b4b6' };
const SIZE = { tick: 7.5, value: 7.5, label: 8.5 };
const COLUMN_PLOT_HEIGHT = 110;
const BAR_ROW = 15;

/** The height a chart's drawing takes (without its title and description). */
export function chartHeight(chart: Chart): number {
  return chart.shape === 'columns' ? COLUMN_PLOT_HEIGHT + 12 + 2 * 10 : chart.bars.length * BAR_ROW + 4;
}

export function drawChart(pen: ChartPen, chart: Chart, left: number, top: number, width: number): void {
  if (chart.shape === 'columns') drawColumns(pen, chart, left, top, width);
  else drawBars(pen, chart, left, top, width);
}

function single(pen: ChartPen, font: 'body' | 'bold', size: number, text: string): Line {
  return pen.measure(font, size, text, 10_000)[0] ?? { tj: '', width: 0 };
}

function drawColumns(pen: ChartPen, chart: Chart, left: number, top: number, width: number): void {
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const slot = width / Math.max(1, chart.bars.length);
  const columnWidth = Math.max(1, slot * 0.62);
  // With many months, label every second, third… month so the ticks never overlap.
  const every = Math.max(1, Math.ceil(24 / slot));
  const baseline = top + COLUMN_PLOT_HEIGHT + 12;
  const labelled = labelledColumns(chart.bars, every);
  chart.bars.forEach((bar, i) => {
    const centre = left + slot * (i + 0.5);
    const height = (bar.value / max) * COLUMN_PLOT_HEIGHT;
    if (height > 0) pen.rect(centre - columnWidth / 2, baseline - height, columnWidth, height, CHART_COLOUR.bar);
    if (every === 1 || (bar.value > 0 && every <= 2)) {
      const value = single(pen, 'bold', SIZE.value, String(bar.value));
      pen.text('bold', SIZE.value, CHART_COLOUR.text, value, centre - value.width / 2, baseline - height - 10, value.width + 1);
    }
    if (labelled[i]) {
      const tick = single(pen, 'body', SIZE.tick, bar.tick);
      pen.text('body', SIZE.tick, CHART_COLOUR.text, tick, centre - tick.width / 2, baseline + 3, tick.width + 1);
      if (bar.subTick) {
        const sub = single(pen, 'body', SIZE.tick, bar.subTick);
        pen.text('body', SIZE.tick, CHART_COLOUR.muted, sub, centre - sub.width / 2, baseline + 12, sub.width + 1);
      }
    }
  });
  pen.line(left, baseline, left + width, baseline, CHART_COLOUR.rule, 0.75);
}

function drawBars(pen: ChartPen, chart: Chart, left: number, top: number, width: number): void {
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const labelWidth = width * 0.36;
  const valueRoom = 28;
  const plotLeft = left + labelWidth + 6;
  const plotWidth = width - labelWidth - 6 - valueRoom;
  chart.bars.forEach((bar, i) => {
    const rowTop = top + i * BAR_ROW;
    const label = pen.measure('body', SIZE.label, bar.tick, labelWidth)[0] ?? { tj: '', width: 0 };
    pen.text('body', SIZE.label, CHART_COLOUR.text, label, left, rowTop + 2, labelWidth, 'right');
    const length = (bar.value / max) * plotWidth;
    if (length > 0) pen.rect(plotLeft, rowTop + 2, length, BAR_ROW - 5, CHART_COLOUR.bar);
    const value = single(pen, 'bold', SIZE.value, String(bar.value));
    pen.text('bold', SIZE.value, CHART_COLOUR.text, value, plotLeft + length + 4, rowTop + 3, valueRoom);
  });
  pen.line(plotLeft, top, plotLeft, top + chart.bars.length * BAR_ROW, CHART_COLOUR.rule, 0.75);
}
