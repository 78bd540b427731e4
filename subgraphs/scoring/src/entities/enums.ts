import { registerEnumType } from 'type-graphql';

export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PeriodStatus, {
  name: 'ScoringPeriodStatus',
  valuesConfig: {
    OPEN: { description: 'Scores are live: they follow the diaries, assignments and policy as they change' },
    CLOSED: { description: 'Scores are frozen with their inputs: recomputing gives the same numbers' },
  },
});

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(PeriodKind, { name: 'ScoringPeriodKind' });

export enum Level {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerEnumType(Level, {
  name: 'ClassificationLevel',
  valuesConfig: {
    EXCELLENT: { description: 'Hoàn thành xuất sắc nhiệm vụ' },
    GOOD: { description: 'Hoàn thành tốt nhiệm vụ' },
    COMPLETED: { description: 'Hoàn thành nhiệm vụ' },
    NOT_COMPLETED: { description: 'Không hoàn thành nhiệm vụ' },
  },
});

export enum Gate {
  OVERDUE = 'OVERDUE',
  DISCIPLINE = 'DISCIPLINE',
}
registerEnumType(Gate, {
  name: 'ClassificationGate',
  valuesConfig: {
    OVERDUE: { description: 'More than the policy’s share (20 %) of due work late or overdue' },
    DISCIPLINE: { description: 'Disciplined in the period' },
  },
});

export enum PositionCategory {
  LEADERSHIP = 'LEADERSHIP',
  PROFESSIONAL = 'PROFESSIONAL',
  SHARED_PROFESSIONAL = 'SHARED_PROFESSIONAL',
  SUPPORT = 'SUPPORT',
}
registerEnumType(PositionCategory, { name: 'PositionCategory' });
