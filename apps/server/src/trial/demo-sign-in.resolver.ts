import { Role } from '@cei/domain';
import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { Allow, PUBLIC } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';

@ObjectType({ description: 'A demo account of a trial install, shown on its sign-in page.' })
export class DemoSignIn {
  @Field({ description: 'The email to sign in with.' })
  email!: string;

  @Field(() => Role, { description: 'What the account may do and see.' })
  role!: Role;

  @Field({ description: 'The password every demo account was given when the demo data loaded.' })
  password!: string;
}

/**
 * The demo sign-ins, for the sign-in page of a trial install: only when the invented demo data
 * was loaded into this database (its `seed_load` marker), never on an installation without it.
 */
@Resolver()
export class DemoSignInResolver {
  @Allow(PUBLIC)
  @Query(() => [DemoSignIn], {
    description:
      'The demo accounts (one per role) and their password when this installation holds the invented demo data; empty otherwise.',
  })
  async demoSignIns(@Ctx() { data }: Context): Promise<DemoSignIn[]> {
    const loaded = await data.em.execute("select 1 from seed_load where name = 'demo'");
    if (loaded.length === 0) return [];
    return DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role, password: DEMO_PASSWORD }));
  }
}
