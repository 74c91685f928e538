import type { AuditStore } from './audit.ts';
import { Availability, type StoreLog } from './availability.ts';
import type { KnowledgeVersion, ReloadEvent } from './records.ts';
import type { WriteQueue } from './write-queue.ts';

/**
 * The audit trail as the bot writes it: through the write queue, never waited on (a reload or a
 * start goes on without its record, and a locked database delays the record, not the reload).
 */
export class AuditTrail {
  /** `store` undefined: nothing is recorded (INSIGHTS=off), or it could not be opened (`openFailure` set). */
  constructor(
    private readonly store: AuditStore | undefined,
    private readonly queue: WriteQueue,
    log: StoreLog,
    openFailure?: unknown,
  ) {
    const availability = new Availability('audit trail', 'reloads are logged, not recorded', log);
    if (!store && openFailure !== undefined) availability.failed(openFailure);
  }

  /** The knowledge base's version at a start. */
  recordVersion(version: KnowledgeVersion): void {
    const store = this.store;
    if (store) void this.queue.add(() => store.recordVersion(version));
  }

  /** A reload, whoever asked. */
  recordReload(event: ReloadEvent): void {
    const store = this.store;
    if (store) void this.queue.add(() => store.recordReload(event));
  }
}
