import type { AuditStore } from './audit.ts';
import { Availability, type StoreLog } from './availability.ts';
import type { KnowledgeVersion, ReloadEvent } from './records.ts';

/**
 * The audit trail as the bot writes it: fire and forget, one small write each, a failure logged
 * once and never thrown (a reload or a start goes on without its record).
 */
export class AuditTrail {
  readonly #availability: Availability;

  /** `store` undefined: nothing is recorded (INSIGHTS=off), or it could not be opened (`openFailure` set). */
  constructor(
    private readonly store: AuditStore | undefined,
    log: StoreLog,
    openFailure?: unknown,
  ) {
    this.#availability = new Availability('audit trail', 'reloads are logged, not recorded', log);
    if (!store && openFailure !== undefined) this.#availability.failed(openFailure);
  }

  /** The knowledge base's version at a start. */
  recordVersion(version: KnowledgeVersion): void {
    const store = this.store;
    if (store) void this.#availability.settle(() => store.recordVersion(version), undefined);
  }

  /** A reload, whoever asked. */
  recordReload(event: ReloadEvent): void {
    const store = this.store;
    if (store) void this.#availability.settle(() => store.recordReload(event), undefined);
  }
}
