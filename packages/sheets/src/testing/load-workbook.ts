import ExcelJS from 'exceljs';

/** Loads written bytes with exceljs's (non-streaming) reader, to inspect what a spreadsheet program sees. Test support only. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}
