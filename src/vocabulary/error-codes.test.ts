// The catalogue must hold every row of the reference guide's "Error Codes" table, verbatim once the HTML is gone.
// GUIDE_ROWS are the rows of the rapyuta.io deployments guide's error table, copied unchanged.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_CODE_FAMILIES, INTERNAL_ERROR_CODE, describeErrorCode, formatErrorCode } from './error-codes';

const GUIDE_ROWS = [
  "| DEP_E151 | device is either offline or not reachable | check the internet connection of the device |",
  "| DEP_E152 | executables of the component deployed on the device either exited too early or failed | in the docker deployments this may indicate an error with the entrypoint or command, verify and fix it |",
  "| DEP_E153 | unable to either pull the docker image or build the source code for the component deployed on cloud | verify that the docker image provided while adding the package still exists at the specified registry endpoint |",
  "| DEP_E154 | executables of the component deployed on cloud exited too early | troubleshoot the failed component by analyzing deployment logs |",
  "| DEP_E155 | executables of the component deployed on cloud failed | troubleshoot the failed component by analyzing deployment logs |",
  "| DEP_E156 | dependent deployment is in error state | troubleshoot the dependent deployment that is in error state |",
  "| DEP_E161 | docker image not found for executables of components deployed on device | verify that the path of the docker image is valid |",
  "| DEP_E162 | Validation error. Cases include:<ul><li>Inconsistent values of ROS distro and CPU architecture variables for the device and package being provisioned.</li><li>rapyuta.io docker images not present on docker device.</li></ul> | <ul><li>Create package with appropriate values for ROS distro and CPU architecture variables.</li><li>Onboard the device again.</li></ul> |",
  "| DEP_E163 | application has stopped and exited unexpectedly, and crashes continuously | debug the application using the corresponding deployment logs |",
  "| DEP_E171 | cloud bridge encountered duplicate alias on the device. | change the alias name during deployment and ensure that there is no duplication of  alias name under the same routed network. For more information about alias, [click here.](/developer-guide/manage-software-cycle/communication-topologies/ros-support/#ros-environment-aliases-runtime-identity-assignment)</a> |",
  "| DEP_E172 | compression library required for the cloud bridge is missing on the device. | re-onboard the device.</a> |",
  "| DEP_E173 | transport libraries required for the cloud bridge is missing on the device. | re-onboard the device.</a> |",
  "| DEP_E174 | cloud bridge on the device encountered multiple ROS service origins. | do not add multiple deployments with the same ROS service endpoint under the same routed network.</a> |",
  "| DEP_E175 | python actionlib/msgs required for the cloud bridge is missing on the device. | re-onboard the device.</a> |",
  "| DEP_E176 | cloud bridge encountered duplicate alias on the cloud component. | change the alias name during deployment and ensure that there is no duplication of  alias name under the same routed network. For more information about alias, [click here.](/developer-guide/manage-software-cycle/communication-topologies/ros-support/#ros-environment-aliases-runtime-identity-assignment)</a> |",
  "| DEP_E177 | cloud bridge on the cloud component encountered multiple ROS service origins. | re-onboard the device.</a> |",
  "| DEP_E2xx | internal rapyuta.io error in the components deployed on cloud | report the issue together with the relevant details to the <a href=\"#\" onclick=\"javascript:FreshWidget.show();\">support team</a> |",
  "| DEP_E3xx | internal rapyuta.io error in the components deployed on a device | report the issue together with the relevant details to the <a href=\"#\" onclick=\"javascript:FreshWidget.show();\">support team</a> |",
  "| DEP_E4xx | internal rapyuta.io error | report the issue together with the relevant details to the <a href=\"#\" onclick=\"javascript:FreshWidget.show();\">support team</a> |",
];

const LINK = /\s*For more information about alias, \[click here\.\]\(([^)]*)\)/;

/** The text of a cell without markup: list items apart, links removed, whitespace collapsed. */
function readCell(cell: string) {
  const items = [...cell.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.trim());
  const link = LINK.exec(cell)?.[1];
  const text = cell
    .replace(/<ul>.*<\/ul>/, '')
    .replace(LINK, '')
    .replace(/<a [^>]*>(.*?)<\/a>/g, '$1')
    .replace(/<\/?[a-z]+[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, items, link };
}

const rows = GUIDE_ROWS.map((row) => {
  const [code, description, action] = row.split('|').slice(1, 4).map((c) => c.trim()) as [string, string, string];
  return { code, description: readCell(description), action: readCell(action) };
});

const all = [...ERROR_CODES, ...ERROR_CODE_FAMILIES];

describe('error-code catalogue', () => {
  it('has exactly the guide’s codes, in its order', () => {
    expect(all.map((e) => e.code)).toEqual(rows.map((r) => r.code));
  });

  it.each(rows)('$code has the guide’s description and recommended action', ({ code, description, action }) => {
    const entry = all.find((e) => e.code === code)!;
    const joined = (cell: ReturnType<typeof readCell>) => [cell.text, ...cell.items].filter(Boolean).join(' ');
    expect(entry.description).toBe(joined(description));
    expect(entry.action).toBe(joined(action));
    if (description.items.length) expect(entry.descriptionItems).toEqual(description.items);
    if (action.items.length) expect(entry.actionItems).toEqual(action.items);
    if (action.link) expect(entry.moreInfo?.href).toBe(`https://userdocs.rapyuta.io${action.link}`);
    expect(`${entry.description} ${entry.action}`).not.toMatch(/<|>|\]\(/);
  });

  it('gives every code and family a description and a recommended action, once per code', () => {
    for (const entry of all) {
      expect(entry.description.trim(), entry.code).not.toBe('');
      expect(entry.action.trim(), entry.code).not.toBe('');
    }
    expect(new Set(all.map((e) => e.code)).size).toBe(all.length);
  });

  it('tells internal codes (DEP_E2xx, 3xx, 4xx) from the listed ones', () => {
    expect(['DEP_E208', 'DEP_E303', 'DEP_E401'].every((c) => INTERNAL_ERROR_CODE.test(c))).toBe(true);
    expect(['DEP_E151', 'DEP_E501', 'DEP_E2000', 'DEP_E20'].some((c) => INTERNAL_ERROR_CODE.test(c))).toBe(false);
  });

  it('describes listed codes exactly', () => {
    expect(describeErrorCode('DEP_E151')).toMatchObject({ match: 'exact', description: 'device is either offline or not reachable' });
  });

  it('falls back by family for codes the guide does not list', () => {
    expect(describeErrorCode('DEP_E208')).toMatchObject({
      code: 'DEP_E208',
      match: 'prefix',
      description: 'internal rapyuta.io error in the components deployed on cloud',
      detail: 'Desired set of replicas not running on cloud',
    });
    expect(describeErrorCode('DEP_E399').description).toBe('internal rapyuta.io error in the components deployed on a device');
    expect(describeErrorCode('DEP_E401')).toMatchObject({ match: 'prefix', description: 'internal rapyuta.io error' });
    expect(describeErrorCode('DEP_E401').detail).toMatch(/^Control plane not answering/);
    expect(describeErrorCode('DEP_E402')).toMatchObject({ match: 'prefix', action: 'report the issue together with the relevant details to the support team' });
    expect(describeErrorCode('DEP_E402').detail).toBeUndefined();
    expect(describeErrorCode('DEP_E999').match).toBe('unknown');
    expect(describeErrorCode('DEP_E150').match).toBe('unknown');
  });

  it('formats list lines as the CLI does', () => {
    expect(formatErrorCode('DEP_E153')).toBe(
      '[DEP_E153]: unable to either pull the docker image or build the source code for the component deployed on cloud',
    );
  });
});
