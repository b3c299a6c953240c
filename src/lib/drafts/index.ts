export { usePersistedDraft } from './use-persisted-draft';
