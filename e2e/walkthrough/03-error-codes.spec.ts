// The guide's "Error Codes": "If the overall deployment STATUS is Error, rapyuta.io displays an error code along
// with a brief description" — and the recommended action, in the details page's `Error` region.
import { expect, test } from '../support/fixtures';
import { errorRegion, expectPromise, openScenario, statusOf } from './walkthrough-support';

const CODES = [
  { scenario: 'error-dep-e151', code: 'DEP_E151', description: 'device is either offline or not reachable', action: 'check the internet connection of the device' },
  {
    scenario: 'error-dep-e153',
    code: 'DEP_E153',
    description: 'unable to either pull the docker image or build the source code for the component deployed on cloud',
    action: 'verify that the docker image provided while adding the package still exists at the specified registry endpoint',
  },
  {
    scenario: 'error-dep-e163',
    code: 'DEP_E163',
    description: 'application has stopped and exited unexpectedly, and crashes continuously',
    action: 'debug the application using the corresponding deployment logs',
  },
];

test.describe('Error Codes: "the recommendations you should take"', () => {
  for (const { scenario, code, description, action } of CODES) {
    test(`${code}: "${description}" — "${action}"`, async ({ page }) => {
      const { focus } = await openScenario(page, scenario);
      await expectPromise(page, focus);
      await expect(statusOf(page)).toHaveText('Error');
      const error = errorRegion(page);
      await expect(error).toContainText(code);
      await expect(error).toContainText(description);
      await expect(error).toContainText(action);
    });
  }
});
