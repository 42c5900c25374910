import { Appropriation } from './appropriation.entity.js';
import {
  AppropriationQueries,
  ConveningReimbursementsResolver,
  FundingSummaryResolver,
  MembershipReimbursementsResolver,
  ReimbursementQueries,
  ReimbursementResolver,
  StipendQueries,
  StipendResolver,
  TeamStipendsResolver,
} from './funding.resolver.js';
import { Reimbursement } from './reimbursement.entity.js';
import { Stipend } from './stipend.entity.js';

export const entities = [Stipend, Reimbursement, Appropriation];
export const resolvers = [
  StipendQueries,
  StipendResolver,
  TeamStipendsResolver,
  ReimbursementQueries,
  ReimbursementResolver,
  MembershipReimbursementsResolver,
  ConveningReimbursementsResolver,
  AppropriationQueries,
  FundingSummaryResolver,
];
