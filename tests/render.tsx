// The one way component tests render: the app's own providers (src/app/providers.tsx: server state, toasts, the
// router) around what is under test, in a memory router, with the app's query client but without retries.
import type { QueryClient } from '@tanstack/react-query';
import { render, renderHook, type RenderHookResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createContext, use, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '../src/api';
import { AppProviders } from '../src/app/providers';

export interface AppRenderOptions {
  /** The address the router starts at. */
  route?: string;
  /** The route pattern the element under test is mounted at, so it can read its params. */
  path?: string;
  basename?: string;
  /** To share one cache between renders, or to look into it. */
  queryClient?: QueryClient;
}

/** The app's query client (its defaults and its reaction to a forbidden change), but a failed read fails at once. */
export function createTestQueryClient(): QueryClient {
  const client = createQueryClient();
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  return client;
}

// What is under test reaches its route through context, so Testing Library's `wrapper` (and `rerender`) work as usual.
const UnderTest = createContext<ReactNode>(null);
const UnderTestRoute = () => use(UnderTest);

function appTree(screens: RouteObject[], { route = '/', basename, queryClient = createTestQueryClient() }: AppRenderOptions) {
  const router = createMemoryRouter(screens, { initialEntries: [route], basename });
  // react-router's own RouterProvider: the app's, from react-router/dom, is the same plus flushSync, but under Vitest
  // the screens' router hooks do not find its context.
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <UnderTest value={children}>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </UnderTest>
  );
  return { router, queryClient, wrapper };
}

const screensFor = (ui: ReactNode | RouteObject[], { path = '*' }: AppRenderOptions): RouteObject[] =>
  Array.isArray(ui) ? ui : [{ path, element: <UnderTestRoute /> }];

/**
 * Renders an element (at `path`, default every path) or a list of routes (the screens under test and stand-ins for
 * those they lead to) inside the app's providers, starting at `route`. Returns Testing Library's result with a
 * `user` for userEvent, the router and the query client.
 */
export function renderWithApp(ui: ReactNode | RouteObject[], options: AppRenderOptions = {}) {
  const { router, queryClient, wrapper } = appTree(screensFor(ui, options), options);
  const result = render(Array.isArray(ui) ? null : ui, { wrapper });
  return { ...result, user: userEvent.setup(), router, queryClient };
}

/** Runs a hook inside the app's providers; `queryClient` is the cache it reads and writes. */
export function renderHookWithApp<Result, Props = undefined>(
  hook: (props: Props) => Result,
  options: AppRenderOptions & { initialProps?: Props } = {},
): RenderHookResult<Result, Props> & { queryClient: QueryClient } {
  const { queryClient, wrapper } = appTree(screensFor(null, options), options);
  return { ...renderHook(hook, { wrapper, initialProps: options.initialProps }), queryClient };
}
