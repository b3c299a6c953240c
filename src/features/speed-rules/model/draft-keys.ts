/** Where the speed-rule forms keep their drafts (see src/lib/drafts). */
export const NEW_SPEED_RULE_DRAFT_KEY = 'speed-rule.new';

export const speedRuleDraftKey = (speedId: string) => `speed-rule.${speedId}`;
