import { described } from '@kpi/platform';
import { registerEnumType } from 'type-graphql';

export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PeriodStatus, {
  name: 'ScoringPeriodStatus',
  description: described('Whether a period’s scores are still live or frozen', 'Điểm của kỳ còn đang cập nhật hay đã khóa sổ'),
  valuesConfig: {
    OPEN: {
      description: described(
        'Scores are live: they follow the diaries, assignments and policy as they change',
        'Điểm đang cập nhật: thay đổi theo nhật ký, giao việc và chính sách',
      ),
    },
    CLOSED: {
      description: described(
        'Scores are frozen with their inputs: recomputing gives the same numbers',
        'Điểm đã khóa cùng dữ liệu đầu vào: tính lại vẫn cho đúng các số đó',
      ),
    },
  },
});

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(PeriodKind, {
  name: 'ScoringPeriodKind',
  description: described('How long a scoring period is', 'Độ dài của kỳ chấm điểm'),
  valuesConfig: {
    MONTH: { description: described('A calendar month, e.g. 2026-11', 'Một tháng, ví dụ 2026-11') },
    QUARTER: { description: described('A calendar quarter, e.g. 2026-Q4', 'Một quý, ví dụ 2026-Q4') },
    YEAR: { description: described('A calendar year, e.g. 2026', 'Một năm, ví dụ 2026') },
  },
});

export enum Level {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerEnumType(Level, {
  name: 'ClassificationLevel',
  description: described(
    'The four classification levels of the national rules on assessing cadres, civil servants and public employees',
    'Bốn mức xếp loại chất lượng cán bộ, công chức, viên chức theo quy định của Nhà nước',
  ),
  valuesConfig: {
    EXCELLENT: {
      description: described(
        'Excellently completed tasks (Decree 335: 90 points or more)',
        'Hoàn thành xuất sắc nhiệm vụ (Nghị định 335: từ 90 điểm)',
      ),
    },
    GOOD: {
      description: described(
        'Well completed tasks (Decree 335: 70 to under 90)',
        'Hoàn thành tốt nhiệm vụ (Nghị định 335: từ 70 đến dưới 90 điểm)',
      ),
    },
    COMPLETED: {
      description: described('Completed tasks (Decree 335: 50 to under 70)', 'Hoàn thành nhiệm vụ (Nghị định 335: từ 50 đến dưới 70 điểm)'),
    },
    NOT_COMPLETED: {
      description: described(
        'Did not complete tasks (Decree 335: under 50, or failed a gate)',
        'Không hoàn thành nhiệm vụ (Nghị định 335: dưới 50 điểm, hoặc vướng điều kiện loại trừ)',
      ),
    },
  },
});

export enum Gate {
  OVERDUE = 'OVERDUE',
  DISCIPLINE = 'DISCIPLINE',
}
registerEnumType(Gate, {
  name: 'ClassificationGate',
  description: described(
    'A rule that makes a person not completed whatever their points',
    'Điều kiện khiến một người bị xếp loại không hoàn thành nhiệm vụ bất kể số điểm',
  ),
  valuesConfig: {
    OVERDUE: {
      description: described(
        'More than the policy’s share (20 %) of due work late or overdue',
        'Tỷ lệ công việc đến hạn bị chậm hoặc quá hạn vượt ngưỡng của chính sách (20 %)',
      ),
    },
    DISCIPLINE: { description: described('Disciplined in the period', 'Bị kỷ luật trong kỳ') },
  },
});

export enum PositionCategory {
  LEADERSHIP = 'LEADERSHIP',
  PROFESSIONAL = 'PROFESSIONAL',
  SHARED_PROFESSIONAL = 'SHARED_PROFESSIONAL',
  SUPPORT = 'SUPPORT',
}
// Personnel's enum (vị trí việc làm): it describes it.
registerEnumType(PositionCategory, { name: 'PositionCategory' });
