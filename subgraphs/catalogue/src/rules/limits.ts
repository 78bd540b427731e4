import { DomainError } from '@kpi/platform';
import { ErrorCode } from '../errors.js';
import { indicator as indicatorName, num, said } from '../messages.js';
import type { Indicator } from '../entities/index.js';
import { INDICATORS } from '../entities/index.js';

export interface Limits {
  coefficientMin: number;
  coefficientMax: number;
  standardMinutesMax: number;
  weightMin: number;
  weightMax: number;
  expectedMinutesMin: number;
  expectedMinutesMax: number;
}

const outOfRange = (field: string, message: string, range: Record<string, number>) =>
  new DomainError(ErrorCode.OUT_OF_RANGE, message, { field, ...range });

/** Standard time and coefficient of a work item, within the province's limits. */
export function assertItemValues(limits: Limits, values: { standardMinutes: number; coefficient: number }) {
  if (!(values.standardMinutes > 0))
    throw outOfRange('standardMinutes', said.minutesAboveZero(), {
      min: 0,
      max: limits.standardMinutesMax,
    });
  if (values.standardMinutes > limits.standardMinutesMax)
    throw outOfRange('standardMinutes', said.minutesAtMost({ max: num(limits.standardMinutesMax) }), {
      min: 0,
      max: limits.standardMinutesMax,
    });
  if (!(values.coefficient >= limits.coefficientMin && values.coefficient <= limits.coefficientMax))
    throw outOfRange('coefficient', said.coefficientBetween({ min: num(limits.coefficientMin), max: num(limits.coefficientMax) }), {
      min: limits.coefficientMin,
      max: limits.coefficientMax,
    });
}

export type Weights = Record<Indicator, number>;

/** Indicator weights: whole percentages, each within the province's range, summing to 100. */
export function assertWeights(limits: Limits, weights: Weights) {
  for (const indicator of INDICATORS) {
    const weight = weights[indicator];
    if (!Number.isInteger(weight) || weight < limits.weightMin || weight > limits.weightMax)
      throw new DomainError(
        ErrorCode.INVALID_WEIGHTS,
        said.weightBetween({
          indicator: indicatorName[indicator](),
          min: num(limits.weightMin),
          max: num(limits.weightMax),
          weight: num(weight),
        }),
        { field: `weights.${indicator}` },
      );
  }
  const sum = INDICATORS.reduce((total, indicator) => total + weights[indicator], 0);
  if (sum !== 100)
    throw new DomainError(ErrorCode.INVALID_WEIGHTS, said.weightsSum({ sum: num(sum) }), {
      field: 'weights',
      sum,
    });
}

export function assertExpectedMinutes(limits: Limits, minutes: number) {
  if (!Number.isInteger(minutes) || minutes < limits.expectedMinutesMin || minutes > limits.expectedMinutesMax)
    throw outOfRange(
      'expectedMinutesPerMonth',
      said.expectedMinutesBetween({ min: num(limits.expectedMinutesMin), max: num(limits.expectedMinutesMax) }),
      { min: limits.expectedMinutesMin, max: limits.expectedMinutesMax },
    );
}

/** Limits themselves must make sense: a range with its minimum below its maximum. */
export function assertLimits(limits: Limits) {
  const pairs: [keyof Limits, keyof Limits][] = [
    ['coefficientMin', 'coefficientMax'],
    ['weightMin', 'weightMax'],
    ['expectedMinutesMin', 'expectedMinutesMax'],
  ];
  for (const [min, max] of pairs)
    if (!(limits[min] >= 0 && limits[min] <= limits[max])) throw outOfRange(min, said.limitRange({ min, max }), {});
  if (limits.weightMax > 100 || limits.weightMin * 7 > 100 || limits.weightMax * 7 < 100)
    throw outOfRange('weightMax', said.weightLimits(), {});
  if (!(limits.standardMinutesMax > 0)) throw outOfRange('standardMinutesMax', said.standardMinutesMaxPositive(), {});
}
