import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DeploymentResource, Role } from '../../../api';
import { exportDocuments } from '../../../api/manifests/exports';
import { ExportManifestButton } from '../../../components/export-manifest/export-manifest-button';
import { manifestFileName } from '../../../components/export-manifest/manifest-file-name';
import { PageHeader } from '../../../components/page-header/page-header';
import { paths } from '../../../lib/paths';
import { DeprovisionButton } from '../actions/deprovision-button';
import { UpdateButton } from '../actions/update-button';
import type { UpdateDialogSlotProps } from '../actions/update-slot';
import { CopyId } from './copy-id';
import { DeploymentMeta } from './deployment-meta';

export interface DeploymentHeaderProps {
  deployment: DeploymentResource;
  role: Role | undefined;
  updateDialog: (props: UpdateDialogSlotProps) => ReactNode;
}

export function DeploymentHeader({ deployment, role, updateDialog }: DeploymentHeaderProps) {
  return (
    <>
      <PageHeader
        eyebrow={<Link to={paths.deployments.href()}>Deployments</Link>}
        title={deployment.metadata.name}
        description={<CopyId id={deployment.metadata.guid} />}
        actions={
          <>
            <ExportManifestButton fileName={manifestFileName(deployment.metadata.name)} documents={() => exportDocuments('Deployment', deployment.metadata.name)} />
            <UpdateButton deployment={deployment} role={role} updateDialog={updateDialog} />
            <DeprovisionButton deployment={deployment} role={role} />
          </>
        }
      />
      <DeploymentMeta deployment={deployment} />
    </>
  );
}
