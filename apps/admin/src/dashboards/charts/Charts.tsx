import { type SxProps, type Theme, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ChartsLabelCustomMarkProps } from '@mui/x-charts/ChartsLabel';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { LineChart } from '@mui/x-charts/LineChart';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { CHART_HEIGHT } from './ChartFigure';
import { seriesColour, wrapLabel, yAxisMin } from './chartStyle';

/**
 * The dashboards' charts, drawn with @mui/x-charts. This module is loaded lazily (charts/index.ts)
 * so that the charting library stays out of the first page's code. Each series is told apart by
 * more than its colour: lines by the shape of their marks (shown in the legend), the baseline of
 * a comparison by a hatched fill; single-series bars by the labels of their axis.
 */

const MARKS = ['circle', 'square', 'diamond', 'triangle', 'star', 'cross', 'wye'] as const;

function useLocaleText() {
  const translate = useTranslate();
  return { noData: translate('cei.dashboard.chart.noData'), loading: translate('ra.page.loading') };
}

export interface LineSeries {
  id: string;
  label: string;
  /** One value per x value; null where the series has none (the line joins across it). */
  data: (number | null)[];
}

/** Lines over time (`scale: 'time'`, Date values) or over named points (`'point'`, strings). */
export function LineChartView({
  x,
  series,
  y,
  reference,
  height = CHART_HEIGHT,
}: {
  x: {
    scale: 'time' | 'point';
    values: (Date | string)[];
    format: (value: Date | string) => string;
  };
  series: LineSeries[];
  y: { format: (value: number) => string; min?: number; max?: number };
  /** A horizontal line with a label, e.g. the baseline. */
  reference?: { value: number; label: string };
  height?: number;
}) {
  const theme = useTheme();
  return (
    <LineChart
      height={height}
      // Room for the last tick's label, centred on the last point.
      margin={{ right: 32 }}
      localeText={useLocaleText()}
      skipAnimation
      xAxis={[
        x.scale === 'time'
          ? {
              scaleType: 'time',
              data: x.values as Date[],
              valueFormatter: (value: Date) => x.format(value),
              tickNumber: 6,
            }
          : {
              scaleType: 'point',
              data: x.values as string[],
              valueFormatter: (value: string) => x.format(value),
            },
      ]}
      yAxis={[
        {
          min: yAxisMin(
            series.flatMap((each) => each.data),
            y.min,
          ),
          max: y.max,
          valueFormatter: (value: number) => y.format(value),
          width: 56,
        },
      ]}
      series={series.map((each, index) => ({
        id: each.id,
        label: each.label,
        data: each.data,
        connectNulls: true,
        // Straight segments: a curve would suggest values between convenings or periods.
        curve: 'linear',
        showMark: true,
        shape: MARKS[index % MARKS.length],
        labelMarkType: 'line+mark',
        color: seriesColour(index),
        valueFormatter: (value: number | null) => (value === null ? '—' : y.format(value)),
      }))}
      slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'top' } } }}
      hideLegend={series.length < 2}
    >
      {reference && (
        <ChartsReferenceLine
          y={reference.value}
          label={reference.label}
          labelAlign="start"
          lineStyle={{ strokeDasharray: '6 4', stroke: theme.palette.text.secondary }}
          labelStyle={{ fontSize: 12, fill: theme.palette.text.secondary }}
        />
      )}
    </LineChart>
  );
}

/** The legend's mark of a hatched series: stripes of its colour, as its bars are drawn. */
function HatchedMark({ className, color }: ChartsLabelCustomMarkProps) {
  return (
    <svg className={className} width={14} height={14} viewBox="0 0 14 14" aria-hidden>
      <rect width={14} height={14} fill="white" stroke={color} />
      <path d="M0 14L14 0M-4 4L4 -4M10 18L18 10M0 7L7 0M7 14L14 7" stroke={color} strokeWidth={2} />
    </svg>
  );
}

export interface BarSeries {
  id: string;
  label: string;
  data: (number | null)[];
  /** Drawn hatched rather than solid: a baseline next to a latest value. */
  hatched?: boolean;
}

/** Bars per category, one or more series side by side; horizontal for long category names. */
export function BarChartView({
  categories,
  series,
  format,
  horizontal = false,
  max,
  height = CHART_HEIGHT,
}: {
  categories: string[];
  series: BarSeries[];
  format: (value: number) => string;
  horizontal?: boolean;
  max?: number;
  height?: number;
}) {
  const theme = useTheme();
  const patternId = useId().replace(/:/g, '');
  const hatchedColor = theme.palette.grey[700];
  const values = { min: 0, max, valueFormatter: (value: number) => format(value) };
  const hatching: Record<string, Record<string, string | number>> = {};
  for (const each of series) {
    if (!each.hatched) continue;
    hatching[`& g[data-series="${each.id}"] rect`] = {
      fill: `url(#${patternId})`,
      stroke: hatchedColor,
      strokeWidth: 1,
    };
  }
  return (
    <>
      <svg width={0} height={0} style={{ position: 'absolute' }} aria-hidden>
        <defs>
          <pattern
            id={patternId}
            patternUnits="userSpaceOnUse"
            width={6}
            height={6}
            patternTransform="rotate(45)"
          >
            <rect width={6} height={6} fill={theme.palette.grey[200]} />
            <line x1={0} y1={0} x2={0} y2={6} stroke={hatchedColor} strokeWidth={3} />
          </pattern>
        </defs>
      </svg>
      <BarChart
        height={height}
        layout={horizontal ? 'horizontal' : 'vertical'}
        localeText={useLocaleText()}
        skipAnimation
        xAxis={[horizontal ? values : { scaleType: 'band', data: categories }]}
        yAxis={[
          horizontal
            ? {
                scaleType: 'band',
                data: categories,
                width: 200,
                valueFormatter: (name: string) => wrapLabel(name),
              }
            : { ...values, width: 64 },
        ]}
        series={series.map((each, index) => ({
          id: each.id,
          label: each.label,
          data: each.data,
          color: each.hatched ? hatchedColor : seriesColour(index),
          labelMarkType: each.hatched ? HatchedMark : 'square',
          valueFormatter: (value: number | null) => (value === null ? '—' : format(value)),
        }))}
        hideLegend={series.length < 2}
        slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'top' } } }}
        sx={hatching as SxProps<Theme>}
      />
    </>
  );
}
