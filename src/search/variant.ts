/** One way a query word may be read: a stem of the index and how sure that reading is (0–1). */
export interface Variant {
  readonly stem: string;
  readonly similarity: number;
  /** How the reading was found. */
  readonly via: 'typed' | 'synonym' | 'corrected';
}
