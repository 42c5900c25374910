import { type EnumName, type EnumValue, labelOf, type UiLanguage, VOCABULARY } from '@cei/domain';
import { useMemo } from 'react';
import {
  SelectField,
  type SelectFieldProps,
  SelectInput,
  type SelectInputProps,
  useLocaleState,
} from 'react-admin';

export interface EnumChoice {
  id: string;
  name: string;
}

/** The interface language of the domain labels: react-admin's locale, English by default. */
export function useUiLanguage(): UiLanguage {
  const [locale] = useLocaleState();
  return locale === 'es' ? 'es' : 'en';
}

/** The values of a vocabulary enum, in the domain's order, labelled in `language`. */
export function enumChoices(name: EnumName, language: UiLanguage): EnumChoice[] {
  return Object.values(VOCABULARY[name]).map((value) => ({
    id: value,
    name: labelOf(name, value as EnumValue<typeof name>, language),
  }));
}

export function useEnumChoices(name: EnumName): EnumChoice[] {
  const language = useUiLanguage();
  return useMemo(() => enumChoices(name, language), [name, language]);
}

/** A vocabulary value shown by its label (`TeamRole.STUDENT` → "Student"). */
export function EnumField({
  enumName,
  ...props
}: Omit<SelectFieldProps, 'choices'> & { enumName: EnumName }) {
  // Already labelled in the interface's language by the domain: not message keys.
  return <SelectField {...props} choices={useEnumChoices(enumName)} translateChoice={false} />;
}

/** A select among the values of a vocabulary enum, labelled. */
export function EnumInput({
  enumName,
  ...props
}: Omit<SelectInputProps, 'choices'> & { enumName: EnumName }) {
  return <SelectInput {...props} choices={useEnumChoices(enumName)} translateChoice={false} />;
}
