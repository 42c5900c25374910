import { nextProgramYear, programYearOf, todayInPacific } from '@cei/domain';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { AdminContext, SimpleForm } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { ProgramYearInput } from './ProgramYearInput';

describe('the program year input', () => {
  it('offers the program years from CEI’s first, 2018-19, to next year', async () => {
    render(
      <AdminContext i18nProvider={i18nProvider}>
        <SimpleForm toolbar={false} defaultValues={{ programYear: '2019-20' }}>
          <ProgramYearInput />
        </SimpleForm>
      </AdminContext>,
    );
    fireEvent.mouseDown(await screen.findByRole('combobox'));
    const options = within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .map((option) => option.textContent)
      .filter((text) => text && /\d/.test(text));
    expect(options.at(-1)).toBe('2018-19');
    expect(options[0]).toBe(nextProgramYear(programYearOf(todayInPacific())));
  });
});
