import type { Kysely } from 'kysely';
import { findC06Unit, findPc06Unit, loadReference, type Database, type ReferenceData, type UnitRow } from '@ketnoi/db';
import { fold, localDate, workingDaysBetween, type DossierEvent, type EventOf } from '@ketnoi/domain';
import { localYear, placeNameOf, renderCommitmentPdf, renderReceiptPdf, renderSupplementRequestPdf, type IssuingBody } from '@ketnoi/printouts';
import type { SessionUser } from '../context.ts';
import { auditWriterFor } from './audit-writer.ts';
import { loadParts } from './dossier-content.ts';
import { loadEvents } from './dossier-events.ts';
import { loadDossierView } from './dossier-view.ts';
import { visibleTo } from './jurisdiction.ts';

/** A printout ready to send: an ASCII file name (the dossier code is ASCII) and the PDF. */
export interface Printout {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

type Db = Kysely<Database>;
type PrintoutKind = 'commitment' | 'receipt' | 'supplement-request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Central bodies sit in the capital: their documents are dated "Hà Nội, ngày …". */
const CAPITAL = 'Hà Nội';

/**
 * The organisation's commitment (part 1), pre-filled from the dossier the unit is working on, for
 * the head of the unit to sign. Only a submitter of the owning unit prints it, whatever the status
 * (a unit may print it again after a return). `null` means "not found" to the caller.
 */
export async function commitmentPrintout(db: Db, user: SessionUser | null, dossierId: string, now: Date, requestId: string): Promise<Printout | null> {
  return audited(db, user, dossierId, requestId, 'commitment', async (u) => {
    if (u.role !== 'SUBMITTER') return null;
    const view = await loadDossierView(db, u, dossierId);
    if (!view) return null;
    const system = await db.selectFrom('systems').selectAll().where('id', '=', view.summary.systemId).executeTakeFirstOrThrow();
    const unit = await db.selectFrom('units').selectAll().where('id', '=', view.summary.ownerUnitId).executeTakeFirstOrThrow();
    const reference = await loadReference(db);
    const serviceName = serviceNames(reference);
    const codes = [...new Set(view.parts.serviceRegistration.lines.map((l) => l.serviceCode))];
    const { state } = view;
    const pc06 = state.route === 'PROVINCIAL' && state.queueProvinceCode ? await findPc06Unit(db, state.queueProvinceCode) : undefined;
    const bytes = await renderCommitmentPdf({
      unit: { name: unit.name, superior: unit.parent_body },
      place: unit.province_code ? placeOf(reference, unit.province_code) : CAPITAL,
      year: localYear(now),
      system: {
        name: system.name,
        purpose: system.purpose,
        host: system.host,
        securityLevel: system.security_level,
        securityLevelDecision: system.security_level_decided_on ? { numberAndSymbol: system.security_level_decision, issuedOn: system.security_level_decided_on } : null,
        channel: system.connection_channel,
      },
      services: codes.map((code) => ({ code, name: serviceName(code) })),
      accountCount: view.accountCount,
      signer: { name: unit.head_name, position: unit.head_title },
      route: pc06 ? { kind: 'PROVINCIAL', pc06: policeBody(pc06).line } : { kind: 'NATIONAL' },
      dossierCode: view.summary.code,
      printedAt: now,
    });
    return { fileName: `cam-ket-${view.summary.code}.pdf`, bytes };
  });
}

/**
 * The receipt of the latest submission (first submission or answer to a return): who received it
 * (the PC06 of the province the dossier was routed to, or C06), when, the stage deadline and the
 * parts of the version received. Exists once the dossier has been submitted; anyone who may see
 * the dossier may print it.
 */
export async function receiptPrintout(db: Db, user: SessionUser | null, dossierId: string, now: Date, requestId: string): Promise<Printout | null> {
  return audited(db, user, dossierId, requestId, 'receipt', async (u) => {
    const dossier = await visibleDossier(db, u, dossierId);
    if (!dossier || dossier.status === 'DRAFT' || dossier.submitted_at === null) return null;
    const events = await loadEvents(db, dossier.id);
    const submission = findLast(events, (e): e is EventOf<'SUBMITTED'> | EventOf<'RESUBMITTED'> => e.type === 'SUBMITTED' || e.type === 'RESUBMITTED');
    if (!submission) return null;
    const version = submission.type === 'RESUBMITTED' ? submission.version : 1;
    const reference = await loadReference(db);
    const receiverUnit = submission.routing.route === 'PROVINCIAL' ? await findPc06Unit(db, submission.routing.queueProvinceCode) : await findC06Unit(db);
    if (!receiverUnit) throw new Error('The receiving police unit of a submitted dossier is missing');
    const receiver = policeBody(receiverUnit);
    const parts = await loadParts(db, dossier.id, version);
    const accountCount = await countAccounts(db, dossier.id, version);
    const serviceName = serviceNames(reference);
    const commitment = parts.orgCommitment.document;
    const confirmation = parts.securityConfirmation.confirmation;
    const { stage } = submission;
    const bytes = await renderReceiptPdf({
      receiver: receiver.issuer,
      receivedBy: receiver.line,
      place: receiverUnit.province_code ? placeOf(reference, receiverUnit.province_code) : CAPITAL,
      dossierCode: dossier.code,
      unitName: dossier.unitName,
      systemName: dossier.systemName,
      receivedAt: submission.at,
      version,
      stage: { kind: stage.kind, dueOn: stage.dueOn, workingDays: workingDaysBetween(localDate(stage.startedAt), stage.dueOn, reference.calendar) },
      parts: {
        orgCommitment: commitment ? { numberAndSymbol: commitment.numberAndSymbol, issuedOn: commitment.issuedOn } : null,
        accountCount,
        services: [...new Set(parts.serviceRegistration.lines.map((l) => l.serviceCode))].map((code) => ({ code, name: serviceName(code) })),
        securityConfirmation: confirmation.document
          ? { numberAndSymbol: confirmation.document.numberAndSymbol, issuedOn: confirmation.document.issuedOn, validUntil: confirmation.validUntil }
          : null,
      },
      printedAt: now,
    });
    return { fileName: `phieu-tiep-nhan-${dossier.code}.pdf`, bytes };
  });
}

/**
 * The request for supplements of the latest return: the reviewing body (PC06 or C06) that returned
 * the dossier, the version it reviewed and its deficiencies. For the unit and the reviewers who may
 * see the dossier; none before a first return.
 */
export async function supplementRequestPrintout(db: Db, user: SessionUser | null, dossierId: string, now: Date, requestId: string): Promise<Printout | null> {
  return audited(db, user, dossierId, requestId, 'supplement-request', async (u) => {
    const dossier = await visibleDossier(db, u, dossierId);
    if (!dossier) return null;
    const events = await loadEvents(db, dossier.id);
    const index = events.findLastIndex((e) => e.type === 'RETURNED');
    const returned = events[index];
    if (!returned || returned.type !== 'RETURNED') return null;
    // The version the reviewers saw is the one in force when they returned it.
    const reviewedVersion = fold(events.slice(0, index + 1)).version;
    const reviewerUnit = await db.selectFrom('units').selectAll().where('id', '=', returned.actor.unitId).executeTakeFirstOrThrow();
    const reviewer = policeBody(reviewerUnit);
    const reference = await loadReference(db);
    const bytes = await renderSupplementRequestPdf({
      reviewer: reviewer.issuer,
      reviewerLine: reviewer.line,
      place: reviewerUnit.province_code ? placeOf(reference, reviewerUnit.province_code) : CAPITAL,
      dossierCode: dossier.code,
      unitName: dossier.unitName,
      systemName: dossier.systemName,
      version: reviewedVersion,
      returnedAt: returned.at,
      deficiencies: returned.deficiencies,
      printedAt: now,
    });
    return { fileName: `yeu-cau-bo-sung-${dossier.code}.pdf`, bytes };
  });
}

/** One audit row per download, refusals included (like document downloads); no personal data in it. */
async function audited(db: Db, user: SessionUser | null, dossierId: string, requestId: string, kind: PrintoutKind, make: (user: SessionUser) => Promise<Printout | null>): Promise<Printout | null> {
  const printout = user && UUID.test(dossierId) ? await make(user) : null;
  await auditWriterFor(db).write({
    actorUserId: user?.userId ?? null,
    actorRole: user?.role ?? null,
    actorUnitId: user?.unitId ?? null,
    action: `printout.${kind}`,
    targetType: 'dossier',
    targetId: dossierId.slice(0, 64),
    outcome: printout ? 'OK' : 'REFUSED',
    requestId,
  });
  return printout;
}

/** The dossier through the jurisdiction filter (NOT_FOUND for anything outside it). */
function visibleDossier(db: Db, user: SessionUser, dossierId: string) {
  return db
    .selectFrom('dossiers')
    .innerJoin('units', 'units.id', 'dossiers.owner_unit_id')
    .innerJoin('systems', 'systems.id', 'dossiers.system_id')
    .select(['dossiers.id', 'dossiers.code', 'dossiers.status', 'dossiers.submitted_at', 'units.name as unitName', 'systems.name as systemName'])
    .where('dossiers.id', '=', dossierId)
    .where(visibleTo(user))
    .executeTakeFirst();
}

async function countAccounts(db: Db, dossierId: string, version: number): Promise<number> {
  const row = await db
    .selectFrom('account_rows')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dossier_id', '=', dossierId)
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A police unit as a document heads it: "Công an tỉnh Nghệ An" above "Phòng Cảnh sát QLHC về
 * TTXH", and on one line with its short name, "Phòng Cảnh sát QLHC về TTXH (PC06) – Công an tỉnh
 * Nghệ An". Unit names are stored with their superior after a dash; the header shows it once.
 */
function policeBody(unit: UnitRow): { issuer: IssuingBody; line: string } {
  const superior = unit.parent_body?.trim() || null;
  const suffix = superior ? new RegExp(`\\s*[–-]\\s*${escapeRegExp(superior)}$`, 'iu') : null;
  const name = suffix ? unit.name.replace(suffix, '') : unit.name;
  const short = unit.kind === 'PC06' || unit.kind === 'C06' ? unit.kind : null;
  const named = short && !name.includes(`(${short})`) ? `${name} (${short})` : name;
  return { issuer: { superior, name }, line: superior ? `${named} – ${superior}` : named };
}

function placeOf(reference: ReferenceData, provinceCode: string): string {
  const province = reference.provinces.find((p) => p.code === provinceCode);
  return province ? placeNameOf(province.name) : CAPITAL;
}

function serviceNames(reference: ReferenceData): (code: string) => string {
  const names = new Map(reference.services.map((s) => [s.code, s.name]));
  return (code) => names.get(code) ?? code;
}

function findLast<T extends DossierEvent>(events: readonly DossierEvent[], match: (e: DossierEvent) => e is T): T | undefined {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i]!;
    if (match(e)) return e;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
