import { ErrorCode } from './errors.js';
import { defineCodeLabels } from './i18n/catalogue.js';

/**
 * Codes said at the HTTP edge, before or around GraphQL (the body, the limits, the safelist):
 * stable like ErrorCode, answered in the same `{ errors: [{ message, extensions: { code } }] }`.
 */
export const EdgeErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  REQUEST_HEADER_FIELDS_TOO_LARGE: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  OPERATION_TOO_COSTLY: 'OPERATION_TOO_COSTLY',
  OPERATION_NOT_SAFELISTED: 'OPERATION_NOT_SAFELISTED',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
} as const;

/** What each generic code means, for a person (a subgraph labels its own codes beside its errors). */
defineCodeLabels({
  [ErrorCode.UNAUTHENTICATED]: { vi: 'Chưa đăng nhập hoặc phiên đăng nhập không hợp lệ', en: 'Not signed in, or the sign-in is not valid' },
  [ErrorCode.FORBIDDEN]: { vi: 'Không có quyền', en: 'Not allowed' },
  [ErrorCode.NOT_FOUND]: { vi: 'Không tìm thấy', en: 'Not found' },
  [ErrorCode.BAD_USER_INPUT]: { vi: 'Dữ liệu nhập không hợp lệ', en: 'Invalid input' },
  [ErrorCode.DUPLICATE_CODE]: { vi: 'Mã đã được dùng', en: 'The code is taken' },
  [ErrorCode.INVALID_REFERENCE]: { vi: 'Tham chiếu không tồn tại', en: 'A reference to nothing' },
  [ErrorCode.INVALID_CURSOR]: { vi: 'Con trỏ phân trang không hợp lệ', en: 'An invalid page cursor' },
  [ErrorCode.OUT_OF_RANGE]: { vi: 'Giá trị ngoài phạm vi cho phép', en: 'A value out of range' },
  [ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS]: {
    vi: 'Ngày hiệu lực phải sau phiên bản trước',
    en: 'The effective date must follow the previous version',
  },
  [ErrorCode.OVERLAPPING_VERSION]: { vi: 'Trùng thời gian hiệu lực với phiên bản khác', en: 'Overlaps another version' },
  [ErrorCode.ALREADY_DECIDED]: { vi: 'Đã được quyết định trước đó', en: 'Already decided' },
  [ErrorCode.JOB_RUNNING]: { vi: 'Công việc này đang chạy', en: 'This work is running' },
  [ErrorCode.INVALID_IMPORT]: { vi: 'Tệp nhập không hợp lệ', en: 'An invalid import' },
  [ErrorCode.SERVICE_UNAVAILABLE]: { vi: 'Dịch vụ tạm thời không sẵn sàng, hãy thử lại', en: 'Temporarily unavailable: try again' },
  [ErrorCode.INTERNAL]: { vi: 'Lỗi nội bộ', en: 'Internal error' },
  [EdgeErrorCode.BAD_REQUEST]: { vi: 'Yêu cầu không đọc được', en: 'An unreadable request' },
  [EdgeErrorCode.PAYLOAD_TOO_LARGE]: { vi: 'Yêu cầu quá lớn', en: 'The request is too large' },
  [EdgeErrorCode.UNSUPPORTED_MEDIA_TYPE]: { vi: 'Định dạng yêu cầu không được hỗ trợ', en: 'An unsupported request format' },
  [EdgeErrorCode.REQUEST_TIMEOUT]: { vi: 'Yêu cầu gửi quá chậm', en: 'The request arrived too slowly' },
  [EdgeErrorCode.REQUEST_HEADER_FIELDS_TOO_LARGE]: { vi: 'Phần đầu yêu cầu quá lớn', en: 'The request headers are too large' },
  [EdgeErrorCode.RATE_LIMITED]: { vi: 'Gửi quá nhiều yêu cầu, hãy chờ rồi thử lại', en: 'Too many requests: wait and retry' },
  [EdgeErrorCode.RESPONSE_TOO_LARGE]: { vi: 'Kết quả quá lớn, hãy thu hẹp truy vấn', en: 'The answer is too large: ask for less' },
  [EdgeErrorCode.OPERATION_TOO_COSTLY]: { vi: 'Truy vấn quá tốn kém, hãy thu hẹp', en: 'The operation costs too much: ask for less' },
  [EdgeErrorCode.OPERATION_NOT_SAFELISTED]: {
    vi: 'Truy vấn chưa được đăng ký cho ứng dụng này',
    en: 'The operation is not registered for this client',
  },
  [EdgeErrorCode.GRAPHQL_PARSE_FAILED]: { vi: 'Truy vấn GraphQL sai cú pháp', en: 'The GraphQL document does not parse' },
  [EdgeErrorCode.GRAPHQL_VALIDATION_FAILED]: { vi: 'Truy vấn không khớp lược đồ', en: 'The operation does not fit the schema' },
});
