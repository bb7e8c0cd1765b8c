// The wire contract shared by the mock (src/mocks) and the client (src/api).
export * from './values';
export * from './common';
export * from './list-params';
export * from './problem';
export {
  ERROR_CODES,
  ERROR_CODE_FAMILIES,
  describeErrorCode,
  formatErrorCode,
  type ErrorCodeDescription,
  type ErrorCodeInfo,
} from '../../vocabulary';
export * from './package';
export * from './deployment';
export * from './deployment-requests';
export * from './history';
export * from './logs';
export * from './events';
export * from './warnings';
export * from './device';
export * from './network';
export * from './disk';
export * from './user';
export * from './simulator';
export * from './paths';
export * from './rules';
export * from './secret';
export * from './served-deployment';
export * from './served-package';
