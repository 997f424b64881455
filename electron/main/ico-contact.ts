/** The ICO's contact details, shown as text (the app never opens a browser). */
export const ICO_HELPLINE = '0303 123 1113';
export const ICO_HELPLINE_HOURS = 'Monday to Friday, 9:00 to 17:00';
export const ICO_REPORT_ADDRESS = 'ico.org.uk/for-organisations/report-a-breach';
