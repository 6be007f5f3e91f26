import type { Rule } from '../types';
import { bodyQuoteWithoutRecord } from './body-quote-without-record';
import { bodyStatisticWithoutRecord } from './body-statistic-without-record';
import { captionWithoutCredit } from './caption-without-credit';
import { quoteNotInBody } from './quote-not-in-body';
import { quoteSpeakerLowConfidence } from './quote-speaker-low-confidence';
import { quoteSpeakerMismatch } from './quote-speaker-mismatch';
import { quoteUnattributed } from './quote-unattributed';
import { sourceAnonymous } from './source-anonymous';
import { sourceIncomplete } from './source-incomplete';
import { statisticArithmetic } from './statistic-arithmetic';
import { statisticNotInBody } from './statistic-not-in-body';
import { statisticUnsourced } from './statistic-unsourced';
import { statisticValueMismatch } from './statistic-value-mismatch';
import { textTooLong } from './text-too-long';

export const rules: readonly Rule[] = [
  quoteUnattributed,
  quoteNotInBody,
  quoteSpeakerMismatch,
  quoteSpeakerLowConfidence,
  bodyQuoteWithoutRecord,
  sourceAnonymous,
  sourceIncomplete,
  statisticUnsourced,
  statisticNotInBody,
  statisticArithmetic,
  statisticValueMismatch,
  bodyStatisticWithoutRecord,
  captionWithoutCredit,
  textTooLong,
];
