import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Test-only fault injection (NEWSROOM_TEST_FAULTS_DIR, refused in production by env.ts unless
 * NEWSROOM_ALLOW_SEED_IN_PRODUCTION): the scheduler dies between claiming a release and
 * publishing it, as a CMS killed at that moment would. Only for releases whose slug starts
 * with CRASH_AFTER_CLAIM_SLUG, once each: the crash leaves a file in the folder (so a test can
 * see that it happened, and so the next try, on any instance, goes through).
 */
export const CRASH_AFTER_CLAIM_SLUG = "crash-after-claim-";

export class SimulatedCrash extends Error {
  constructor(what: string) {
    super(`simulated crash after claiming ${what} (NEWSROOM_TEST_FAULTS_DIR, test only)`);
    this.name = "SimulatedCrash";
  }
}

export function crashFile(faultsDir: string, documentId: string, locale: string): string {
  return path.join(faultsDir, `crash-after-claim-${documentId}-${locale}`);
}

export function crashAfterClaimForTests(faultsDir: string | undefined, row: { documentId: string; locale: string; slug: string }): void {
  if (!faultsDir || !row.slug.startsWith(CRASH_AFTER_CLAIM_SLUG)) return;
  const file = crashFile(faultsDir, row.documentId, row.locale);
  if (existsSync(file)) return;
  writeFileSync(file, new Date().toISOString());
  throw new SimulatedCrash(`${row.documentId} (${row.locale})`);
}
