import { featureMessages } from '@ketnoi/ui';

/** The frame of the PC06 app: its name, navigation, sign-in, the wrong-app page and not found. */
export const appShellMessages = featureMessages(
  {
    'app.title': 'PC06 — tiếp nhận, thẩm định hồ sơ',
    'nav.queue': 'Hàng chờ hồ sơ',
    'login.title': 'Đăng nhập',
    'login.intro': 'Dành cho cán bộ PC06 Công an cấp tỉnh tiếp nhận, thẩm định hồ sơ đăng ký kết nối với CSDLQG về dân cư của các đơn vị trong tỉnh.',
    'wrongApp.title': 'Ứng dụng này dành cho cán bộ PC06',
    'wrongApp.body': 'Bạn đang đăng nhập bằng tài khoản {name} ({unit}). Ứng dụng tại địa chỉ này chỉ dành cho cán bộ PC06 Công an cấp tỉnh.',
    'wrongApp.goTo.SUBMITTER': 'Đến ứng dụng dành cho đơn vị chủ quản',
    'wrongApp.goTo.NATIONAL_REVIEWER': 'Đến ứng dụng dành cho C06',
    'wrongApp.goTo.NATIONAL_ADMIN': 'Đến ứng dụng dành cho C06',
    'wrongApp.signOut': 'Đăng xuất để đăng nhập bằng tài khoản PC06',
    'notFound.title': 'Không tìm thấy trang',
    'notFound.body': 'Địa chỉ này không có trong ứng dụng.',
    'notFound.back': 'Về hàng chờ hồ sơ',
    'common.retry': 'Thử lại',
  },
  {
    'app.title': 'PC06 — receiving and reviewing dossiers',
    'nav.queue': 'Dossier queue',
    'login.title': 'Sign in',
    'login.intro': 'For PC06 officers of provincial police who receive and review the connection dossiers of units in their province.',
    'wrongApp.title': 'This application is for PC06 officers',
    'wrongApp.body': 'You are signed in as {name} ({unit}). The application at this address is only for PC06 officers of provincial police.',
    'wrongApp.goTo.SUBMITTER': 'Go to the application for owner units',
    'wrongApp.goTo.NATIONAL_REVIEWER': 'Go to the application for C06',
    'wrongApp.goTo.NATIONAL_ADMIN': 'Go to the application for C06',
    'wrongApp.signOut': 'Sign out to sign in with a PC06 account',
    'notFound.title': 'Page not found',
    'notFound.body': 'This address is not part of the application.',
    'notFound.back': 'Back to the dossier queue',
    'common.retry': 'Try again',
  },
);
