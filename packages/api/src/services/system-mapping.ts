import type { Selectable } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { System } from '@ketnoi/domain';

export function systemToRow(system: System) {
  return {
    name: system.name,
    purpose: system.purpose,
    host: system.host,
    operator: system.operator,
    security_level: system.securityLevel,
    security_level_decision: system.securityLevelDecision?.numberAndSymbol ?? '',
    security_level_decided_on: system.securityLevelDecision?.issuedOn ?? null,
    connection_channel: system.connectionChannel,
  };
}

export function systemFromRow(row: Selectable<Database['systems']>): System {
  return {
    name: row.name,
    purpose: row.purpose,
    host: row.host,
    operator: row.operator,
    securityLevel: row.security_level as System['securityLevel'],
    securityLevelDecision: row.security_level_decided_on ? { numberAndSymbol: row.security_level_decision, issuedOn: row.security_level_decided_on } : null,
    connectionChannel: row.connection_channel,
  };
}
