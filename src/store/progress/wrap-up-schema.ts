import * as v from 'valibot';
import type { WrapUpLog } from '../../engine/wrapup/wrap-up-log';

/*
 * The after-call work as stored with an attempt (desk.wrapUp). Bounded so that a hand-edited or foreign
 * record cannot make the debrief read megabytes of text.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const spellingSchema = v.variant('status', [
  v.object({
    status: v.literal('checked'),
    text: text(20_000),
    misspelled: v.pipe(
      v.array(v.object({ word: text(100), suggestions: v.pipe(v.array(text(100)), v.maxLength(10)) })),
      v.maxLength(500),
    ),
  }),
  v.object({ status: v.literal('unavailable') }),
]);

export const wrapUpSchema = v.object({
  note: text(20_000),
  disposition: v.exactOptional(text(40)),
  callback: v.exactOptional(v.object({ date: text(20), time: text(10), person: text(200) })),
  spelling: v.exactOptional(spellingSchema),
  doneOn: v.exactOptional(text(20)),
  afterCallMs: v.exactOptional(v.pipe(v.number(), v.minValue(0))),
});

// Compile-time guard: what the schema reads back is a WrapUpLog.
const _wrapUp = (w: v.InferOutput<typeof wrapUpSchema>): WrapUpLog => w;
void _wrapUp;
