import { describe, expect, it } from 'vitest';
import * as domain from './index.js';

describe('the package entry point', () => {
  it.each([
    'labelOf',
    'addCalendarMonths',
    'pacificToInstant',
    'programYearOf',
    'compositionOn',
    'vacanciesOf',
    'attendanceBy',
    'conveningSchedule',
    'parseCdsCode',
    'parseMoney',
    'canApplicationTransition',
    'canStipendTransition',
    'TeamRole',
  ])('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
  });
});
