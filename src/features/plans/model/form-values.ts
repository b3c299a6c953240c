import {
  CYCLE_TYPE,
  END_TYPE,
  INTERACTION_TYPE,
  QUALITY_CONDITION,
  QUALITY_TYPE,
  SET_COUNTS_TYPE,
} from '@/lib/contract';
import { formatLocalDateTime } from './local-time';

/**
 * What the wizard edits. The shape mirrors the addQualityTask body, so a path in a zod issue or in
 * a server resultDesc ("cronStructure.qiqtEndTime ...") names the form field directly. Values are
 * what the inputs hold: text for numbers (so "12a" can be kept and flagged rather than lost), local
 * wall-clock text for times, the wire's own values for choices.
 */

export type SetCountsType = (typeof SET_COUNTS_TYPE)[keyof typeof SET_COUNTS_TYPE];
export type CycleType = (typeof CYCLE_TYPE)[keyof typeof CYCLE_TYPE];
export type EndType = (typeof END_TYPE)[keyof typeof END_TYPE];
export type QualityType = (typeof QUALITY_TYPE)[keyof typeof QUALITY_TYPE];
export type QualityCondition = (typeof QUALITY_CONDITION)[keyof typeof QUALITY_CONDITION];
export type InteractionType = (typeof INTERACTION_TYPE)[keyof typeof INTERACTION_TYPE];

export interface InspectorRowValues {
  personID: string;
  /** A whole number as typed; '' when empty. */
  count: string;
}

export interface AppointQualityValues {
  setCountsType: SetCountsType;
  setCounts: InspectorRowValues[];
}

export interface CronValues {
  qiqtCycleType: CycleType;
  /** Local wall-clock time "YYYY-MM-DD HH:mm:ss"; '' when not chosen. */
  qiqtStartTime: string;
  qiqtEndType: EndType;
  /** Used only when ending after a number of runs; kept while the other end is chosen. */
  qiqtTotalTimes: string;
  /** Local wall-clock time, used only when ending at a time. */
  qiqtEndTime: string;
}

export interface FixedColumnsValues {
  /** null until chosen: an imported payload may lack it, and the user must then decide. */
  interactionType: InteractionType | null;
  qualityType: QualityType;
  qualityNum: string;
  /** Only used for qualityType 1 and 3. */
  maxNum: string;
  qualityCondition: QualityCondition;
  /** Call duration typed as seconds ("90") or minutes:seconds ("1:30"); sent as milliseconds. */
  durationStart: string;
  durationEnd: string;
  scoreStart: string;
  scoreEnd: string;
  staffIds: string[];
}

export interface PlanFormValues {
  qiqtName: string;
  /** Sent as currentRole and extractionRange.currentRole; '' sends neither. */
  currentRole: string;
  appointQuality: AppointQualityValues;
  cronStructure: CronValues;
  extractionRange: { fixedColumns: FixedColumnsValues };
}

export const emptyInspectorRow = (): InspectorRowValues => ({ personID: '', count: '' });

/** Tomorrow at 09:00 local time: a start most plans can keep. */
function defaultStart(now: Date): string {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0, 0);
  return formatLocalDateTime(start);
}

export function newPlanValues(now: Date = new Date()): PlanFormValues {
  return {
    qiqtName: '',
    currentRole: '',
    appointQuality: { setCountsType: SET_COUNTS_TYPE.average, setCounts: [emptyInspectorRow()] },
    cronStructure: {
      qiqtCycleType: CYCLE_TYPE.weekly,
      qiqtStartTime: defaultStart(now),
      qiqtEndType: END_TYPE.byRuns,
      qiqtTotalTimes: '',
      qiqtEndTime: '',
    },
    extractionRange: {
      fixedColumns: {
        interactionType: INTERACTION_TYPE.recording,
        qualityType: QUALITY_TYPE.callScope,
        qualityNum: '',
        maxNum: '',
        qualityCondition: QUALITY_CONDITION.any,
        durationStart: '',
        durationEnd: '',
        scoreStart: '',
        scoreEnd: '',
        staffIds: [],
      },
    },
  };
}

/** Whether the maximum applies: the contract wants it for call scope and agent percentage. */
export const usesMaxNum = (qualityType: QualityType): boolean =>
  qualityType !== QUALITY_TYPE.agentQuantity;
