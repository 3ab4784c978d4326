import { messagesVi, type MessageKey } from '../i18n/messages-vi.ts';

/**
 * A key built from data the server sent (an event type, a part, a column) when the dictionary has it,
 * else null: a value from a newer server shows as such rather than as a raw key.
 */
export const knownKey = (key: string): MessageKey | null => (Object.hasOwn(messagesVi, key) ? (key as MessageKey) : null);
