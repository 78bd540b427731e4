import { AgencyKind, childPath, EmploymentStatus, PlacementKind, PositionCategory, sortKey, StaffType } from '@kpi/personnel/model';
import { dayBefore, demoId, foldVietnamese } from '@kpi/platform';
import { vietnameseName } from './names.js';
import { AGENCIES, PROVINCE, specialistTitle, type AgencySpec } from './province.data.js';
import { seededRandom, type Random } from './random.js';
import { addSchools } from './schools.js';

export interface DemoAgency {
  id: string;
  code: string;
  name: string;
  searchName: string;
  kind: AgencyKind;
  parentId: string | null;
  path: string;
  depth: number;
  sectorCodes: string[];
}
export interface DemoPosition {
  id: string;
  agencyId: string;
  code: string;
  title: string;
  category: PositionCategory;
  description: string;
  isLeadership: boolean;
}
export interface DemoEmployee {
  id: string;
  code: string;
  fullName: string;
  searchName: string;
  sortName: string;
  staffType: StaffType;
  agencyId: string;
  divisionId: string | null;
  positionId: string;
  supervisorId: string | null;
  status: EmploymentStatus;
  email: string;
  /** Demo bookkeeping: which role the person plays in the demo. */
  role: 'head' | 'deputy' | 'divisionHead' | 'divisionDeputy' | 'staff';
}
export interface DemoPlacement {
  id: string;
  employeeId: string;
  kind: PlacementKind;
  agencyId: string;
  divisionId: string | null;
  positionId: string;
  supervisorId: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  decisionNumber: string | null;
  reason: string | null;
}
export interface DemoProvince {
  agencies: DemoAgency[];
  positions: DemoPosition[];
  employees: DemoEmployee[];
  placements: DemoPlacement[];
}

const SHARED_DIVISION =
  /^(Văn phòng|Phòng Kế hoạch - Tài chính|Phòng Tổ chức - Hành chính|Phòng Hành chính|Phòng Tài chính - Quản trị|Phòng Quản trị)/u;

function headTitle(spec: AgencySpec): string {
  if (spec.code === 'VPTU' || spec.code === 'VPUB') return 'Chánh Văn phòng';
  if (spec.code === 'UBKTTU') return 'Chủ nhiệm Ủy ban Kiểm tra';
  if (spec.code === 'TTRA') return 'Chánh Thanh tra';
  if (spec.code === 'TDOAN') return 'Bí thư Tỉnh Đoàn';
  if (spec.code === 'CDYT') return 'Hiệu trưởng';
  switch (spec.kind) {
    case AgencyKind.PARTY_BODY:
      return 'Trưởng ban';
    case AgencyKind.STATE_DEPARTMENT:
      return spec.name.startsWith('Sở') ? 'Giám đốc Sở' : 'Trưởng ban';
    case AgencyKind.PUBLIC_SERVICE_UNIT:
      return 'Giám đốc';
    case AgencyKind.COMMUNE:
      return `Chủ tịch UBND ${spec.name.startsWith('Phường') ? 'phường' : 'xã'}`;
    default:
      return 'Chủ tịch';
  }
}

const isoDate = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const randomDate = (random: Random, fromYear: number, toYear: number) =>
  isoDate(random.int(fromYear, toYear), random.int(1, 12), random.int(1, 28));

/**
 * Generates the demo province: deterministic for a seed, ~`targetEmployees` people. Every agency
 * has a head and deputies, divisions with their heads, positions in all four categories,
 * supervisors, and some history (appointments, transfers between agencies, rotations).
 */
export function generateProvince({ seed = 1636, targetEmployees = 7000 } = {}): DemoProvince {
  const random = seededRandom(seed);
  const agencies: DemoAgency[] = [];
  const positions: DemoPosition[] = [];
  const employees: DemoEmployee[] = [];
  const placements: DemoPlacement[] = [];
  const hireDates = new Map<string, string>();

  const addAgency = (code: string, name: string, kind: AgencyKind, parent: DemoAgency | null, sectorCodes: string[]) => {
    const id = demoId('agency', code);
    const agency: DemoAgency = {
      id,
      code,
      name,
      searchName: foldVietnamese(name),
      kind,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
      depth: parent ? parent.depth + 1 : 0,
      sectorCodes,
    };
    agencies.push(agency);
    return agency;
  };
  const addPosition = (agency: DemoAgency, code: string, title: string, category: PositionCategory, description: string) => {
    const position: DemoPosition = {
      id: demoId('position', `${agency.code}/${code}`),
      agencyId: agency.id,
      code,
      title,
      category,
      description,
      isLeadership: category === PositionCategory.LEADERSHIP,
    };
    positions.push(position);
    return position;
  };

  const province = addAgency(PROVINCE.code, PROVINCE.name, AgencyKind.PROVINCE, null, []);
  const totalSpecified = AGENCIES.reduce((sum, spec) => sum + spec.headcount, 0);
  const scale = targetEmployees / totalSpecified;

  for (const spec of AGENCIES) {
    const agency = addAgency(spec.code, spec.name, spec.kind, province, spec.sectors);
    const divisions = spec.divisions.map((name, index) =>
      addAgency(`${spec.code}-P${String(index + 1).padStart(2, '0')}`, name, AgencyKind.DIVISION, agency, spec.sectors),
    );
    const head = addPosition(agency, 'LD-01', headTitle(spec), PositionCategory.LEADERSHIP, `Lãnh đạo, quản lý toàn diện ${spec.name}`);
    const deputy = addPosition(
      agency,
      'LD-02',
      `Phó ${headTitle(spec)}`,
      PositionCategory.LEADERSHIP,
      `Giúp người đứng đầu phụ trách một số lĩnh vực của ${spec.name}`,
    );
    const divisionHead = addPosition(
      agency,
      'LD-03',
      'Trưởng phòng và tương đương',
      PositionCategory.LEADERSHIP,
      'Lãnh đạo một phòng, ban, khoa hoặc đơn vị trực thuộc',
    );
    const divisionDeputy = addPosition(
      agency,
      'LD-04',
      'Phó Trưởng phòng và tương đương',
      PositionCategory.LEADERSHIP,
      'Giúp trưởng phòng phụ trách một số mảng công việc',
    );
    const shared = [
      addPosition(
        agency,
        'DC-01',
        'Chuyên viên tổ chức - nhân sự',
        PositionCategory.SHARED_PROFESSIONAL,
        'Tổ chức bộ máy, biên chế, đánh giá, thi đua khen thưởng',
      ),
      addPosition(agency, 'DC-02', 'Kế toán', PositionCategory.SHARED_PROFESSIONAL, 'Kế toán, quyết toán ngân sách, quản lý tài sản công'),
      addPosition(
        agency,
        'DC-03',
        'Văn thư - Lưu trữ',
        PositionCategory.SHARED_PROFESSIONAL,
        'Tiếp nhận, phát hành văn bản trên E-Office, lưu trữ hồ sơ',
      ),
      addPosition(
        agency,
        'DC-04',
        'Chuyên viên tổng hợp',
        PositionCategory.SHARED_PROFESSIONAL,
        'Tổng hợp, báo cáo, theo dõi nhiệm vụ được giao',
      ),
      ...(spec.kind === AgencyKind.STATE_DEPARTMENT
        ? [
            addPosition(
              agency,
              'DC-05',
              'Chuyên viên pháp chế',
              PositionCategory.SHARED_PROFESSIONAL,
              'Thẩm định, rà soát văn bản quy phạm pháp luật',
            ),
          ]
        : []),
    ];
    const support = [
      addPosition(agency, 'HT-01', 'Nhân viên lái xe', PositionCategory.SUPPORT, 'Lái xe phục vụ công tác'),
      addPosition(agency, 'HT-02', 'Nhân viên bảo vệ', PositionCategory.SUPPORT, 'Bảo vệ trụ sở, tài sản'),
      addPosition(agency, 'HT-03', 'Nhân viên phục vụ', PositionCategory.SUPPORT, 'Phục vụ hội nghị, tạp vụ'),
    ];
    const specialistByDivision = new Map(
      divisions
        .filter((d) => !SHARED_DIVISION.test(d.name))
        .map((division, index) => [
          division.id,
          addPosition(
            agency,
            `CM-${String(index + 1).padStart(2, '0')}`,
            specialistTitle(division.name),
            PositionCategory.PROFESSIONAL,
            `Tham mưu chuyên môn: ${division.name}`,
          ),
        ]),
    );

    const staffType = (leader: boolean, position: DemoPosition) => {
      if (position.category === PositionCategory.SUPPORT) return StaffType.PUBLIC_EMPLOYEE;
      if (spec.kind === AgencyKind.PUBLIC_SERVICE_UNIT) return StaffType.PUBLIC_EMPLOYEE;
      if (leader && spec.kind !== AgencyKind.STATE_DEPARTMENT) return StaffType.CADRE;
      return StaffType.CIVIL_SERVANT;
    };
    const addEmployee = (
      role: DemoEmployee['role'],
      position: DemoPosition,
      division: DemoAgency | null,
      supervisor: DemoEmployee | null,
    ) => {
      agencySerial += 1;
      const code = `${spec.code}-${String(agencySerial).padStart(4, '0')}`;
      const fullName = vietnameseName(random);
      const leader = role !== 'staff';
      const employee: DemoEmployee = {
        id: demoId('employee', code),
        code,
        fullName,
        searchName: foldVietnamese(fullName),
        sortName: sortKey(fullName),
        staffType: staffType(leader, position),
        agencyId: agency.id,
        divisionId: division?.id ?? null,
        positionId: position.id,
        supervisorId: supervisor?.id ?? null,
        status: random.chance(0.012) ? EmploymentStatus.ON_LEAVE : EmploymentStatus.ACTIVE,
        email: `${code.toLowerCase()}@khanhhoa.gov.vn`,
        role,
      };
      employees.push(employee);
      hireDates.set(employee.id, randomDate(random, leader ? 1998 : 2004, 2024));
      return employee;
    };

    let agencySerial = 0;
    // Small demos still need every division staffed: leaders plus at least two people per division.
    const headcount = Math.max(1 + 1 + divisions.length * 4, Math.round(spec.headcount * scale));
    const theHead = addEmployee('head', head, null, null);
    const deputies = Array.from({ length: Math.min(4, 1 + Math.floor(headcount / 70)) }, () =>
      addEmployee('deputy', deputy, null, theHead),
    );
    const divisionHeads = divisions.map((division, index) =>
      addEmployee('divisionHead', divisionHead, division, deputies[index % deputies.length]!),
    );
    const divisionDeputies = divisions.flatMap((division, index) =>
      Array.from({ length: headcount > 120 ? 2 : 1 }, () => addEmployee('divisionDeputy', divisionDeputy, division, divisionHeads[index]!)),
    );
    let left = headcount - 1 - deputies.length - divisionHeads.length - divisionDeputies.length;
    let turn = 0;
    while (left > 0) {
      const index = turn % divisions.length;
      const division = divisions[index]!;
      const specialist = specialistByDivision.get(division.id);
      const position = specialist && random.chance(0.85) ? specialist : random.chance(0.8) ? random.pick(shared) : random.pick(support);
      const supervisor = random.chance(0.75)
        ? divisionHeads[index]!
        : random.pick(divisionDeputies.filter((d) => d.divisionId === division.id));
      addEmployee('staff', position, division, supervisor);
      left -= 1;
      turn += 1;
    }
  }

  // History: every placement starts with a hire; leaders were appointed, some people came by
  // transfer from another agency, some cadres were rotated.
  const positionsByAgency = new Map<string, DemoPosition[]>();
  for (const position of positions)
    positionsByAgency.set(position.agencyId, [...(positionsByAgency.get(position.agencyId) ?? []), position]);
  const topAgencies = agencies.filter((a) => a.depth === 1);
  let decision = 100;
  const place = (employee: DemoEmployee, kind: PlacementKind, from: string, at: Partial<DemoPlacement> = {}): DemoPlacement => {
    const placement: DemoPlacement = {
      id: demoId('placement', `${employee.code}/${from}/${kind}`),
      employeeId: employee.id,
      kind,
      agencyId: employee.agencyId,
      divisionId: employee.divisionId,
      positionId: employee.positionId,
      supervisorId: employee.supervisorId,
      effectiveFrom: from,
      effectiveTo: null,
      decisionNumber: kind === PlacementKind.HIRE ? null : `${(decision += 7)}/QĐ-UBND`,
      reason: null,
      ...at,
    };
    placements.push(placement);
    return placement;
  };
  for (const employee of employees) {
    const hired = hireDates.get(employee.id)!;
    const history: DemoPlacement[] = [];
    const professional = (agencyId: string) =>
      positionsByAgency.get(agencyId)!.find((p) => p.category === PositionCategory.PROFESSIONAL) ??
      positionsByAgency.get(agencyId)!.find((p) => p.category === PositionCategory.SHARED_PROFESSIONAL)!;
    if (employee.role !== 'staff') {
      // Leaders first worked as specialists, then were appointed.
      const appointed = randomDate(random, Math.max(Number(hired.slice(0, 4)) + 3, 2012), 2025);
      history.push(
        place(employee, PlacementKind.HIRE, hired, {
          positionId: professional(employee.agencyId).id,
          supervisorId: null,
          reason: 'Tuyển dụng',
        }),
      );
      history.push(
        place(employee, PlacementKind.APPOINTMENT, appointed > hired ? appointed : dayAfterYears(hired, 3), {
          reason: 'Bổ nhiệm chức vụ lãnh đạo',
        }),
      );
    } else if (random.chance(0.08)) {
      const from = random.pick(topAgencies.filter((a) => a.id !== employee.agencyId));
      const moved = randomDate(random, Math.max(Number(hired.slice(0, 4)) + 1, 2019), 2025);
      history.push(
        place(employee, PlacementKind.HIRE, hired, {
          agencyId: from.id,
          divisionId: null,
          positionId: professional(from.id).id,
          supervisorId: null,
          reason: 'Tuyển dụng',
        }),
      );
      history.push(
        place(
          employee,
          random.chance(0.2) ? PlacementKind.ROTATION : PlacementKind.TRANSFER,
          moved > hired ? moved : dayAfterYears(hired, 1),
          { reason: 'Điều động theo yêu cầu công tác' },
        ),
      );
    } else {
      history.push(place(employee, PlacementKind.HIRE, hired, { reason: 'Tuyển dụng' }));
    }
    for (let i = 0; i < history.length - 1; i += 1) history[i]!.effectiveTo = dayBefore(history[i + 1]!.effectiveFrom);
  }
  return addSchools({ agencies, positions, employees, placements }, { seed, scale });
}

function dayAfterYears(date: string, years: number) {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}
