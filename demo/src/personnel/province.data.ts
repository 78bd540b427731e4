import { AgencyKind } from '@kpi/personnel/model';

/**
 * The demo province, modelled on Khanh Hoa after the 2025 reorganisation (two-tier local
 * government: province → communes and wards). 51 agencies, units and localities, with their
 * sectors (by the catalogue's sector codes) and a plausible headcount.
 */
export interface AgencySpec {
  code: string;
  name: string;
  kind: AgencyKind;
  sectors: string[];
  headcount: number;
  /** The professional work it does: the specialist divisions and positions come from here. */
  divisions: string[];
}

const PARTY_DIVISIONS = ['Phòng Tổng hợp', 'Phòng Nghiên cứu', 'Phòng Hành chính - Quản trị'];
const DEPT_SHARED = ['Văn phòng', 'Phòng Kế hoạch - Tài chính', 'Thanh tra'];
const COMMUNE_DIVISIONS = ['Văn phòng HĐND và UBND', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công'];
const WARD_DIVISIONS = [
  'Văn phòng HĐND và UBND',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Văn hóa - Xã hội',
  'Trung tâm Phục vụ hành chính công',
];

export const PROVINCE = { code: 'KH', name: 'Tỉnh Khánh Hòa' };

export const AGENCIES: AgencySpec[] = [
  // Party bodies
  {
    code: 'VPTU',
    name: 'Văn phòng Tỉnh ủy',
    kind: AgencyKind.PARTY_BODY,
    sectors: ['PARTY'],
    headcount: 95,
    divisions: [...PARTY_DIVISIONS, 'Phòng Tài chính - Quản trị', 'Phòng Lưu trữ'],
  },
  {
    code: 'BTCTU',
    name: 'Ban Tổ chức Tỉnh ủy',
    kind: AgencyKind.PARTY_BODY,
    sectors: ['PARTY', 'HOME'],
    headcount: 48,
    divisions: ['Phòng Tổ chức đảng - Đảng viên', 'Phòng Cán bộ', 'Phòng Bảo vệ chính trị nội bộ', 'Văn phòng'],
  },
  {
    code: 'BTGDVTU',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    kind: AgencyKind.PARTY_BODY,
    sectors: ['PARTY', 'MASS'],
    headcount: 52,
    divisions: ['Phòng Lý luận chính trị', 'Phòng Tuyên truyền', 'Phòng Dân vận', 'Văn phòng'],
  },
  {
    code: 'UBKTTU',
    name: 'Ủy ban Kiểm tra Tỉnh ủy',
    kind: AgencyKind.PARTY_BODY,
    sectors: ['PARTY', 'INSPECTION'],
    headcount: 40,
    divisions: ['Phòng Kiểm tra 1', 'Phòng Kiểm tra 2', 'Phòng Giám sát', 'Văn phòng'],
  },
  {
    code: 'BNCTU',
    name: 'Ban Nội chính Tỉnh ủy',
    kind: AgencyKind.PARTY_BODY,
    sectors: ['PARTY', 'JUSTICE'],
    headcount: 28,
    divisions: ['Phòng Nội chính', 'Phòng Phòng, chống tham nhũng', 'Văn phòng'],
  },
  // Fatherland Front and socio-political organisations
  {
    code: 'MTTQ',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    kind: AgencyKind.FATHERLAND_FRONT,
    sectors: ['MASS'],
    headcount: 60,
    divisions: ['Ban Phong trào', 'Ban Dân chủ - Pháp luật', 'Ban Tuyên giáo', 'Văn phòng'],
  },
  {
    code: 'TDOAN',
    name: 'Tỉnh Đoàn',
    kind: AgencyKind.SOCIO_POLITICAL_ORGANISATION,
    sectors: ['MASS'],
    headcount: 34,
    divisions: ['Ban Tổ chức - Kiểm tra', 'Ban Phong trào', 'Văn phòng'],
  },
  {
    code: 'HLHPN',
    name: 'Hội Liên hiệp Phụ nữ tỉnh',
    kind: AgencyKind.SOCIO_POLITICAL_ORGANISATION,
    sectors: ['MASS'],
    headcount: 30,
    divisions: ['Ban Tổ chức - Kiểm tra', 'Ban Gia đình - Xã hội', 'Văn phòng'],
  },
  {
    code: 'HND',
    name: 'Hội Nông dân tỉnh',
    kind: AgencyKind.SOCIO_POLITICAL_ORGANISATION,
    sectors: ['MASS', 'AGRI'],
    headcount: 28,
    divisions: ['Ban Kinh tế - Xã hội', 'Ban Tổ chức - Kiểm tra', 'Văn phòng'],
  },
  {
    code: 'HCCB',
    name: 'Hội Cựu chiến binh tỉnh',
    kind: AgencyKind.SOCIO_POLITICAL_ORGANISATION,
    sectors: ['MASS'],
    headcount: 18,
    divisions: ['Ban Tổ chức - Kiểm tra', 'Văn phòng'],
  },
  {
    code: 'LDLD',
    name: 'Liên đoàn Lao động tỉnh',
    kind: AgencyKind.SOCIO_POLITICAL_ORGANISATION,
    sectors: ['MASS'],
    headcount: 42,
    divisions: ['Ban Tổ chức', 'Ban Chính sách - Pháp luật', 'Văn phòng'],
  },
  // State departments and equivalents
  {
    code: 'VPUB',
    name: 'Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['OFFICE'],
    headcount: 140,
    divisions: ['Phòng Tổng hợp', 'Phòng Kinh tế', 'Phòng Khoa giáo - Văn xã', 'Phòng Công tác HĐND', 'Phòng Quản trị - Tài vụ'],
  },
  {
    code: 'SNV',
    name: 'Sở Nội vụ',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['HOME', 'LABOUR'],
    headcount: 120,
    divisions: [
      ...DEPT_SHARED,
      'Phòng Tổ chức, Biên chế và Tổ chức phi chính phủ',
      'Phòng Công chức, Viên chức',
      'Phòng Xây dựng chính quyền',
      'Phòng Lao động - Việc làm',
    ],
  },
  {
    code: 'STC',
    name: 'Sở Tài chính',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['FINANCE', 'PLANNING'],
    headcount: 165,
    divisions: [
      ...DEPT_SHARED,
      'Phòng Quản lý ngân sách',
      'Phòng Quản lý giá và Công sản',
      'Phòng Tài chính đầu tư',
      'Phòng Đăng ký kinh doanh',
    ],
  },
  {
    code: 'STP',
    name: 'Sở Tư pháp',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['JUSTICE'],
    headcount: 70,
    divisions: [...DEPT_SHARED, 'Phòng Xây dựng và Kiểm tra văn bản', 'Phòng Phổ biến, giáo dục pháp luật', 'Phòng Hành chính tư pháp'],
  },
  {
    code: 'SCT',
    name: 'Sở Công Thương',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['INDUSTRY'],
    headcount: 110,
    divisions: [...DEPT_SHARED, 'Phòng Quản lý công nghiệp', 'Phòng Quản lý thương mại', 'Phòng Quản lý năng lượng'],
  },
  {
    code: 'SNNMT',
    name: 'Sở Nông nghiệp và Môi trường',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['AGRI', 'ENVIRONMENT'],
    headcount: 260,
    divisions: [
      ...DEPT_SHARED,
      'Phòng Trồng trọt và Bảo vệ thực vật',
      'Phòng Quản lý đất đai',
      'Phòng Môi trường',
      'Phòng Thủy sản',
      'Phòng Tài nguyên nước',
    ],
  },
  {
    code: 'SXD',
    name: 'Sở Xây dựng',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['CONSTRUCTION', 'TRANSPORT'],
    headcount: 150,
    divisions: [...DEPT_SHARED, 'Phòng Quản lý xây dựng', 'Phòng Quy hoạch - Kiến trúc', 'Phòng Quản lý giao thông'],
  },
  {
    code: 'SGDDT',
    name: 'Sở Giáo dục và Đào tạo',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['EDUCATION'],
    headcount: 95,
    divisions: [...DEPT_SHARED, 'Phòng Giáo dục phổ thông', 'Phòng Giáo dục mầm non', 'Phòng Quản lý chất lượng'],
  },
  {
    code: 'SYT',
    name: 'Sở Y tế',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['HEALTH'],
    headcount: 90,
    divisions: [...DEPT_SHARED, 'Phòng Nghiệp vụ Y', 'Phòng Nghiệp vụ Dược', 'Phòng Bảo trợ xã hội'],
  },
  {
    code: 'SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['CULTURE'],
    headcount: 105,
    divisions: [...DEPT_SHARED, 'Phòng Quản lý văn hóa', 'Phòng Quản lý thể dục thể thao', 'Phòng Quản lý du lịch'],
  },
  {
    code: 'SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['SCIENCE'],
    headcount: 85,
    divisions: [...DEPT_SHARED, 'Phòng Quản lý khoa học', 'Phòng Chuyển đổi số', 'Phòng Bưu chính - Viễn thông'],
  },
  {
    code: 'TTRA',
    name: 'Thanh tra tỉnh',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['INSPECTION'],
    headcount: 60,
    divisions: ['Văn phòng', 'Phòng Thanh tra 1', 'Phòng Thanh tra 2', 'Phòng Tiếp công dân và Xử lý đơn thư'],
  },
  {
    code: 'SDTTG',
    name: 'Sở Dân tộc và Tôn giáo',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['ETHNIC'],
    headcount: 38,
    divisions: ['Văn phòng', 'Phòng Chính sách dân tộc', 'Phòng Quản lý tôn giáo'],
  },
  {
    code: 'SNGV',
    name: 'Sở Ngoại vụ',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['FOREIGN'],
    headcount: 32,
    divisions: ['Văn phòng', 'Phòng Lãnh sự', 'Phòng Hợp tác quốc tế'],
  },
  {
    code: 'BQLKKT',
    name: 'Ban Quản lý Khu kinh tế Vân Phong',
    kind: AgencyKind.STATE_DEPARTMENT,
    sectors: ['PLANNING', 'CONSTRUCTION'],
    headcount: 55,
    divisions: ['Văn phòng', 'Phòng Quản lý đầu tư', 'Phòng Quản lý quy hoạch và xây dựng'],
  },
  // Public-service units
  {
    code: 'TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công tỉnh',
    kind: AgencyKind.PUBLIC_SERVICE_UNIT,
    sectors: ['OFFICE'],
    headcount: 45,
    divisions: ['Phòng Hành chính - Tổng hợp', 'Phòng Tiếp nhận và Trả kết quả'],
  },
  {
    code: 'DPTTH',
    name: 'Đài Phát thanh và Truyền hình tỉnh',
    kind: AgencyKind.PUBLIC_SERVICE_UNIT,
    sectors: ['CULTURE'],
    headcount: 150,
    divisions: ['Phòng Tổ chức - Hành chính', 'Phòng Thời sự', 'Phòng Chuyên đề', 'Phòng Kỹ thuật'],
  },
  {
    code: 'CDC',
    name: 'Trung tâm Kiểm soát bệnh tật tỉnh',
    kind: AgencyKind.PUBLIC_SERVICE_UNIT,
    sectors: ['HEALTH'],
    headcount: 180,
    divisions: ['Phòng Tổ chức - Hành chính', 'Khoa Phòng, chống bệnh truyền nhiễm', 'Khoa Dinh dưỡng', 'Khoa Xét nghiệm'],
  },
  {
    code: 'CDYT',
    name: 'Trường Cao đẳng Y tế Khánh Hòa',
    kind: AgencyKind.PUBLIC_SERVICE_UNIT,
    sectors: ['EDUCATION', 'HEALTH'],
    headcount: 120,
    divisions: ['Phòng Tổ chức - Hành chính', 'Phòng Đào tạo', 'Khoa Điều dưỡng', 'Khoa Dược'],
  },
  {
    code: 'TTCNTT',
    name: 'Trung tâm Công nghệ thông tin và Truyền thông',
    kind: AgencyKind.PUBLIC_SERVICE_UNIT,
    sectors: ['SCIENCE'],
    headcount: 40,
    divisions: ['Phòng Hành chính - Tổng hợp', 'Phòng Hạ tầng số', 'Phòng Phát triển ứng dụng'],
  },
  // Localities: wards and communes
  ...(
    [
      ['PNT', 'Phường Nha Trang', 'ward', 150],
      ['PBNT', 'Phường Bắc Nha Trang', 'ward', 130],
      ['PTNT', 'Phường Tây Nha Trang', 'ward', 120],
      ['PNNT', 'Phường Nam Nha Trang', 'ward', 125],
      ['PCR', 'Phường Cam Ranh', 'ward', 110],
      ['PBCR', 'Phường Bắc Cam Ranh', 'ward', 95],
      ['PNH', 'Phường Ninh Hòa', 'ward', 105],
      ['PDNH', 'Phường Đông Ninh Hòa', 'ward', 90],
      ['PPR', 'Phường Phan Rang', 'ward', 130],
      ['PDH', 'Phường Đô Vinh', 'ward', 85],
      ['XDK', 'Xã Diên Khánh', 'commune', 100],
      ['XDL', 'Xã Diên Lâm', 'commune', 70],
      ['XVN', 'Xã Vạn Ninh', 'commune', 90],
      ['XVT', 'Xã Vạn Thắng', 'commune', 70],
      ['XCL', 'Xã Cam Lâm', 'commune', 85],
      ['XKV', 'Xã Khánh Vĩnh', 'commune', 75],
      ['XKS', 'Xã Khánh Sơn', 'commune', 65],
      ['XNP', 'Xã Ninh Phước', 'commune', 80],
      ['XNS', 'Xã Ninh Sơn', 'commune', 75],
      ['XBA', 'Xã Bác Ái', 'commune', 60],
    ] as const
  ).map(([code, name, type, headcount]) => ({
    code,
    name,
    kind: AgencyKind.COMMUNE,
    sectors: ['LOCAL'],
    headcount,
    divisions: type === 'ward' ? WARD_DIVISIONS : COMMUNE_DIVISIONS,
  })),
];

/** Which professional title each division's specialists hold. */
export function specialistTitle(division: string): string {
  const topic = division
    .replace(/^(Phòng|Ban|Khoa|Trung tâm|Văn phòng)\s*/u, '')
    .replace(/^(Quản lý|Nghiệp vụ)\s*/u, '')
    .trim();
  return topic ? `Chuyên viên ${topic.charAt(0).toLowerCase()}${topic.slice(1)}` : 'Chuyên viên tổng hợp';
}
