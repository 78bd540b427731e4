import { GraphQLLocalDate } from '@kpi/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { DiaryAudit, DiaryPolicy, Employee, PeriodReopening } from '../entities/index.js';
import * as audits from '../services/audit.service.js';
import type { DiaryContext } from '../services/context.js';
import * as lockdown from '../services/lockdown.service.js';
import { IntakeOnlyForClients } from './guard.js';
import { ReopenPeriodInput } from '../services/inputs.js';
import { SetDiaryPolicyInput } from '../services/lockdown.inputs.js';

/** The diary's rules over time, the closing of months and their reopening, and the audit trail. */
@Resolver(() => DiaryPolicy)
@UseMiddleware(IntakeOnlyForClients)
export class LockdownResolver {
  @Query(() => [DiaryPolicy], { description: 'Every version of the diary rules, oldest first' })
  diaryPolicies(@Ctx() ctx: DiaryContext) {
    return lockdown.diaryPolicies(ctx);
  }

  @Query(() => DiaryPolicy, { description: 'The diary rules in force on a date (default: today)' })
  diaryPolicy(@Arg('on', () => GraphQLLocalDate, { nullable: true }) on: string | undefined, @Ctx() ctx: DiaryContext) {
    return lockdown.diaryPolicy(ctx, on);
  }

  @Mutation(() => DiaryPolicy, {
    description: 'Province admins: new diary rules from a month on; the latest version then ends the day before (audited)',
  })
  setDiaryPolicy(@Arg('input') input: SetDiaryPolicyInput, @Ctx() ctx: DiaryContext) {
    return lockdown.setDiaryPolicy(ctx, input);
  }

  @Mutation(() => PeriodReopening, { description: 'Reopens a closed month until a moment (province admins; audited)' })
  reopenDiaryPeriod(@Arg('input') input: ReopenPeriodInput, @Ctx() ctx: DiaryContext) {
    return lockdown.reopenPeriod(ctx, input);
  }

  @Query(() => [PeriodReopening], {
    description: 'A month’s reopenings, newest first (province roles; agency admins: those for their agency or for all)',
  })
  diaryPeriodReopenings(
    @Arg('month', () => GraphQLLocalDate, { description: 'Any day of the month' }) month: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return lockdown.periodReopenings(ctx, month);
  }

  @Query(() => [DiaryAudit], {
    description: 'The diary’s audit trail, newest first (province roles; agency admins: their agency’s rows)',
  })
  diaryAudit(
    @Arg('entryId', () => ID, { nullable: true }) entryId: string | undefined,
    @Arg('from', () => Date, { nullable: true }) from: Date | undefined,
    @Arg('to', () => Date, { nullable: true }) to: Date | undefined,
    @Arg('first', () => Int, { nullable: true, description: '1–500, default 100' }) first: number | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return audits.diaryAudit(ctx, { entryId, from, to, first });
  }
}

@Resolver(() => DiaryAudit)
export class DiaryAuditResolver {
  @FieldResolver(() => Employee, { nullable: true, description: 'The person whose diary or leave it concerns' })
  employee(@Root() row: DiaryAudit) {
    return row.employeeId ? { id: row.employeeId } : null;
  }
}
