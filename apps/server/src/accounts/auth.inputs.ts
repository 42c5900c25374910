import { UI_LANGUAGES, type UiLanguage } from '@cei/domain';
import { IsEmail, IsIn, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An email and password to sign in with.' })
export class SignInInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
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
  @IsIn(UI_LANGUAGES, { message: 'must be en or es' })
  language: UiLanguage;
}
