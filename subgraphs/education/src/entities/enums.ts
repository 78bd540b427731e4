import { described } from '@kpi/platform';
import { registerEnumType } from 'type-graphql';

/** The levels of general education whose teachers' norms Circular 05/2025/TT-BGDĐT sets. */
export enum SchoolLevel {
  PRIMARY = 'PRIMARY',
  LOWER_SECONDARY = 'LOWER_SECONDARY',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
}
registerEnumType(SchoolLevel, {
  name: 'SchoolLevel',
  description: described(
    'A level of general education; each has its own weekly teaching norms (Circular 05/2025/TT-BGDĐT)',
    'Cấp học phổ thông; mỗi cấp có định mức tiết dạy hằng tuần riêng (Thông tư 05/2025/TT-BGDĐT)',
  ),
  valuesConfig: {
    PRIMARY: { description: described('Primary school (grades 1–5)', 'Tiểu học (lớp 1–5)') },
    LOWER_SECONDARY: { description: described('Lower secondary school (grades 6–9)', 'Trung học cơ sở (lớp 6–9)') },
    UPPER_SECONDARY: { description: described('Upper secondary school (grades 10–12)', 'Trung học phổ thông (lớp 10–12)') },
  },
});

/** The kinds of school whose norms differ (boarding schools for ethnic minorities, semi-boarding…). */
export enum SchoolRegime {
  REGULAR = 'REGULAR',
  SEMI_BOARDING = 'SEMI_BOARDING',
  BOARDING = 'BOARDING',
}
registerEnumType(SchoolRegime, {
  name: 'SchoolRegime',
  description: described(
    'The kind of school, as far as the teaching norm is concerned: the ethnic-minority boarding schools have lower norms',
    'Loại hình trường xét theo định mức tiết dạy: trường phổ thông dân tộc bán trú, nội trú có định mức thấp hơn',
  ),
  valuesConfig: {
    REGULAR: { description: described('A regular school', 'Trường phổ thông') },
    SEMI_BOARDING: {
      description: described(
        'A semi-boarding school for ethnic minorities; where it has no norm of its own, the regular one applies',
        'Trường phổ thông dân tộc bán trú; nếu không có định mức riêng thì áp dụng định mức của trường phổ thông',
      ),
    },
    BOARDING: {
      description: described(
        'A boarding school for ethnic minorities; where it has no norm of its own, the regular one applies',
        'Trường phổ thông dân tộc nội trú; nếu không có định mức riêng thì áp dụng định mức của trường phổ thông',
      ),
    },
  },
});

/** What a person does at a school, as far as the teaching norm is concerned. */
export enum TeachingRole {
  TEACHER = 'TEACHER',
  PRINCIPAL = 'PRINCIPAL',
  DEPUTY_PRINCIPAL = 'DEPUTY_PRINCIPAL',
}
registerEnumType(TeachingRole, {
  name: 'TeachingRole',
  description: described(
    'What a person does at a school, as far as the teaching norm is concerned: each role has its own weekly norm',
    'Chức danh tại trường xét theo định mức tiết dạy: mỗi chức danh có định mức hằng tuần riêng',
  ),
  valuesConfig: {
    TEACHER: { description: described('A teacher', 'Giáo viên') },
    PRINCIPAL: { description: described('The principal: a few periods a week', 'Hiệu trưởng: dạy một số ít tiết mỗi tuần') },
    DEPUTY_PRINCIPAL: {
      description: described('A deputy principal: a few periods a week', 'Phó hiệu trưởng: dạy một số ít tiết mỗi tuần'),
    },
  },
});

/** How a duty's period equivalent is counted. */
export enum DutyBasis {
  /** So many periods for every teaching week the duty is held (homeroom, head of a subject group). */
  PER_WEEK = 'PER_WEEK',
  /** So many periods each time it is done (an exam session, a demonstration lesson). */
  PER_OCCURRENCE = 'PER_OCCURRENCE',
}
registerEnumType(DutyBasis, {
  name: 'DutyBasis',
  description: described(
    'How a duty’s period equivalent is counted: per teaching week held, or per occurrence',
    'Cách quy đổi nhiệm vụ ra tiết dạy: theo mỗi tuần dạy học đảm nhiệm, hoặc theo mỗi lần thực hiện',
  ),
  valuesConfig: {
    PER_WEEK: {
      description: described(
        'So many periods for every teaching week of the term the duty is held (homeroom, head of a subject group)',
        'Số tiết cho mỗi tuần dạy học của học kỳ mà nhiệm vụ được đảm nhiệm (chủ nhiệm lớp, tổ trưởng chuyên môn)',
      ),
    },
    PER_OCCURRENCE: {
      description: described(
        'So many periods each time it is done (an exam session, a demonstration lesson); the day done is required',
        'Số tiết cho mỗi lần thực hiện (một buổi coi thi, một tiết dạy mẫu); bắt buộc ghi ngày thực hiện',
      ),
    },
  },
});

/** What became of one taught period delivered by a school management system. */
export enum TaughtPeriodOutcome {
  RECORDED = 'RECORDED',
  /** The same (source, external id) was delivered before: nothing is written again. */
  ALREADY_RECORDED = 'ALREADY_RECORDED',
  REJECTED = 'REJECTED',
}
registerEnumType(TaughtPeriodOutcome, {
  name: 'TaughtPeriodOutcome',
  description: described('What became of one delivered period', 'Kết quả xử lý một tiết dạy được gửi đến'),
  valuesConfig: {
    RECORDED: { description: described('Written now; periodId is its id', 'Đã ghi nhận lần này; periodId là mã của tiết') },
    ALREADY_RECORDED: {
      description: described(
        'Delivered before by the same system with the same external id: nothing is written again',
        'Đã được cùng hệ thống gửi trước đó với cùng mã bên ngoài: không ghi lại lần nữa',
      ),
    },
    REJECTED: { description: described('Not written; code and message say why', 'Không được ghi; code và message cho biết lý do') },
  },
});
