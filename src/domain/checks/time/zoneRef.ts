/** Where a clock time is read: an IANA zone (with daylight saving) or a fixed UTC offset. */
export type ZoneRef =
  | { readonly kind: 'zone'; readonly zone: string }
  | { readonly kind: 'offset'; readonly minutes: number };
