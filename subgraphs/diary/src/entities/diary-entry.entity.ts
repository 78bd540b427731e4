import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalType } from '@mikro-orm/core';
import { newId, Timestamped, GraphQLLocalDate, described } from '@kpi/platform';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EntryFlag, EntrySource, EntryStatus } from './enums.js';

@ObjectType({
  description: described(
    'What a person did on a working day against one work item. The item’s standard minutes and coefficient as they were on the work date are part of the record: later catalogue edits never change what it earned. Read by the person, their superiors and admins.',
    'Việc một người đã làm trong một ngày làm việc theo một đầu công việc. Số phút chuẩn và hệ số của đầu công việc tại ngày làm việc được lưu cùng mục: sửa danh mục sau này không làm thay đổi điểm đã đạt. Bản thân, cấp trên và quản trị được xem.',
  ),
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'diary_entry' })
export class DiaryEntry extends Timestamped {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID, { description: described('Whose diary it is (employee id)', 'Mã nhân sự của người ghi nhật ký') })
  @Property({ type: 'uuid' })
  employeeId: string;

  /** Where the person worked when the entry was written: the review and analytics scope. */
  @Field(() => ID, {
    description: described(
      'Where the person worked when it was written: the review and analytics scope',
      'Cơ quan của người đó khi ghi: phạm vi duyệt và thống kê',
    ),
  })
  @Property({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, {
    nullable: true,
    description: described(
      'The person’s division when it was written; null: none',
      'Phòng của người đó khi ghi; null: không thuộc phòng nào',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  divisionId: string | null = null;

  @Field(() => GraphQLLocalDate, { description: described('The working day it records', 'Ngày làm việc được ghi') })
  @Property({ type: 'string', columnType: 'date' })
  workDate: string;

  @Field(() => ID, { description: described('The catalogue work item’s id', 'Mã đầu công việc trong danh mục') })
  @Property({ type: 'uuid' })
  workItemId: string;

  @Field(() => Int, {
    description: described('The catalogue version of the item on the work date', 'Phiên bản danh mục của đầu công việc tại ngày làm việc'),
  })
  @Property({ type: 'integer' })
  workItemVersion: number;

  @Field(() => Float, {
    description: described('Standard minutes per unit, as on the work date', 'Số phút chuẩn cho mỗi đơn vị, tại ngày làm việc'),
  })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)' })
  standardMinutes: number;

  @Field(() => Float, { description: described('Scoring coefficient, as on the work date', 'Hệ số tính điểm, tại ngày làm việc') })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(4,2)' })
  coefficient: number;

  @Field(() => Float, { description: described('How many units of the item were done', 'Số lượng đơn vị đã thực hiện') })
  @Property({ type: new DecimalType('number'), columnType: 'numeric(10,2)' })
  quantity: number;

  @Field(() => Int, { description: described('Minutes actually spent, as the person claims', 'Số phút thực tế đã làm, theo kê khai') })
  @Property({ type: 'integer' })
  actualMinutes: number;

  @Field(() => ID, {
    nullable: true,
    description: described(
      'The work assignment it advances; null: self-initiated work',
      'Việc được giao mà mục này thực hiện; null: việc tự thực hiện',
    ),
  })
  @Property({ type: 'uuid', nullable: true })
  assignmentId: string | null = null;

  @Field(() => String, { nullable: true, description: described('The person’s note; null: none', 'Ghi chú của người ghi; null: không có') })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: described(
      'Evidence reference, e.g. an E-Office document number; null: none',
      'Minh chứng, ví dụ số văn bản E-Office; null: không có',
    ),
  })
  @Property({ type: 'text', nullable: true })
  evidenceRef: string | null = null;

  @Field({
    description: described(
      'Whether the item expected evidence on the work date',
      'Đầu công việc có yêu cầu minh chứng tại ngày làm việc hay không',
    ),
  })
  @Property()
  evidenceRequired: boolean = false;

  @Field(() => EntrySource, {
    description: described(
      'How it arrived: typed, from an integration client, or imported',
      'Nguồn: nhập tay, từ hệ thống tích hợp hay nhập lịch sử',
    ),
  })
  @Property({ type: 'text' })
  source: EntrySource = EntrySource.MANUAL;

  @Field(() => String, {
    nullable: true,
    description: described(
      'Intake: the sending system’s id for the event; null for other sources',
      'Tiếp nhận: mã sự kiện của hệ thống gửi; null với các nguồn khác',
    ),
  })
  @Property({ type: 'text', nullable: true })
  externalId: string | null = null;

  /** Intake: which integration client sent it (idempotency is per client). */
  @Property({ type: 'text', nullable: true })
  client: string | null = null;

  @Field(() => EntryStatus, { description: described('Where it is in review', 'Trạng thái duyệt') })
  @Property({ type: 'text' })
  status: EntryStatus = EntryStatus.SUBMITTED;

  @Field(() => String, {
    nullable: true,
    description: described('Who last reviewed it; null: not reviewed yet', 'Người duyệt gần nhất; null: chưa duyệt'),
  })
  @Property({ type: 'text', nullable: true })
  reviewedBy: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: described('When it was last reviewed; null: not reviewed yet', 'Thời điểm duyệt gần nhất; null: chưa duyệt'),
  })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: described('The reviewer’s note; null: none', 'Ghi chú của người duyệt; null: không có'),
  })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Field(() => [EntryFlag], {
    description: described('Warnings raised when it was recorded (they do not block)', 'Các cảnh báo khi ghi (không chặn việc ghi)'),
  })
  @Property({ type: 'text[]' })
  flags: EntryFlag[] = [];

  @Field({
    description: described(
      'Who wrote it (the person, an admin with an override, or an integration client)',
      'Người ghi (bản thân, quản trị dùng quyền override, hoặc hệ thống tích hợp)',
    ),
  })
  @Property({ type: 'text' })
  recordedBy: string;

  /** Standard minutes earned: quantity × standard minutes. */
  get earnedMinutes() {
    return earnedMinutesOf(this);
  }

  /** Work points: quantity × standard minutes × coefficient. */
  get workPoints() {
    return workPointsOf(this);
  }
}

/** An entry as read for showing (plain rows: see `plainRows`), without the entity's derived getters. */
export type DiaryEntryRow = Omit<DiaryEntry, 'earnedMinutes' | 'workPoints'>;

type Earning = Pick<DiaryEntry, 'quantity' | 'standardMinutes' | 'coefficient'>;

/** Standard minutes earned: quantity × standard minutes. */
export const earnedMinutesOf = (entry: Omit<Earning, 'coefficient'>) => Number(entry.quantity) * Number(entry.standardMinutes);

/** Work points: quantity × standard minutes × coefficient. */
export const workPointsOf = (entry: Earning) => earnedMinutesOf(entry) * Number(entry.coefficient);
