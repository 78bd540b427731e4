import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from '../graphql/scalars.js';

/** Where a job stands. QUEUED also covers a job waiting to retry after an infrastructure failure. */
export enum JobState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(JobState, { name: 'JobState', description: 'Where a long piece of work stands' });

@ObjectType({ description: 'Why a job failed, or what went wrong in one attempt: a stable code and a message a person can act on' })
@Directive('@shareable') // every subgraph that runs long work declares it
export class JobError {
  @Field({ description: 'A stable code (SERVICE_UNAVAILABLE, PERIOD_CLOSED, …)' }) code: string;
  @Field() message: string;
  @Field(() => Int, { description: 'The attempt it happened in (1 for the first)' }) attempt: number;
}

@ObjectType({
  description:
    'Long work (closing a period, preparing an assessment, an import) runs as a job in PostgreSQL: started at once, ' +
    'read here while it runs, resumed by the service if it restarts, never run twice at once for the same scope',
})
@Directive('@shareable')
export class Job {
  @Field(() => ID) id: string;
  @Field({ description: 'What it does, e.g. scoring.period.close' }) kind: string;
  @Field({ description: 'What it works on, e.g. 2026-11 or an agency and year: one job at a time per kind and scope' })
  scope: string;
  @Field(() => JobState) state: JobState;
  @Field(() => String, { nullable: true, description: 'The step it is on (people, facts, scoring, storing)' })
  phase: string | null;
  @Field(() => Int, { description: 'Units of work done in this phase' }) done: number;
  @Field(() => Int, { nullable: true, description: 'Units of work in this phase, when known' }) total: number | null;
  @Field(() => Int, { description: 'Attempts started (a retry after a restart or an outage is another)' }) attempts: number;
  @Field(() => String, { nullable: true, description: 'What it did, in a sentence, once it succeeded' }) summary: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'What it produced, once it succeeded, by kind: e.g. a catalogue import’s { created, revised, unchanged }',
  })
  result: Record<string, unknown> | null;
  @Field(() => [JobError], { description: 'What went wrong, attempt by attempt; the last one failed the job if it FAILED' })
  errors: JobError[];
  @Field({ description: 'Who started it' }) requestedBy: string;
  /** The subject of who started it (not in the schema): they may read the job. */
  requesterSubject: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}
