// A malformed percent escape (`/api/v2/deployments/%zz`) makes msw's route matching throw before any handler runs,
// which msw answers with a bare 500 and the router's stack trace. This handler runs first and answers it as a 400.
import { http } from 'msw';
import { TRANSPORT_CODES } from '../../api/contract';
import { problemResponse } from '../http';


function malformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * True for a request under the API served at `baseUrl` (`http://localhost:5173/`) whose path cannot be decoded;
 * every other request goes on to the routes.
 */
export const hasMalformedApiPath = (url: string, baseUrl: string): boolean => {
  const root = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const api = [`${root}api/v2/`, `${root}api/simulator/`];
  return api.some((prefix) => url.startsWith(prefix)) && malformed(new URL(url).pathname);
};

export const malformedPathHandler = (baseUrl: string) =>
  http.all(
    ({ request }) => hasMalformedApiPath(request.url, baseUrl),
    () => problemResponse(400, TRANSPORT_CODES.invalidPath, 'The URL path has a malformed percent escape (such as "%zz"); encode "%" as "%25".'),
  );
