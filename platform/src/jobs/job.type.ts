import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from '../graphql/scalars.js';
import { described } from '../i18n/descriptions.js';

/** Where a job stands. QUEUED also covers a job waiting to retry after an infrastructure failure. */
export enum JobState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(JobState, {
  name: 'JobState',
  description: described('Where a long piece of work stands', 'Tình trạng của một công việc dài'),
  valuesConfig: {
    QUEUED: { description: described('Waiting to run, or to be retried', 'Đang chờ chạy, hoặc chờ chạy lại') },
    RUNNING: { description: described('Running now', 'Đang chạy') },
    SUCCEEDED: { description: described('Done; its summary says what it did', 'Đã xong; phần tóm tắt cho biết kết quả') },
    FAILED: {
      description: described('Ended without doing its work; its errors say why', 'Kết thúc mà không hoàn thành; phần lỗi cho biết lý do'),
    },
  },
});

@ObjectType({
  description: described(
    'Why a job failed, or what went wrong in one attempt: a stable code and a message a person can act on',
    'Lý do một công việc thất bại, hoặc sự cố trong một lần chạy: mã ổn định và thông báo để xử lý',
  ),
})
@Directive('@shareable') // every subgraph that runs long work declares it
export class JobError {
  @Field({
    description: described('A stable code (SERVICE_UNAVAILABLE, PERIOD_CLOSED, …)', 'Mã ổn định (SERVICE_UNAVAILABLE, PERIOD_CLOSED, …)'),
  })
  code: string;
  @Field({
    description: described(
      'What went wrong, in the language of whoever started the job',
      'Điều gì không ổn, bằng ngôn ngữ của người khởi chạy công việc',
    ),
  })
  message: string;
  @Field(() => Int, { description: described('The attempt it happened in (1 for the first)', 'Lần chạy xảy ra sự cố (1 là lần đầu)') })
  attempt: number;
}

@ObjectType({
  description: described(
    'Long work (closing a period, preparing an assessment, an import) runs as a job in PostgreSQL: started at once, ' +
      'read here while it runs, resumed by the service if it restarts, never run twice at once for the same scope',
    'Việc dài (khóa sổ một kỳ, lập danh sách đánh giá, nhập dữ liệu) chạy thành công việc trong PostgreSQL: bắt đầu ngay, ' +
      'theo dõi tại đây khi đang chạy, được dịch vụ chạy tiếp nếu khởi động lại, không bao giờ chạy hai lần cùng lúc cho cùng phạm vi',
  ),
})
@Directive('@shareable')
export class Job {
  @Field(() => ID, { description: described('Its id', 'Mã định danh') }) id: string;
  @Field({ description: described('What it does, e.g. scoring.period.close', 'Loại công việc, ví dụ scoring.period.close') }) kind: string;
  @Field({
    description: described(
      'What it works on, e.g. 2026-11 or an agency and year: one job at a time per kind and scope',
      'Phạm vi công việc, ví dụ 2026-11 hoặc một cơ quan và năm: mỗi loại và phạm vi chỉ một công việc cùng lúc',
    ),
  })
  scope: string;
  @Field(() => JobState, { description: described('Where it stands', 'Tình trạng hiện tại') }) state: JobState;
  @Field(() => String, {
    nullable: true,
    description: described('The step it is on (people, facts, scoring, storing)', 'Bước đang làm (người, số liệu, tính điểm, lưu)'),
  })
  phase: string | null;
  @Field(() => Int, { description: described('Units of work done in this phase', 'Khối lượng đã làm trong bước này') }) done: number;
  @Field(() => Int, {
    nullable: true,
    description: described('Units of work in this phase, when known', 'Tổng khối lượng của bước này, khi đã biết'),
  })
  total: number | null;
  @Field(() => Int, {
    description: described(
      'Attempts started (a retry after a restart or an outage is another)',
      'Số lần đã chạy (chạy lại sau khi khởi động lại hoặc sự cố là một lần nữa)',
    ),
  })
  attempts: number;
  @Field(() => String, {
    nullable: true,
    description: described(
      'What it did, in a sentence, once it succeeded (in the language of whoever started it)',
      'Kết quả tóm tắt trong một câu khi đã xong (bằng ngôn ngữ của người khởi chạy)',
    ),
  })
  summary: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: described(
      'What it produced, once it succeeded, by kind: e.g. a catalogue import’s { created, revised, unchanged }',
      'Số liệu kết quả khi đã xong, theo loại: ví dụ nhập danh mục cho { created, revised, unchanged }',
    ),
  })
  result: Record<string, unknown> | null;
  @Field(() => [JobError], {
    description: described(
      'What went wrong, attempt by attempt; the last one failed the job if it FAILED',
      'Các sự cố theo từng lần chạy; nếu công việc thất bại, sự cố cuối cùng là nguyên nhân',
    ),
  })
  errors: JobError[];
  @Field({ description: described('Who started it', 'Người khởi chạy') }) requestedBy: string;
  /** The subject of who started it (not in the schema): they may read the job. */
  requesterSubject: string;
  @Field({ description: described('When it was started', 'Thời điểm khởi chạy') }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: described('When its first attempt began', 'Thời điểm bắt đầu chạy lần đầu') })
  startedAt: Date | null;
  @Field(() => Date, { nullable: true, description: described('When it ended', 'Thời điểm kết thúc') })
  finishedAt: Date | null;
}
