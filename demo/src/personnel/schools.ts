import { AgencyKind, childPath, EmploymentStatus, PlacementKind, PositionCategory, sortKey, StaffType } from '@kpi/personnel/model';
import { demoId, foldVietnamese } from '@kpi/platform';
import type { DemoAgency, DemoEmployee, DemoPlacement, DemoPosition, DemoProvince } from './generate.js';
import { vietnameseName } from './names.js';
import { seededRandom } from './random.js';

/**
 * The demo province's schools: public service units of the education sector whose teachers the
 * education subgraph measures in teaching periods. One school of each level, modelled on Nha
 * Trang's: subject groups (tổ chuyên môn) as their divisions, a principal and deputies, a head of
 * each group, teachers, and an office. Added after the rest of the province with a random stream
 * of their own, so the other agencies and people are the same as without them.
 */
export type SchoolLevelCode = 'PRIMARY' | 'LOWER_SECONDARY' | 'UPPER_SECONDARY';

export interface SchoolSpec {
  code: string;
  name: string;
  level: SchoolLevelCode;
  headcount: number;
  /** Subject groups and the subjects their teachers teach (periods a week per class). */
  groups: { name: string; subjects: [string, number][] }[];
}

export const OFFICE_GROUP = 'Tổ Văn phòng';

export const SCHOOLS: SchoolSpec[] = [
  {
    code: 'THPT-LTT',
    name: 'Trường THPT Lý Tự Trọng',
    level: 'UPPER_SECONDARY',
    headcount: 62,
    groups: [
      {
        name: 'Tổ Toán - Tin học',
        subjects: [
          ['Toán', 3],
          ['Tin học', 2],
        ],
      },
      { name: 'Tổ Ngữ văn', subjects: [['Ngữ văn', 3]] },
      { name: 'Tổ Ngoại ngữ', subjects: [['Tiếng Anh', 3]] },
      {
        name: 'Tổ Khoa học tự nhiên',
        subjects: [
          ['Vật lí', 2],
          ['Hóa học', 2],
          ['Sinh học', 2],
        ],
      },
      {
        name: 'Tổ Khoa học xã hội',
        subjects: [
          ['Lịch sử', 2],
          ['Địa lí', 2],
          ['Giáo dục kinh tế và pháp luật', 2],
        ],
      },
      {
        name: 'Tổ Giáo dục thể chất - Quốc phòng',
        subjects: [
          ['Giáo dục thể chất', 2],
          ['Giáo dục quốc phòng và an ninh', 1],
        ],
      },
    ],
  },
  {
    code: 'THCS-TN',
    name: 'Trường THCS Thái Nguyên',
    level: 'LOWER_SECONDARY',
    headcount: 42,
    groups: [
      {
        name: 'Tổ Toán - Tin học',
        subjects: [
          ['Toán', 4],
          ['Tin học', 1],
        ],
      },
      {
        name: 'Tổ Ngữ văn - Lịch sử và Địa lí',
        subjects: [
          ['Ngữ văn', 4],
          ['Lịch sử và Địa lí', 3],
        ],
      },
      {
        name: 'Tổ Khoa học tự nhiên - Ngoại ngữ',
        subjects: [
          ['Khoa học tự nhiên', 4],
          ['Tiếng Anh', 3],
        ],
      },
      {
        name: 'Tổ Nghệ thuật - Thể chất',
        subjects: [
          ['Giáo dục thể chất', 2],
          ['Nghệ thuật', 2],
          ['Công nghệ', 1],
        ],
      },
    ],
  },
  {
    code: 'TH-VH1',
    name: 'Trường Tiểu học Vĩnh Hải 1',
    level: 'PRIMARY',
    headcount: 34,
    groups: [
      {
        name: 'Tổ khối 1 - 2',
        subjects: [
          ['Tiếng Việt', 8],
          ['Toán', 4],
        ],
      },
      {
        name: 'Tổ khối 3 - 5',
        subjects: [
          ['Tiếng Việt', 7],
          ['Toán', 5],
        ],
      },
      {
        name: 'Tổ chuyên biệt',
        subjects: [
          ['Tiếng Anh', 4],
          ['Giáo dục thể chất', 2],
          ['Âm nhạc', 1],
        ],
      },
    ],
  },
];

/** Adds the schools to a generated province (in place) and returns it. */
export function addSchools(province: DemoProvince, { seed, scale }: { seed: number; scale: number }): DemoProvince {
  const random = seededRandom(seed + 2025);
  const root = province.agencies.find((a) => a.depth === 0)!;
  const agency = (code: string, name: string, kind: AgencyKind, parent: DemoAgency): DemoAgency => {
    const id = demoId('agency', code);
    const made: DemoAgency = {
      id,
      code,
      name,
      searchName: foldVietnamese(name),
      kind,
      parentId: parent.id,
      path: childPath(parent.path, id),
      depth: parent.depth + 1,
      sectorCodes: ['EDUCATION'],
    };
    province.agencies.push(made);
    return made;
  };
  for (const spec of SCHOOLS) {
    const school = agency(spec.code, spec.name, AgencyKind.PUBLIC_SERVICE_UNIT, root);
    const groups = [...spec.groups.map((g) => g.name), OFFICE_GROUP].map((name, index) =>
      agency(`${spec.code}-T${String(index + 1).padStart(2, '0')}`, name, AgencyKind.DIVISION, school),
    );
    const position = (code: string, title: string, category: PositionCategory, description: string): DemoPosition => {
      const made: DemoPosition = {
        id: demoId('position', `${spec.code}/${code}`),
        agencyId: school.id,
        code,
        title,
        category,
        description,
        isLeadership: category === PositionCategory.LEADERSHIP,
      };
      province.positions.push(made);
      return made;
    };
    const principal = position('LD-01', 'Hiệu trưởng', PositionCategory.LEADERSHIP, `Quản lý, điều hành ${spec.name}`);
    const deputy = position('LD-02', 'Phó Hiệu trưởng', PositionCategory.LEADERSHIP, 'Phụ trách chuyên môn, cơ sở vật chất');
    const groupHead = position('LD-03', 'Tổ trưởng chuyên môn', PositionCategory.LEADERSHIP, 'Điều hành hoạt động của tổ chuyên môn');
    const teacher = position('GV-01', 'Giáo viên', PositionCategory.PROFESSIONAL, 'Giảng dạy, giáo dục học sinh theo chương trình');
    const clerk = position('DC-02', 'Kế toán - Văn thư', PositionCategory.SHARED_PROFESSIONAL, 'Kế toán, văn thư, lưu trữ của trường');
    const guard = position('HT-02', 'Nhân viên bảo vệ', PositionCategory.SUPPORT, 'Bảo vệ trường học');
    let serial = 0;
    const person = (role: DemoEmployee['role'], at: DemoPosition, group: DemoAgency | null, supervisor: DemoEmployee | null) => {
      serial += 1;
      const code = `${spec.code}-${String(serial).padStart(4, '0')}`;
      const fullName = vietnameseName(random);
      const employee: DemoEmployee = {
        id: demoId('employee', code),
        code,
        fullName,
        searchName: foldVietnamese(fullName),
        sortName: sortKey(fullName),
        staffType: StaffType.PUBLIC_EMPLOYEE, // a school's people are public employees (viên chức)
        agencyId: school.id,
        divisionId: group?.id ?? null,
        positionId: at.id,
        supervisorId: supervisor?.id ?? null,
        status: EmploymentStatus.ACTIVE,
        email: `${code.toLowerCase()}@khanhhoa.edu.vn`,
        role,
      };
      province.employees.push(employee);
      const hired = `${random.int(2005, 2023)}-08-${String(random.int(1, 28)).padStart(2, '0')}`;
      const placement: DemoPlacement = {
        id: demoId('placement', `${code}/${hired}/${PlacementKind.HIRE}`),
        employeeId: employee.id,
        kind: PlacementKind.HIRE,
        agencyId: school.id,
        divisionId: employee.divisionId,
        positionId: at.id,
        supervisorId: employee.supervisorId,
        effectiveFrom: hired,
        effectiveTo: null,
        decisionNumber: null,
        reason: 'Tuyển dụng',
      };
      province.placements.push(placement);
      return employee;
    };
    const headcount = Math.max(2 + groups.length * 3, Math.round(spec.headcount * scale));
    const theHead = person('head', principal, null, null);
    const deputies = Array.from({ length: headcount > 50 ? 2 : 1 }, () => person('deputy', deputy, null, theHead));
    const teaching = groups.slice(0, -1);
    const heads = teaching.map((group, i) => person('divisionHead', groupHead, group, deputies[i % deputies.length]!));
    const office = groups.at(-1)!;
    person('staff', clerk, office, theHead);
    person('staff', guard, office, theHead);
    let left = headcount - serial;
    for (let turn = 0; left > 0; turn += 1, left -= 1) {
      const index = turn % teaching.length;
      person('staff', teacher, teaching[index]!, heads[index]!);
    }
  }
  return province;
}
