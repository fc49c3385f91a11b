// Typed access to the standalone validators generated from schemas/ (scripts/validators-source.mjs).
import type { ErrorObject } from 'ajv';
import * as generated from './generated/validators.js';

export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export const validatePlan = generated.validatePlan as Validator;
export const validateConfig = generated.validateConfig as Validator;
