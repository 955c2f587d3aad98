import type { Verb } from '@xapi/xapi';

/*
 * Verbs from the ADL vocabulary (https://w3id.org/xapi/adl), the ones every LRS report understands.
 * Written out here rather than taken from @xapi/xapi at run time: the library's code (and its HTTP
 * client) is only loaded when statements are actually sent.
 */

const adl = (name: string, fr: string): Verb => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { 'en-US': name, 'fr-FR': fr },
});

export const verbs = {
  /** The trainee picked up (or dialled) the call. */
  launched: adl('launched', 'a lancé'),
  /** The trainee gave an answer at a step. */
  answered: adl('answered', 'a répondu à'),
  /** The call reached one of its endings and was debriefed. */
  completed: adl('completed', 'a terminé'),
  /** The call's overall score reached the assignment's pass mark. */
  passed: adl('passed', 'a réussi'),
  /** It did not. */
  failed: adl('failed', 'a échoué à'),
  /** The trainee hung up before the call reached an ending. */
  terminated: adl('terminated', 'a interrompu'),
} as const;

export type VerbName = keyof typeof verbs;
