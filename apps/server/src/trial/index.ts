import { DemoSignInResolver } from './demo-sign-in.resolver.js';

export const entities = [];
export const resolvers = [DemoSignInResolver];
