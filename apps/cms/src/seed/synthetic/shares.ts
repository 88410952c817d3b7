/** Shares of a synthetic archive's documents (the tests check the archive against them). */
export const SHARES = { draftOnly: 0.01, withdrawn: 0.02, renamed: 0.03, hero: 0.7 } as const;
