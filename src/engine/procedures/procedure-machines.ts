import type { AnyStateMachine } from 'xstate';
import type { CallType } from '../call-types';
import { procedureSetup } from './procedure-setup';
import * as rule from './rule-regions';

/* One hand-written procedure per call type: the rules of the trade that apply to it, as parallel regions. */

/** Conduct every call is judged on, whatever its type. */
const everyCall = {
  recapBeforeClose: rule.recapBeforeClose,
  properClosing: rule.properClosing,
  politeRegister: rule.politeRegister,
  letCallerSpeak: rule.letCallerSpeak,
  noReaskingScreenData: rule.noReaskingScreenData,
};

/** Customer-facing calls: recording notice, identity before data, no card read back, no blame. */
const customerCall = {
  ...everyCall,
  recordingBeforePersonalData: rule.recordingBeforePersonalData,
  identityBeforeAccountData: rule.identityBeforeAccountData,
  noCardReadback: rule.noCardReadback,
  noBlame: rule.noBlame,
  noUnfoundedPromise: rule.noUnfoundedPromise,
};

const context = { findings: [] };

const inboundProcedure = () =>
  procedureSetup.createMachine({
    id: 'procedure:inbound',
    type: 'parallel',
    context,
    states: { ...customerCall, rephraseBeforeSolution: rule.rephraseBeforeSolution },
  });

const helpdeskProcedure = () =>
  procedureSetup.createMachine({
    id: 'procedure:helpdesk',
    type: 'parallel',
    context,
    states: {
      ...customerCall,
      rephraseBeforeSolution: rule.rephraseBeforeSolution,
      ticketLogged: rule.ticketLogged,
    },
  });

const outboundSalesProcedure = () =>
  procedureSetup.createMachine({
    id: 'procedure:outbound-sales',
    type: 'parallel',
    context,
    states: {
      ...customerCall,
      openingWhoWhatWhy: rule.openingWhoWhatWhy,
      doNotCallHonoured: rule.doNotCallHonoured,
      needsBeforeOffer: rule.needsBeforeOffer,
      conditionsBeforeClosing: rule.conditionsBeforeClosing,
    },
  });

const outboundSurveyProcedure = () =>
  procedureSetup.createMachine({
    id: 'procedure:outbound-survey',
    type: 'parallel',
    context,
    states: {
      ...everyCall,
      recordingBeforePersonalData: rule.recordingBeforePersonalData,
      openingWhoWhatWhy: rule.openingWhoWhatWhy,
      doNotCallHonoured: rule.doNotCallHonoured,
      noSubstituteRespondent: rule.noSubstituteRespondent,
      noSellingInSurvey: rule.noSellingInSurvey,
    },
  });

/** 112: location first, a callback number, the operator ends the call, no recording notice needed. */
const emergencyProcedure = () =>
  procedureSetup.createMachine({
    id: 'procedure:emergency',
    type: 'parallel',
    context,
    states: {
      ...everyCall,
      locationFirst: rule.locationFirst,
      callbackNumber: rule.callbackNumber,
      noRecordingNotice: rule.noRecordingNoticeInEmergency,
      operatorEndsCall: rule.operatorEndsCall,
      cprOnGasping: rule.cprOnGasping,
    },
  });

/** Procedure machines differ in their regions; callers only read `context.findings`. */
export type ProcedureMachine = AnyStateMachine;

// Built on first use: a session needs one call type's machine, not all five in memory.
const builders: Record<CallType, () => ProcedureMachine> = {
  inbound: inboundProcedure,
  helpdesk: helpdeskProcedure,
  'outbound-sales': outboundSalesProcedure,
  'outbound-survey': outboundSurveyProcedure,
  emergency: emergencyProcedure,
};

const built = new Map<CallType, ProcedureMachine>();

export function procedureFor(callType: CallType): ProcedureMachine {
  let machine = built.get(callType);
  if (!machine) {
    machine = builders[callType]();
    built.set(callType, machine);
  }
  return machine;
}
