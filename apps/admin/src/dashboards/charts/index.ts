import { lazyNamed } from '../../common/lazyNamed';

/** The charts, each loaded with the charting library on first use, never with the first page. */
export const LineChartView = lazyNamed(() => import('./Charts'), 'LineChartView');
export const BarChartView = lazyNamed(() => import('./Charts'), 'BarChartView');

export { CHART_HEIGHT, ChartFigure, type ChartTable } from './ChartFigure';
export type { BarSeries, LineSeries } from './Charts';
