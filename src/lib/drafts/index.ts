export { usePersistedDraft } from './use-persisted-draft';
export { removeDraft } from './draft-storage';
