/** A status machine: for each status, the statuses it may move to. */
export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

export function canTransition<S extends string>(table: Transitions<S>, from: S, to: S): boolean {
  return table[from]?.includes(to) ?? false;
}

/** The statuses from which a record may move to `to`, for messages ("only PLANNED stipends…"). */
export function statusesBefore<S extends string>(table: Transitions<S>, to: S): S[] {
  return (Object.keys(table) as S[]).filter((from) => canTransition(table, from, to));
}
