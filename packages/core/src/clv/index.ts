/**
 * Customer lifetime value: the statistical core (issue 4). Pure and DB-free: transactions or
 * summaries in, fits and predictions out. Models: BG/NBD and Pareto/NBD for purchase counts,
 * Gamma-Gamma for spend. See docs/clv.md for the formulas and docs/decisions/0004-clv-models.md.
 */
export {
  type BgNbdParams,
  bgnbdExpectedCumulative,
  bgnbdExpectedTransactions,
  bgnbdLogLikelihood,
  bgnbdPAlive,
} from "./bgnbd.ts";
export { parseCdnow, readCdnowTransactions } from "./cdnow.ts";
export {
  type FitOptions,
  type FitResult,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  type ModelName,
  PARAM_NAMES,
} from "./fit.ts";
export { type GammaGammaParams, gammaGammaExpectedSpend, gammaGammaLogLikelihood } from "./gamma-gamma.ts";
export { groupRfm, groupSpend, type Rfm, type RfmRow, type SpendRow } from "./grouping.ts";
export {
  BatchPredictor,
  type CustomerPrediction,
  type Interval,
  type PredictionInput,
  type PredictOptions,
  type PurchasePrediction,
  predictCustomers,
  purchaseModelOf,
  type ValuePrediction,
} from "./intervals.ts";
export {
  type ParetoNbdParams,
  paretoNbdExpectedCumulative,
  paretoNbdExpectedTransactions,
  paretoNbdLogLikelihood,
  paretoNbdPAlive,
} from "./pareto-nbd.ts";
export {
  type DiscountOptions,
  discountedExpectedTransactions,
  discountedSum,
  expectedCumulative,
  expectedTransactions,
  medianWeeksToNextPurchase,
  type PurchaseModel,
  pAlive,
} from "./predict.ts";
export { type SimulationOptions, simulateBgNbd, simulateParetoNbd, simulateSpend } from "./simulate.ts";
export { logHyp2f1 } from "./special.ts";
export {
  type CustomerSummary,
  dayInZone,
  formatDay,
  parseDay,
  type SummaryOptions,
  type SummaryResult,
  summarizeTransactions,
  type Transaction,
} from "./summary.ts";
export {
  assessFit,
  DEFAULT_THRESHOLDS,
  type FallbackPrediction,
  fallbackPredictions,
  type TrustAssessment,
  type TrustReason,
  type TrustThresholds,
} from "./trust.ts";
export { type HoldoutValidation, validateHoldout, type WeeklyPoint } from "./validation.ts";
