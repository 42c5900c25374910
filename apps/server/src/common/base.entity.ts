import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';

/**
 * What every record has: an opaque id (a UUID, so ids reveal neither order nor counts), a
 * version for optimistic concurrency (a stale update is a CONFLICT), and timestamps.
 */
@ObjectType()
export abstract class BaseEntity {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, {
    description: 'Incremented on every change; send it back with an update to detect conflicts.',
  })
  @Property({ type: 'integer', version: true })
  version = 1;

  @Field(() => DateTimeScalar, { description: 'When the record was created.' })
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { description: 'When the record last changed.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
