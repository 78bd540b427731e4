import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { described, newId, Timestamped } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Gate, Level, PositionCategory } from './enums.js';

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: described('Where an annual assessment stands', 'Tình trạng của kết quả đánh giá năm'),
  valuesConfig: {
    DRAFT: {
      description: described(
        'A proposal: the general criteria are being entered, levels and ranks follow',
        'Dự kiến: đang nhập điểm tiêu chí chung, mức xếp loại và thứ hạng tính theo',
      ),
    },
    CONFIRMED: { description: described('Confirmed by the agency: final', 'Cơ quan đã xác nhận: kết quả chính thức') },
  },
});

@ObjectType({
  description: described(
    'A person’s annual assessment (Decree 335, Regulation 1636): the year’s KPI converted to its share, the general ' +
      'criteria, the total on 100, the level after the gates and the excellent cap, and the rank in the agency. ' +
      'Read by the person, their supervisor and unit head, their agency’s admins and province roles.',
    'Kết quả đánh giá, xếp loại năm của một người (Nghị định 335, Quy định 1636): điểm KPI của năm quy đổi theo tỷ trọng, ' +
      'điểm tiêu chí chung, tổng điểm trên thang 100, mức xếp loại sau các điều kiện loại trừ và giới hạn tỷ lệ xuất sắc, ' +
      'và thứ hạng trong cơ quan. Người được xem: bản thân, cấp trên trực tiếp và trưởng đơn vị, quản trị của cơ quan và các vai trò cấp tỉnh.',
  ),
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'annual_assessment' })
export class AnnualAssessment extends Timestamped {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => Int, { description: described('The year assessed', 'Năm được đánh giá') })
  @Property({ type: 'smallint' })
  year: number;

  @Field(() => ID, { description: described('The person assessed', 'Mã người được đánh giá') })
  @Property({ type: 'uuid' })
  employeeId: string;

  @Field(() => ID, {
    description: described(
      'The agency assessing: where the person worked at the end of the year',
      'Cơ quan đánh giá: nơi người đó công tác vào cuối năm',
    ),
  })
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, {
    nullable: true,
    description: described('Their division at the end of the year; null: none', 'Phòng/đơn vị trực thuộc vào cuối năm; null: không có'),
  })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => PositionCategory, {
    nullable: true,
    description: described(
      'The group of people with similar tasks (for the cap); null: no job position',
      'Nhóm người có nhiệm vụ tương đồng (để tính giới hạn tỷ lệ xuất sắc); null: không có vị trí việc làm',
    ),
  })
  @Property({ type: 'text', nullable: true })
  positionCategory: PositionCategory | null = null;

  @Field({
    description: described(
      'Holds a leadership or management post: the KPI counts for 50 % instead of 70 %',
      'Giữ chức vụ lãnh đạo, quản lý: điểm KPI chiếm 50 % thay vì 70 %',
    ),
  })
  @Property()
  isLeadership: boolean = false;

  @Field(() => Int, { description: described('Months of the year with a KPI score', 'Số tháng trong năm có điểm KPI') })
  @Property({ type: 'smallint' })
  months: number = 0;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'The mean of the monthly KPI scores, 0–100; null: no month scored',
      'Điểm KPI bình quân các tháng, thang 0–100; null: không có tháng nào có điểm',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  kpiScore: number | null = null;

  @Field(() => Float, {
    description: described(
      'The KPI’s share of the total, from the policy: 0.7 for staff, 0.5 for leaders (Regulation 1636)',
      'Tỷ trọng của KPI trong tổng điểm, theo chính sách: 0,7 với người không giữ chức vụ, 0,5 với lãnh đạo (Quy định 1636)',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,3)' })
  kpiShare: number;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'KPI points on the 100-point scale: kpiScore × kpiShare; null: no KPI score',
      'Điểm KPI quy đổi trên thang 100: kpiScore × kpiShare; null: chưa có điểm KPI',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  kpiPoints: number | null = null;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'General criteria scored by the evaluating body (up to 30; 50 for leaders); null: not entered yet',
      'Điểm tiêu chí chung do cấp có thẩm quyền đánh giá chấm (tối đa 30; lãnh đạo 50); null: chưa nhập',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  otherCriteria: number | null = null;

  @Field(() => String, {
    nullable: true,
    description: described('The evaluating body’s note on the general criteria', 'Ghi chú của cấp đánh giá về tiêu chí chung'),
  })
  @Property({ type: 'text', nullable: true })
  otherCriteriaNote: string | null = null;

  @Field({
    description: described(
      'Disciplined in the year: not completed whatever the points',
      'Bị kỷ luật trong năm: xếp loại không hoàn thành nhiệm vụ bất kể số điểm',
    ),
  })
  @Property()
  disciplined: boolean = false;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'Share of the year’s due work late or overdue, 0–1 (above the policy’s gate: not completed); null: no due work',
      'Tỷ lệ công việc đến hạn bị chậm hoặc quá hạn trong năm, 0–1 (vượt ngưỡng chính sách: không hoàn thành); null: không có việc đến hạn',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,4)', nullable: true })
  overdueShare: number | null = null;

  @Field(() => Float, {
    nullable: true,
    description: described(
      'KPI points + general criteria, on 100; null until the criteria are in',
      'Điểm KPI quy đổi + điểm tiêu chí chung, thang 100; null cho đến khi có điểm tiêu chí chung',
    ),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,2)', nullable: true })
  total: number | null = null;

  @Field(() => Level, {
    nullable: true,
    description: described(
      'The level by the total and the policy’s bands alone, before gates and cap; null until the total is known',
      'Mức xếp loại chỉ theo tổng điểm và các khung điểm của chính sách, trước điều kiện loại trừ và giới hạn; null khi chưa có tổng điểm',
    ),
  })
  @Property({ type: 'text', nullable: true })
  levelByBand: Level | null = null;

  @Field(() => Gate, {
    nullable: true,
    description: described(
      'The gate that made the person not completed; null: none applied',
      'Điều kiện loại trừ khiến người đó không hoàn thành nhiệm vụ; null: không có',
    ),
  })
  @Property({ type: 'text', nullable: true })
  gate: Gate | null = null;

  @Field(() => Level, {
    nullable: true,
    description: described(
      'The level after the gates and the excellent cap; null until the total is known',
      'Mức xếp loại sau điều kiện loại trừ và giới hạn tỷ lệ xuất sắc; null khi chưa có tổng điểm',
    ),
  })
  @Property({ type: 'text', nullable: true })
  level: Level | null = null;

  @Field(() => Int, {
    nullable: true,
    description: described(
      'Rank in the agency by total (ties share a rank); null until the total is known',
      'Thứ hạng trong cơ quan theo tổng điểm (bằng điểm thì cùng hạng); null khi chưa có tổng điểm',
    ),
  })
  @Property({ type: 'integer', nullable: true })
  rank: number | null = null;

  @Field({
    description: described(
      'Rated good instead of excellent because of the cap',
      'Xếp loại hoàn thành tốt thay vì xuất sắc do giới hạn tỷ lệ xuất sắc',
    ),
  })
  @Property()
  capped: boolean = false;

  @Field({
    description: described(
      'Tied at the cap’s edge: the agency chooses among the tied when it confirms',
      'Bằng điểm tại ngưỡng giới hạn: cơ quan chọn trong số người bằng điểm khi xác nhận',
    ),
  })
  @Property()
  tiedAtCap: boolean = false;

  @Field(() => AssessmentStatus, { description: described('Proposal or confirmed', 'Dự kiến hay đã xác nhận') })
  @Property({ type: 'text' })
  status: AssessmentStatus = AssessmentStatus.DRAFT;

  @Field(() => String, {
    nullable: true,
    description: described('Who confirmed it; null while it is a proposal', 'Người xác nhận; null khi còn là dự kiến'),
  })
  @Property({ type: 'text', nullable: true })
  confirmedBy: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: described('When it was confirmed; null while it is a proposal', 'Thời điểm xác nhận; null khi còn là dự kiến'),
  })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Field(() => Int, {
    description: described('The scoring policy version it was assessed under', 'Phiên bản chính sách chấm điểm được áp dụng'),
  })
  @Property({ type: 'integer' })
  policyVersion: number;
}
