export { apply } from './apply.js';
export { checkCatalogue, checkPathway, evaluateCriterion, type CheckOptions } from './check.js';
export { evaluate, UnknownOperationError, type EvaluateOptions } from './evaluate.js';
export { inspectRule, type RuleProblem, type VariableUse } from './inspect.js';
export { isKnownOperation, knownOperations, yearsBetween } from './operations.js';
export { truthy } from './truthy.js';
export { isUnknown, UNKNOWN } from './unknown.js';
export { compile, type CompiledRule } from './compile.js';
export { nextQuestion, type NextQuestion } from './next-question.js';
