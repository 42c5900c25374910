import { AuditAction, ImportKind, measurementValue } from '@cei/domain';
import { validateSync } from '../common/validation.js';
import { insertRows } from '../database/bulk-insert.js';
import { Measurement, Metric } from '../outcomes/metric.entity.js';
import { RecordMeasurementInput } from '../outcomes/outcome.inputs.js';
import { outcomeMessages } from '../outcomes/outcome.messages.js';
import { measurementProblems, measurementValueProblem } from '../outcomes/outcome.service.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { CsvRow } from './csv.js';
import { importMessages as m } from './import.messages.js';
import {
  CHUNK_ROWS,
  creationChange,
  type ImportHandler,
  newRecordColumns,
  type WriteResult,
} from './import-kind.js';
import { chunks, Lookup, type Problems, RowReader } from './problems.js';
import { cellsOf, teamLookup } from './shared-lookups.js';

/** RecordMeasurementInput's fields → the file's columns. */
const COLUMNS = {
  metricId: 'metric',
  teamId: 'team',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  value: 'value',
  source: 'source',
  isBaseline: 'is_baseline',
} as const;

interface MeasurementRecord {
  id: string;
  metric: string;
  team: string;
  periodStart: string;
  periodEnd: string;
  value: string;
  source: string;
  isBaseline: boolean;
}

/**
 * Values of metrics for teams, one per row: the metric by key or name, the team by name or id.
 * As with recordMeasurement, one value per team, metric and period start, and a new baseline
 * makes the team's earlier one an ordinary value (so a file holds one baseline per team and
 * metric at most).
 */
export const measurements: ImportHandler = {
  kind: ImportKind.MEASUREMENTS,
  entities: [Measurement],
  refusals: { Measurement: m.mayNotRecordMeasurements },

  async plan(data: ScopedData, rows: readonly CsvRow[], problems: Problems) {
    const metrics = new Lookup(
      await data.em.find(Metric, {}),
      (metric) => [metric.key, metric.name],
      { missing: m.noMetric, shared: m.metricsShareName },
    );
    const teams = await teamLookup(data, cellsOf(rows, 'team'));

    const now = new Date();
    const planned: { row: number; record: MeasurementRecord }[] = [];
    for (const { row, cells } of rows) {
      const read = new RowReader(row, cells, problems);
      const metricCell = read.text('metric', true);
      const teamCell = read.text('team', true);
      let metric: string | null = null;
      let team: string | null = null;
      if (metricCell) {
        const found = metrics.find(metricCell);
        if ('problem' in found) read.problem('metric', found.problem);
        else metric = found.record.id;
      }
      if (teamCell) {
        const found = teams.find(teamCell);
        if ('problem' in found) read.problem('team', found.problem);
        else if (!(await data.coversTeam(found.record.id))) {
          read.problem('team', m.mayNotRecordMeasurements());
        } else team = found.record.id;
      }
      const periodStart = read.date('period_start', true);
      const periodEnd = read.date('period_end', true);
      const number = read.number('value', true);
      let value: string | null = null;
      if (number !== null) {
        const problem = measurementValueProblem(number);
        if (problem) read.problem('value', problem);
        else value = measurementValue(number);
      }
      const source = read.text('source', true);
      const isBaseline = read.yesNo('is_baseline');
      if (source !== null) {
        const input = Object.assign(new RecordMeasurementInput(), {
          metricId: metric ?? undefined,
          teamId: team ?? undefined,
          periodStart,
          periodEnd,
          value: number,
          source,
          isBaseline,
        });
        problems.addValidation(
          row,
          validateSync(input).filter((error) => !['metricId', 'teamId'].includes(error.property)),
          COLUMNS,
        );
      }
      if (periodStart && periodEnd && source) {
        problems.addFields(row, measurementProblems({ periodStart, periodEnd, source }), COLUMNS);
      }
      if (metric && team && periodStart && periodEnd && value && source) {
        planned.push({
          row,
          record: {
            id: newRecordColumns(now).id,
            metric,
            team,
            periodStart,
            periodEnd,
            value,
            source,
            isBaseline,
          },
        });
      }
    }

    // One value per team, metric and period start; one baseline per team and metric.
    const pairs = [...new Set(planned.map(({ record }) => `${record.metric}|${record.team}`))];
    const existing: Measurement[] = [];
    for (const piece of chunks(pairs, 2000)) {
      existing.push(
        ...(await data.em.find(Measurement, {
          $or: piece.map((pair) => {
            const [metric, team] = pair.split('|');
            return { metric, team };
          }),
        })),
      );
    }
    const periodKey = (metric: string, team: string, start: string) => `${metric}|${team}|${start}`;
    const taken = new Set(
      existing.map((value) => periodKey(value.metric.id, value.team.id, value.periodStart)),
    );
    const periodRow = new Map<string, number>();
    const baselineRow = new Map<string, number>();
    for (const { row, record } of planned) {
      const key = periodKey(record.metric, record.team, record.periodStart);
      const samePeriod = outcomeMessages.periodTaken({ start: record.periodStart });
      if (taken.has(key)) problems.add(row, 'period_start', samePeriod);
      const earlier = periodRow.get(key);
      if (earlier) {
        problems.add(row, 'period_start', m.inRow({ problem: samePeriod, row: earlier }));
      } else periodRow.set(key, row);
      if (record.isBaseline) {
        const pair = `${record.metric}|${record.team}`;
        const first = baselineRow.get(pair);
        if (first) problems.add(row, 'is_baseline', m.baselineRepeated({ row: first }));
        else baselineRow.set(pair, row);
      }
    }

    return {
      async write(tx, valid, progress): Promise<WriteResult> {
        const result: WriteResult = { written: [], changes: [], created: { Measurement: 0 } };
        const rowsToWrite = planned.filter((entry) => valid.has(entry.row));
        // A new baseline first makes the team's earlier one an ordinary value (the database
        // allows one baseline per team and metric), as recordMeasurement does.
        const newBaselines = new Map(
          rowsToWrite
            .filter(({ record }) => record.isBaseline)
            .map(({ row, record }) => [`${record.metric}|${record.team}`, row]),
        );
        const demoted = existing.filter(
          (value) => value.isBaseline && newBaselines.has(`${value.metric.id}|${value.team.id}`),
        );
        if (demoted.length) {
          await tx.em.execute(
            `update measurement set is_baseline = false, version = version + 1, updated_at = ? where id in (${demoted.map(() => '?').join(', ')})`,
            [now, ...demoted.map((value) => value.id)],
          );
          for (const value of demoted) {
            const row = newBaselines.get(`${value.metric.id}|${value.team.id}`) as number;
            result.written.push({ entity: Measurement, id: value.id, row, column: 'is_baseline' });
            result.changes.push({
              action: AuditAction.UPDATED,
              entity: 'Measurement',
              entityId: value.id,
              changes: { isBaseline: [true, false] },
            });
          }
        }
        let done = 0;
        for (const chunk of chunks(rowsToWrite, CHUNK_ROWS)) {
          await insertRows(
            tx.em,
            Measurement,
            chunk.map(({ record }) => ({ ...newRecordColumns(now), ...record })),
          );
          for (const { row, record } of chunk) {
            result.written.push({ entity: Measurement, id: record.id, row, column: 'team' });
            result.changes.push(creationChange('Measurement', record as never));
          }
          done += chunk.length;
          result.created.Measurement = done;
          await progress(done);
        }
        return result;
      },
    };
  },
};
