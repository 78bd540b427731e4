import { defineMessages } from '@kpi/platform';

/** What the gateway itself says to callers (limits, sign-in, contracts), in the caller's language. */
export const said = defineMessages('gateway', {
  tooManyFailedSignIns: { vi: 'Quá nhiều lần đăng nhập thất bại từ địa chỉ này', en: 'Too many failed sign-ins from this address' },
  tooManyAnonymous: {
    vi: 'Quá nhiều yêu cầu không có mã truy cập từ địa chỉ này',
    en: 'Too many requests without a token from this address',
  },
  tooManyFromCaller: { vi: 'Quá nhiều yêu cầu từ bên gọi này', en: 'Too many requests from this caller' },
  retryIn: { vi: '{{what}}: hãy thử lại sau {{seconds}} giây.', en: '{{what}}: retry in {{seconds}} s.' },
  answerTooLarge: {
    vi: 'Kết quả sẽ dài {{bytes}} byte, vượt giới hạn {{max}}: hãy lấy trang nhỏ hơn (`first`), khoảng ngày hẹp hơn hoặc ít trường hơn.',
    en: 'The answer would be {{bytes}} bytes, over the limit of {{max}}: ask for smaller pages (`first`), a narrower date range or fewer fields.',
  },
  tooCostly: {
    vi:
      'Truy vấn này có thể tốn khoảng {{cost}} (xấp xỉ một cho mỗi đối tượng trong kết quả; giới hạn là {{max}}). ' +
      'Hãy lấy trang nhỏ hơn (`first`), khoảng ngày hẹp hơn (`from`/`to`) hoặc bớt các trường tốn kém trong một lần, rồi lấy tiếp phần còn lại.',
    en:
      'This operation may cost about {{cost}} (about one per object in the answer; the limit is {{max}}). ' +
      'Ask for smaller pages (`first`), a narrower date range (`from`/`to`), or fewer expensive fields at once, and page through the rest.',
  },
  notSafelisted: {
    vi: 'Ứng dụng này chỉ được gửi các truy vấn đã đăng ký cho nó (persisted operations); hãy đăng ký truy vấn này trước.',
    en: 'This client may send only the operations registered for it (persisted operations); register this one first.',
  },
  partnerPath: {
    vi: 'Ứng dụng tích hợp gọi hệ thống tại {{path}}: phần dành cho các ứng dụng tích hợp.',
    en: 'Integration clients call the graph at {{path}}: the part of the graph meant for them.',
  },
  partnerPathRouter: {
    vi: 'Ứng dụng tích hợp gọi hệ thống tại {{path}}: phần dành cho các ứng dụng tích hợp (do gateway Node phục vụ).',
    en: 'Integration clients call the graph at {{path}}: the part of the graph meant for them (served by the Node gateway).',
  },
  notInContract: { vi: 'Không thuộc hợp đồng đối tác: {{problem}}{{more}}', en: 'Not in the partner contract: {{problem}}{{more}}' },
  andMore: { vi: ' (và {{count}} lỗi khác)', en: ' (and {{count}} more)' },
  schemaForSignedIn: {
    vi: 'Đồng chí cần đăng nhập: ở môi trường này lược đồ chỉ hiện cho người đã đăng nhập (lược đồ cũng được công bố trong schema/supergraph.graphql).',
    en: 'Sign in first: in this environment the schema is shown to signed-in callers only (it is also published in schema/supergraph.graphql).',
  },
  introspectionOff: { vi: 'Ở môi trường này không cho xem lược đồ (introspection).', en: 'Introspection is off in this environment.' },
  numberOutOfRange: { vi: 'Số {{value}} nằm ngoài phạm vi cho phép.', en: 'The number {{value}} is out of range.' },
  foreignIssuer: {
    vi: 'Không chấp nhận mã truy cập do {{issuer}} cấp: hãy đăng nhập qua hệ thống định danh của tỉnh.',
    en: 'Tokens from {{issuer}} are not accepted here: sign in with the province’s provider.',
  },
  providerUnreachable: {
    vi: 'Không kết nối được hệ thống định danh {{issuer}} để kiểm tra mã truy cập; hãy thử lại sau giây lát.',
    en: 'The identity provider {{issuer}} cannot be reached to check the token; retry shortly.',
  },
  invalidToken: {
    vi: 'Mã truy cập không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại.',
    en: 'The bearer token is invalid or expired; sign in again.',
  },
  bearerOnly: { vi: 'Gửi mã truy cập dạng `Authorization: Bearer <token>`.', en: 'Send the token as `Authorization: Bearer <token>`.' },
  unknownClient: {
    vi: 'Không có ứng dụng tích hợp {{clientId}} nào đã đăng ký và đang hoạt động.',
    en: 'No integration client {{clientId}} is registered and in service.',
  },
  unknownEmployee: {
    vi: 'Không có cán bộ nào có {{by}} {{value}} trong hồ sơ của tỉnh.',
    en: 'No employee with {{by}} {{value}} is in the province’s records.',
  },
  notInService: {
    vi: '{{name}} ({{code}}) không còn công tác: không thể đăng nhập.',
    en: '{{name}} ({{code}}) is not in service: sign-in is closed.',
  },
});
