import { featureMessages } from '@ketnoi/ui';

/** The frame of the C06 app: its name, navigation, sign-in, the wrong-app page and not found. */
export const appShellMessages = featureMessages(
  {
    'app.title': 'C06 — phê duyệt, theo dõi kết nối',
    'nav.queue': 'Hàng chờ hồ sơ',
    'nav.dashboard': 'Tổng quan',
    'nav.admin': 'Quản trị',
    'login.title': 'Đăng nhập',
    'login.intro': 'Dành cho cán bộ C06 Bộ Công an thẩm định, phê duyệt hồ sơ đăng ký kết nối với CSDLQG về dân cư, theo dõi tiến độ toàn quốc và quản trị hệ thống.',
    'wrongApp.title': 'Ứng dụng này dành cho cán bộ C06',
    'wrongApp.body': 'Bạn đang đăng nhập bằng tài khoản {name} ({unit}). Ứng dụng tại địa chỉ này chỉ dành cho cán bộ C06 Bộ Công an.',
    'wrongApp.goTo.SUBMITTER': 'Đến ứng dụng dành cho đơn vị chủ quản',
    'wrongApp.goTo.PROVINCIAL_REVIEWER': 'Đến ứng dụng dành cho PC06',
    'wrongApp.signOut': 'Đăng xuất để đăng nhập bằng tài khoản C06',
    'notFound.title': 'Không tìm thấy trang',
    'notFound.body': 'Địa chỉ này không có trong ứng dụng.',
    'notFound.back': 'Về trang đầu',
    'common.retry': 'Thử lại',
  },
  {
    'app.title': 'C06 — approving and following connections',
    'nav.queue': 'Dossier queue',
    'nav.dashboard': 'Overview',
    'nav.admin': 'Administration',
    'login.title': 'Sign in',
    'login.intro': 'For C06 officers of the Ministry of Public Security who review and approve connection dossiers, follow the national programme and administer the system.',
    'wrongApp.title': 'This application is for C06 officers',
    'wrongApp.body': 'You are signed in as {name} ({unit}). The application at this address is only for C06 officers of the Ministry of Public Security.',
    'wrongApp.goTo.SUBMITTER': 'Go to the application for owner units',
    'wrongApp.goTo.PROVINCIAL_REVIEWER': 'Go to the application for PC06',
    'wrongApp.signOut': 'Sign out to sign in with a C06 account',
    'notFound.title': 'Page not found',
    'notFound.body': 'This address is not part of the application.',
    'notFound.back': 'Back to the start page',
    'common.retry': 'Try again',
  },
);
