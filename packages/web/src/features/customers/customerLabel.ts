/** How other lists (follow-ups, a group's roster, segment events) name the customer they link to. */

/** `张* (tb_nick)`, the name or the nick alone, or null when neither is known (show `#id` then). */
export function customerLabel(customer: { name: string | null; nick: string | null } | null): string | null {
  const name = customer?.name?.trim() || null;
  const nick = customer?.nick?.trim() || null;
  if (name && nick) return `${name} (${nick})`;
  return name ?? nick;
}
