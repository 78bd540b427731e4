import { GraphQLLocalDate, GraphQLJSONObject, described } from '@kpi/platform';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssignmentStatus, QualityRating, Timeliness } from '../entities/index.js';

@InputType({
  description: described(
    'A person and the dates to score them on (inclusive, at most 366 days)',
    'Một người và khoảng ngày để tính điểm (tính cả hai đầu, tối đa 366 ngày)',
  ),
})
export class ScoringFactsRange {
  @Field(() => ID, { description: described('The person’s employee id', 'Mã nhân sự') }) employeeId: string;
  @Field(() => GraphQLLocalDate, { description: described('First day', 'Ngày đầu') }) from: string;
  @Field(() => GraphQLLocalDate, { description: described('Last day (inclusive)', 'Ngày cuối (tính cả ngày này)') }) to: string;
}

/** ScoringItemFacts as columns: one list per field, one value per group. */
export type ScoringItemColumns = { [K in keyof ScoringItemFacts]: ScoringItemFacts[K][] };
/** The columns packed: each one text of its values joined by commas. */
export type ScoringItemPackedColumns = { [K in keyof ScoringItemFacts]: string };
/** The packed columns naming each group's item by its index in the batch's workItemIds (`workItem`) instead of its id. */
export type ScoringItemIndexedColumns = { workItem: string } & Omit<ScoringItemPackedColumns, 'workItemId'>;

@ObjectType({
  description: described(
    'Approved entries of one range with the same terms: item, catalogue version, standard minutes and coefficient as on their work dates (work points = quantity × standard minutes × coefficient)',
    'Các mục đã duyệt trong một khoảng có cùng điều kiện: đầu công việc, phiên bản danh mục, số phút chuẩn và hệ số tại ngày làm việc (điểm công việc = số lượng × số phút chuẩn × hệ số)',
  ),
})
export class ScoringItemFacts {
  @Field(() => ID, { description: described('The work item’s id', 'Mã đầu công việc') }) workItemId: string;
  @Field(() => Int, { description: described('The catalogue version on the work dates', 'Phiên bản danh mục tại các ngày làm việc') })
  version: number;
  @Field(() => Float, { description: described('Standard minutes per unit', 'Số phút chuẩn cho mỗi đơn vị') }) standardMinutes: number;
  @Field(() => Float, { description: described('Scoring coefficient', 'Hệ số tính điểm') }) coefficient: number;
  @Field(() => Int, { description: described('How many entries', 'Số mục nhật ký') }) entries: number;
  @Field(() => Float, { description: described('Σ quantity', 'Tổng số lượng') }) quantity: number;
  @Field(() => Int, { description: described('Σ minutes actually spent, as claimed', 'Tổng số phút thực tế theo kê khai') })
  actualMinutes: number;
  @Field(() => Float, {
    description: described(
      'Quantity of those entries that advance no assignment (work the person took on)',
      'Số lượng của các mục không thuộc việc được giao nào (việc tự thực hiện)',
    ),
  })
  selfInitiatedQuantity: number;
}

@ObjectType({
  description: described(
    'An assignment due in the range, with the facts its products are scored on (Decree 335)',
    'Một việc được giao đến hạn trong khoảng, với các dữ kiện để chấm điểm sản phẩm (Nghị định 335)',
  ),
})
export class ScoringAssignmentFacts {
  @Field(() => ID, { description: described('The assignment’s id', 'Mã của việc được giao') }) id: string;
  @Field(() => GraphQLLocalDate, {
    description: described('The deadline in force (after any extension)', 'Thời hạn hiện hành (sau khi gia hạn, nếu có)'),
  })
  deadline: string;
  @Field(() => GraphQLLocalDate, {
    description: described(
      'The deadline moved to the next working day when it falls on a day off',
      'Thời hạn dời sang ngày làm việc kế tiếp nếu rơi vào ngày nghỉ',
    ),
  })
  effectiveDeadline: string;
  @Field(() => AssignmentStatus, { description: described('Its status', 'Trạng thái') }) status: AssignmentStatus;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: described('The day of the last submission; null: not submitted', 'Ngày báo cáo hoàn thành lần cuối; null: chưa báo cáo'),
  })
  submittedOn: string | null;
  @Field(() => Timeliness, { description: described('As of today (Vietnam)', 'Tính đến hôm nay (giờ Việt Nam)') }) timeliness: Timeliness;
  @Field(() => Float, { description: described('Units expected (the assigned products)', 'Số lượng dự kiến (sản phẩm được giao)') })
  expectedQuantity: number;
  @Field(() => Float, {
    nullable: true,
    description: described('Units reported done; null: not reported', 'Số lượng báo cáo đã làm; null: chưa báo cáo'),
  })
  quantityDone: number | null;
  @Field(() => QualityRating, {
    nullable: true,
    description: described('The assigner’s rating; null: not completed', 'Đánh giá của người giao việc; null: chưa hoàn thành'),
  })
  quality: QualityRating | null;
  @Field(() => Int, {
    description: described('Major errors (each takes 25 % of the quality points)', 'Số lỗi lớn (mỗi lỗi trừ 25 % điểm chất lượng)'),
  })
  majorErrors: number;
  @Field(() => Int, {
    description: described('Of those, exempt (objective cause confirmed)', 'Trong số đó, số lỗi được miễn trừ (nguyên nhân khách quan)'),
  })
  excusedErrors: number;
  @Field(() => Int, {
    description: described('Delays (each takes 25 % of the progress points)', 'Số lần chậm trễ (mỗi lần trừ 25 % điểm tiến độ)'),
  })
  delays: number;
  @Field(() => Int, {
    description: described('Of those, exempt (objective cause confirmed)', 'Trong số đó, số lần được miễn trừ (nguyên nhân khách quan)'),
  })
  excusedDelays: number;
  @Field(() => Boolean, {
    nullable: true,
    description: described(
      'True when a history import brought it in; absent otherwise',
      'True khi được nhập từ lịch sử; không có trong trường hợp khác',
    ),
  })
  imported?: boolean;
}

@ObjectType({
  description: described(
    'What the diary knows of one person over one range, aggregated: what scoring is computed from',
    'Những gì nhật ký biết về một người trong một khoảng, đã tổng hợp: căn cứ để tính điểm',
  ),
})
export class ScoringFacts {
  @Field(() => ID, { description: described('The person’s employee id', 'Mã nhân sự') }) employeeId: string;
  @Field(() => GraphQLLocalDate, { description: described('First day', 'Ngày đầu') }) from: string;
  @Field(() => GraphQLLocalDate, { description: described('Last day (inclusive)', 'Ngày cuối (tính cả ngày này)') }) to: string;
  @Field(() => Int, {
    description: described(
      'Working days in the range (Monday–Friday, holidays and swapped days of the working calendar)',
      'Số ngày làm việc trong khoảng (thứ Hai–thứ Sáu, theo ngày lễ và ngày làm bù của lịch làm việc)',
    ),
  })
  workingDays: number;
  @Field(() => Int, {
    description: described('Of the working days, those on approved leave', 'Trong số ngày làm việc, số ngày nghỉ phép đã duyệt'),
  })
  leaveDays: number;
  @Field(() => Int, {
    description: described(
      'Working days not on leave with at least one entry, whatever its status',
      'Số ngày làm việc không nghỉ phép có ít nhất một mục nhật ký, ở bất kỳ trạng thái nào',
    ),
  })
  declaredDays: number;
  @Field(() => Int, {
    description: described(
      'Entries flagged LATE_DECLARATION (declared after the deadline for their date)',
      'Số mục gắn cảnh báo LATE_DECLARATION (kê khai sau hạn của ngày đó)',
    ),
  })
  lateDeclarations: number;
  @Field(() => Int, {
    description: described('Distinct days with an entry flagged OVER_STANDARD_DAY', 'Số ngày có mục gắn cảnh báo OVER_STANDARD_DAY'),
  })
  daysOverStandard: number;
  @Field(() => Int, { description: described('Entries flagged FAR_ABOVE_STANDARD', 'Số mục gắn cảnh báo FAR_ABOVE_STANDARD') })
  farAboveStandardEntries: number;
  @Field(() => Int, { description: described('All entries, whatever their status', 'Tổng số mục, ở mọi trạng thái') }) entries: number;
  @Field(() => Int, {
    description: described('Approved entries: only these count for scoring', 'Số mục đã duyệt: chỉ các mục này được tính điểm'),
  })
  approvedEntries: number;
  @Field(() => Int, { description: described('Σ actual minutes of the approved entries', 'Tổng số phút thực tế của các mục đã duyệt') })
  approvedActualMinutes: number;
  @Field(() => Int, {
    description: described(
      'Of the approved entries, those brought in by a history import (source IMPORT)',
      'Trong số mục đã duyệt, số mục được nhập từ lịch sử (nguồn IMPORT)',
    ),
  })
  importedEntries: number;
  // The lists are JSON objects shaped as ScoringItemFacts / ScoringAssignmentFacts: a province
  // month is millions of such fields, and resolving each one through GraphQL cost ten times the
  // SQL. The shapes stay in the schema (orphaned types below) as their documentation.
  @Field(() => [GraphQLJSONObject], {
    description: described(
      'Approved entries grouped by item, version, standard minutes and coefficient: each shaped as ScoringItemFacts',
      'Các mục đã duyệt nhóm theo đầu công việc, phiên bản, số phút chuẩn và hệ số: mỗi phần tử có dạng ScoringItemFacts',
    ),
  })
  items: ScoringItemFacts[];
  @Field(() => GraphQLJSONObject, {
    description: described(
      'The same groups as items, in the same order, as one object of columns: workItemId, version, standardMinutes, coefficient, entries, quantity, actualMinutes and selfInitiatedQuantity, each a list with one value per group — a third of the size of items, for batches of thousands of ranges',
      'Cùng các nhóm như items, cùng thứ tự, dưới dạng một đối tượng gồm các cột: workItemId, version, standardMinutes, coefficient, entries, quantity, actualMinutes và selfInitiatedQuantity, mỗi cột là một danh sách có một giá trị cho mỗi nhóm — bằng một phần ba kích thước của items, dùng cho các lô hàng nghìn khoảng',
    ),
  })
  itemGroups: ScoringItemColumns;
  @Field(() => GraphQLJSONObject, {
    description: described(
      'The same groups as items, in the same order, as one object of packed columns: the columns of itemGroups, each one text of its values joined by commas (no value holds a comma; numbers written as JSON writes them) — what a batch of thousands of ranges reads cheapest: a text is one value however many groups it holds',
      'Cùng các nhóm như items, cùng thứ tự, dưới dạng một đối tượng gồm các cột nén: các cột của itemGroups, mỗi cột là một chuỗi gồm các giá trị nối bằng dấu phẩy (không giá trị nào chứa dấu phẩy; số viết như JSON viết) — dạng rẻ nhất cho các lô hàng nghìn khoảng: một chuỗi là một giá trị dù chứa bao nhiêu nhóm',
    ),
  })
  packedItemGroups: ScoringItemPackedColumns;
  @Field(() => Float, {
    description: described(
      'Work points of the approved entries: Σ quantity × standard minutes × coefficient over the groups of items, multiplied and added in double precision in the order of their terms (item, version, standard minutes, coefficient) — the same number, to the last bit, as adding up the groups of packedItemGroups in their order; asked alone, the groups are not read',
      'Điểm công việc của các mục đã duyệt: tổng số lượng × số phút chuẩn × hệ số trên các nhóm đầu công việc, nhân và cộng với độ chính xác kép theo thứ tự các điều kiện (đầu công việc, phiên bản, số phút chuẩn, hệ số) — đúng bằng, đến từng bit, tổng các nhóm của packedItemGroups theo thứ tự của chúng; khi chỉ hỏi trường này, các nhóm không được đọc',
    ),
  })
  workPoints: number;
  @Field(() => [GraphQLJSONObject], {
    description: described(
      'Assignments the person leads whose deadline is in the range: each shaped as ScoringAssignmentFacts',
      'Các việc người đó chủ trì có hạn trong khoảng: mỗi phần tử có dạng ScoringAssignmentFacts',
    ),
  })
  led: ScoringAssignmentFacts[];
  @Field(() => [GraphQLJSONObject], {
    description: described(
      'Assignments the person co-operates on whose deadline is in the range: each shaped as ScoringAssignmentFacts',
      'Các việc người đó phối hợp có hạn trong khoảng: mỗi phần tử có dạng ScoringAssignmentFacts',
    ),
  })
  coOperated: ScoringAssignmentFacts[];
}

/** The assignments of a batch as columns (see PackedScoringFacts.assignments). */
export type ScoringAssignmentColumns = { range: number[]; led: boolean[] } & {
  [K in keyof Required<ScoringAssignmentFacts>]: (K extends 'imported' ? boolean : ScoringAssignmentFacts[K])[];
};

const column = (en: string, vi: string) => ({
  description: described(`${en}: one value per range, in the order asked`, `${vi}: mỗi khoảng một giá trị, theo thứ tự yêu cầu`),
});

@ObjectType({
  description: described(
    'The facts of scoringFacts for a whole batch as columns: each figure one list with one value per range, in the order asked — what a batch of thousands of ranges reads cheapest (no object, no field names, per range)',
    'Các dữ kiện của scoringFacts cho cả một lô dưới dạng cột: mỗi chỉ số là một danh sách có một giá trị cho mỗi khoảng, theo thứ tự yêu cầu — dạng rẻ nhất cho các lô hàng nghìn khoảng (không có đối tượng, không có tên trường cho từng khoảng)',
  ),
})
export class PackedScoringFacts {
  @Field(() => [Int], column('Working days in the range', 'Số ngày làm việc trong khoảng')) workingDays: number[];
  @Field(() => [Int], column('Of the working days, those on approved leave', 'Số ngày nghỉ phép đã duyệt')) leaveDays: number[];
  @Field(() => [Int], column('Working days not on leave with at least one entry', 'Số ngày làm việc có kê khai')) declaredDays: number[];
  @Field(() => [Int], column('Entries flagged LATE_DECLARATION', 'Số mục kê khai muộn')) lateDeclarations: number[];
  @Field(() => [Int], column('Days with an entry flagged OVER_STANDARD_DAY', 'Số ngày vượt chuẩn')) daysOverStandard: number[];
  @Field(() => [Int], column('Entries flagged FAR_ABOVE_STANDARD', 'Số mục vượt xa định mức')) farAboveStandardEntries: number[];
  @Field(() => [Int], column('All entries', 'Tổng số mục')) entries: number[];
  @Field(() => [Int], column('Approved entries', 'Số mục đã duyệt')) approvedEntries: number[];
  @Field(() => [Int], column('Σ actual minutes of the approved entries', 'Tổng số phút thực tế của các mục đã duyệt'))
  approvedActualMinutes: number[];
  @Field(() => [Int], column('Approved entries brought in by a history import', 'Số mục đã duyệt nhập từ lịch sử'))
  importedEntries: number[];
  @Field(
    () => [Float],
    column('Work points, as ScoringFacts.workPoints (asked alone, the groups are not read)', 'Điểm công việc, như ScoringFacts.workPoints'),
  )
  workPoints: number[];
  @Field(
    () => [GraphQLJSONObject],
    column('The item groups, as ScoringFacts.packedItemGroups', 'Các nhóm đầu công việc, như ScoringFacts.packedItemGroups'),
  )
  packedItemGroups: ScoringItemPackedColumns[];
  @Field(() => [ID], {
    description: described(
      'The work items the item groups of indexedItemGroups name, each once, in the order they first appear: a group names its item by its index in this list',
      'Các đầu công việc mà các nhóm của indexedItemGroups nhắc tới, mỗi đầu một lần, theo thứ tự xuất hiện đầu tiên: một nhóm chỉ đầu công việc của nó bằng chỉ số trong danh sách này',
    ),
  })
  workItemIds: string[];
  @Field(
    () => [GraphQLJSONObject],
    column(
      'The item groups as packedItemGroups, but each group naming its item by its index in workItemIds (workItem: the indexes joined by commas, from 0) instead of its id: the cheapest form for a province, whose month names ~200 items in ~212,000 groups',
      'Các nhóm đầu công việc như packedItemGroups, nhưng mỗi nhóm chỉ đầu công việc bằng chỉ số trong workItemIds (workItem: các chỉ số nối bằng dấu phẩy, từ 0) thay cho mã: dạng rẻ nhất cho cả tỉnh, nơi một tháng có ~212.000 nhóm chỉ nhắc ~200 đầu công việc',
    ),
  )
  indexedItemGroups: ScoringItemIndexedColumns[];
  @Field(() => GraphQLJSONObject, {
    description: described(
      'Every range’s assignments, led then co-operated, in the order scoringFacts lists them, as one object of columns with one value per assignment: range (the index of its range in the order asked, from 0), led (true: in led, false: in coOperated) and the fields of ScoringAssignmentFacts, imported false where that field is absent',
      'Các việc được giao của mọi khoảng, chủ trì trước rồi phối hợp, theo thứ tự như scoringFacts, dưới dạng một đối tượng gồm các cột, mỗi việc một giá trị: range (chỉ số khoảng theo thứ tự yêu cầu, từ 0), led (true: chủ trì, false: phối hợp) và các trường của ScoringAssignmentFacts, imported là false khi trường đó vắng',
    ),
  })
  assignments: ScoringAssignmentColumns;
}
