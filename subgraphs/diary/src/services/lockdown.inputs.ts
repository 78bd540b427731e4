import { GraphQLLocalDate, described } from '@kpi/platform';
import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({
  description: described(
    'New diary rules from a month on (province admins; audited)',
    'Quy định nhật ký mới từ một tháng trở đi (quản trị tỉnh; có ghi vết)',
  ),
})
export class SetDiaryPolicyInput {
  @Field(() => GraphQLLocalDate, {
    description: described(
      'The first day of a month, from the current month on, after the latest version starts',
      'Ngày đầu của một tháng, từ tháng hiện tại trở đi, sau ngày bắt đầu của phiên bản mới nhất',
    ),
  })
  effectiveFrom: string;
  @Field(() => Int, {
    description: described(
      'A month closes at the start of this day of the following month (1–28)',
      'Tháng bị khóa từ đầu ngày này của tháng sau (1–28)',
    ),
  })
  closeDay: number;
  @Field(() => Int, { description: described('Extra days after the close day (0–15)', 'Số ngày gia hạn sau ngày khóa (0–15)') })
  graceDays: number;
  @Field(() => Int, {
    description: described(
      'Working days after the work date before an entry is a late declaration (0–20)',
      'Số ngày làm việc sau ngày làm việc của mục trước khi bị coi là kê khai muộn (0–20)',
    ),
  })
  lateAfterWorkingDays: number;
  @Field(() => Int, {
    description: described(
      'The standard day when the position sets none (60–720 minutes)',
      'Ngày công chuẩn khi vị trí việc làm không quy định (60–720 phút)',
    ),
  })
  standardDayMinutes: number;
  @Field(() => Float, {
    description: described(
      'Claims above this multiple of standard time × quantity are flagged (1–99.99)',
      'Kê khai vượt bội số này của thời gian chuẩn × số lượng bị gắn cảnh báo (1–99,99)',
    ),
  })
  farAboveFactor: number;
  @Field({
    description: described('Why the rules change (kept in the audit trail)', 'Lý do thay đổi quy định (lưu trong nhật ký ghi vết)'),
  })
  reason: string;
}
