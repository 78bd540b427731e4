import { GraphQLLocalDate, described, Parent } from '@kpi/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
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
  @Query(() => [DiaryPolicy], {
    description: described('Every version of the diary rules, oldest first', 'Mọi phiên bản quy định nhật ký, cũ nhất trước'),
  })
  diaryPolicies(@Ctx() ctx: DiaryContext) {
    return lockdown.diaryPolicies(ctx);
  }

  @Query(() => DiaryPolicy, {
    description: described(
      'The diary rules in force on a date (default: today)',
      'Quy định nhật ký có hiệu lực vào một ngày (mặc định: hôm nay)',
    ),
  })
  diaryPolicy(
    @Arg('on', () => GraphQLLocalDate, { nullable: true, description: described('The date; null: today', 'Ngày; null: hôm nay') })
    on: string | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return lockdown.diaryPolicy(ctx, on);
  }

  @Mutation(() => DiaryPolicy, {
    description: described(
      'Province admins: new diary rules from a month on; the latest version then ends the day before (audited)',
      'Quản trị tỉnh: quy định nhật ký mới từ một tháng trở đi; phiên bản mới nhất trước đó kết thúc vào ngày liền trước (có ghi vết)',
    ),
  })
  setDiaryPolicy(
    @Arg('input', { description: described('The new rules', 'Quy định mới') }) input: SetDiaryPolicyInput,
    @Ctx() ctx: DiaryContext,
  ) {
    return lockdown.setDiaryPolicy(ctx, input);
  }

  @Mutation(() => PeriodReopening, {
    description: described(
      'Reopens a closed month until a moment (province admins; audited)',
      'Mở lại một tháng đã khóa đến một thời điểm (quản trị tỉnh; có ghi vết)',
    ),
  })
  reopenDiaryPeriod(
    @Arg('input', { description: described('What to reopen, for whom, until when', 'Mở lại tháng nào, cho ai, đến khi nào') })
    input: ReopenPeriodInput,
    @Ctx() ctx: DiaryContext,
  ) {
    return lockdown.reopenPeriod(ctx, input);
  }

  @Query(() => [PeriodReopening], {
    description: described(
      'A month’s reopenings, newest first (province roles; agency admins: those for their agency or for all)',
      'Các lần mở lại của một tháng, mới nhất trước (vai trò cấp tỉnh; quản trị cơ quan: các lần cho cơ quan mình hoặc cho tất cả)',
    ),
  })
  diaryPeriodReopenings(
    @Arg('month', () => GraphQLLocalDate, { description: described('Any day of the month', 'Một ngày bất kỳ trong tháng') }) month: string,
    @Ctx() ctx: DiaryContext,
  ) {
    return lockdown.periodReopenings(ctx, month);
  }

  @Query(() => [DiaryAudit], {
    description: described(
      'The diary’s audit trail, newest first (province roles; agency admins: their agency’s rows)',
      'Nhật ký kiểm tra (ghi vết) của nhật ký công việc, mới nhất trước (vai trò cấp tỉnh; quản trị cơ quan: các dòng của cơ quan mình)',
    ),
  })
  diaryAudit(
    @Arg('entryId', () => ID, {
      nullable: true,
      description: described('Only rows about this diary entry', 'Chỉ các dòng về mục nhật ký này'),
    })
    entryId: string | undefined,
    @Arg('from', () => Date, { nullable: true, description: described('Only rows from this moment', 'Chỉ các dòng từ thời điểm này') })
    from: Date | undefined,
    @Arg('to', () => Date, { nullable: true, description: described('Only rows up to this moment', 'Chỉ các dòng đến thời điểm này') })
    to: Date | undefined,
    @Arg('first', () => Int, { nullable: true, description: described('1–500, default 100', '1–500, mặc định 100') })
    first: number | undefined,
    @Ctx() ctx: DiaryContext,
  ) {
    return audits.diaryAudit(ctx, { entryId, from, to, first });
  }
}

@Resolver(() => DiaryAudit)
export class DiaryAuditResolver {
  @FieldResolver(() => Employee, {
    nullable: true,
    description: described(
      'The person whose diary or leave it concerns; null for rules and calendar changes',
      'Người có nhật ký hoặc kỳ nghỉ liên quan; null với thay đổi quy định và lịch',
    ),
  })
  employee(@Parent() row: DiaryAudit) {
    return row.employeeId ? { id: row.employeeId } : null;
  }
}
