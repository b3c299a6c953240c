export { readDraft, removeDraft, writeDraft, type StoredDraft } from './draft-storage';
export {
  usePersistedDraft,
  type PersistedDraft,
  type PersistedDraftOptions,
} from './use-persisted-draft';
