/** Roots of this feature's query keys; each endpoint file extends one, nobody types a key twice. */
export const speedRulesRootKey = ['speed-rules'] as const;
export const sentencesRootKey = ['sentences'] as const;
