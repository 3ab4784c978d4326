import type { ConnectionChannel, DossierPart } from '@ketnoi/domain';

/** The four parts as tables name them (letter 1658/CV-TCTTKĐA; the printouts are official documents, in Vietnamese only). */
export const PART_TITLES: Readonly<Record<DossierPart, string>> = {
  ORG_COMMITMENT: '1. Bản cam kết bảo đảm an ninh, an toàn và bảo mật thông tin của tổ chức',
  ACCOUNT_LIST: '2. Danh sách tài khoản đăng ký sử dụng khai thác dịch vụ dân cư',
  SERVICE_REGISTRATION: '3. Phiếu đăng ký sử dụng dịch vụ trong CSDLQG về dân cư',
  SECURITY_CONFIRMATION: '4. Văn bản xác nhận bảo đảm an ninh, an toàn thông tin (A05)',
};

export const CHANNEL_LABELS: Readonly<Record<ConnectionChannel, string>> = {
  NDXP: 'qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)',
  LGSP: 'qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), kết nối đến NDXP',
  DEDICATED: 'qua kênh truyền riêng',
};
