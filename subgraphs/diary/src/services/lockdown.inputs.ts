import { GraphQLLocalDate } from '@kpi/platform';
import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({ description: 'New diary rules from a month on (province admins; audited)' })
export class SetDiaryPolicyInput {
  @Field(() => GraphQLLocalDate, {
    description: 'The first day of a month, from the current month on, after the latest version starts',
  })
  effectiveFrom: string;
  @Field(() => Int, { description: 'A month closes at the start of this day of the following month (1–28)' }) closeDay: number;
  @Field(() => Int, { description: 'Extra days after the close day (0–15)' }) graceDays: number;
  @Field(() => Int, { description: 'Working days after the work date before an entry is a late declaration (0–20)' })
  lateAfterWorkingDays: number;
  @Field(() => Int, { description: 'The standard day when the position sets none (60–720 minutes)' }) standardDayMinutes: number;
  @Field(() => Float, { description: 'Claims above this multiple of standard time × quantity are flagged (1–99.99)' })
  farAboveFactor: number;
  @Field({ description: 'Why the rules change (kept in the audit trail)' }) reason: string;
}
