import { Appropriation } from './appropriation.entity.js';
import {
  AppropriationQueries,
  ConveningChildren,
  FundingSummaryResolver,
  MembershipChildren,
  ReimbursementQueries,
  ReimbursementReferences,
  ReimbursementResolver,
  StipendMutations,
  StipendQueries,
  StipendReferences,
  StipendResolver,
  TeamChildren,
} from './funding.resolver.js';
import { Reimbursement } from './reimbursement.entity.js';
import { Stipend } from './stipend.entity.js';

export const entities = [Stipend, Reimbursement, Appropriation];
export const resolvers = [
  StipendQueries,
  StipendMutations,
  StipendResolver,
  StipendReferences,
  TeamChildren,
  ReimbursementQueries,
  ReimbursementResolver,
  ReimbursementReferences,
  MembershipChildren,
  ConveningChildren,
  AppropriationQueries,
  FundingSummaryResolver,
];
