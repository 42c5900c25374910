import { UI_LANGUAGES, type UiLanguage } from '@cei/domain';
import { Field, InputType } from 'type-graphql';
import { IsEmail, IsIn, Length } from '../common/validation.js';

@InputType({ description: 'An email and password to sign in with.' })
export class SignInInput {
  @Field(() => String)
  @IsEmail()
  email: string;

  @Field(() => String)
  @Length(1, 256)
  password: string;
}

@InputType({ description: 'Your current password and the new one.' })
export class ChangePasswordInput {
  @Field(() => String)
  @Length(1, 256)
  currentPassword: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  newPassword: string;
}

@InputType({ description: 'The interface language you choose.' })
export class ChangeLanguageInput {
  @Field(() => String, { description: '"en" or "es".' })
  @IsIn(UI_LANGUAGES)
  language: UiLanguage;
}
