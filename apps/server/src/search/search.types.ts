import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum SearchHitKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  TEAM = 'TEAM',
}
registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description: 'What kind of record a search hit is.',
});

@ObjectType({
  description:
    'A record found by the global search: what it is, its id (for its own lookup) and how to show it.',
})
export class SearchHit {
  @Field(() => SearchHitKind, { description: 'Person, organization or team.' })
  kind: SearchHitKind;

  @Field(() => ID, { description: 'The id of the person, organization or team.' })
  id: string;

  @Field(() => String, {
    description: "The record's name: a person's full name, an organization's or a team's name.",
  })
  title: string;

  @Field(() => String, {
    nullable: true,
    description:
      "A second line: a person's job title, an organization's short name and city, a team's cohort.",
  })
  subtitle: string | null;
}
