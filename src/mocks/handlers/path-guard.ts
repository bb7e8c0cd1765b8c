// A malformed percent escape (`/api/v2/deployments/%zz`) makes msw's route matching throw before any handler runs,
// which msw answers with a bare 500 and the router's stack trace. This handler runs first and answers it as a 400.
import { http } from 'msw';
import { TRANSPORT_CODES } from '../../api/contract';
import { problemResponse } from '../http';

const API_PATH = /\/api\/(v2|simulator)(\/|$)/;

function malformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** True for an API request whose path cannot be decoded; every other request goes on to the routes. */
export const hasMalformedApiPath = (url: string): boolean => {
  const { pathname } = new URL(url);
  return API_PATH.test(pathname) && malformed(pathname);
};

export const malformedPathHandler = () =>
  http.all(
    ({ request }) => hasMalformedApiPath(request.url),
    () => problemResponse(400, TRANSPORT_CODES.invalidPath, 'The URL path has a malformed percent escape (such as "%zz"); encode "%" as "%25".'),
  );
