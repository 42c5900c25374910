import { OutboxEmailQueries } from './outbox.resolver.js';
import { OutboxEmail } from './outbox-email.entity.js';

export const entities = [OutboxEmail];
export const resolvers = [OutboxEmailQueries];
