import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { usePermission } from '../../api';
import { Notice } from '../../components/notice/notice';
import { needsRoutedNetwork, networkBlocker, networkChoices } from './choices';
import { ComponentsSection } from './components-section';
import { DependenciesSection } from './dependencies-section';
import { countFieldErrors, type ServerFieldError, type WizardValues } from './form-model';
import { NameSection } from './name-section';
import { NetworkSection } from './network-section';
import { SubmitBar } from './submit-bar';
import { useDeploySubmission } from './use-deploy-submission';
import { useNetworkAliases } from './use-network-aliases';
import { useWizardDraft } from './use-wizard-draft';
import { VolumesSection } from './volumes-section';
import { lazyZodResolver } from '../../lib/lazy-zod-resolver';
import type { WizardWorld } from './wizard-validation';
import styles from './deploy-form.module.css';

// The rules (with zod) and the review dialog (with Radix Dialog) load once the form is up: the first check and
// Create deployment come later, and the screen paints without them.
const loadRules = () => import('./wizard-validation');
const loadReviewDialog = () => import('./review-dialog');
const ReviewDialog = lazy(() => loadReviewDialog().then((m) => ({ default: m.ReviewDialog })));

export interface DeployFormProps {
  world: WizardWorld;
  onRefreshDevices: () => Promise<unknown>;
  devicesRefreshing: boolean;
  onRefreshWorld: () => void;
}

export function DeployForm({ world, onRefreshDevices, devicesRefreshing, onRefreshWorld }: DeployFormProps) {
  const { pkg } = world;
  const draft = useWizardDraft(pkg);
  const [serverErrors, setServerErrors] = useState<ServerFieldError[]>([]);
  // The rules read the world as last loaded, and what the server last refused.
  // The rules check aliases against those in use on the form's network; the form tells which one it is.
  const [networkId, setNetworkId] = useState(draft.initial.routedNetworkId);
  const aliases = useNetworkAliases(world.networks, networkId);
  const resolver = useMemo(
    () => lazyZodResolver<WizardValues>(() => loadRules().then((m) => m.wizardSchema(world, serverErrors, aliases))),
    [world, serverErrors, aliases],
  );
  useEffect(() => {
    void loadRules().catch(() => undefined);
    void loadReviewDialog().catch(() => undefined);
  }, []);
  const form = useForm<WizardValues>({ defaultValues: draft.initial, resolver });
  const permission = usePermission();
  const submission = useDeploySubmission({ form, world, onCreated: draft.clear, onRefused: onRefreshWorld, onServerErrors: setServerErrors });
  const { subscribe } = form;
  const { save } = draft;
  useEffect(() => subscribe({ formState: { values: true }, callback: ({ values }) => save(values) }), [subscribe, save]);
  useEffect(
    () => subscribe({ name: 'routedNetworkId', formState: { values: true }, callback: ({ values }) => setNetworkId(values.routedNetworkId) }),
    [subscribe],
  );

  const blocker = networkBlocker(pkg.spec.components, networkChoices(pkg.spec.components, world.networks));

  return (
    <FormProvider {...form}>
      <form className={styles.form} noValidate onSubmit={form.handleSubmit(submission.openReview)}>
        {!permission.enabled && <Notice title={permission.reason}>You can fill in the deployment, but not create it.</Notice>}
        <NameSection />
        <ComponentsSection
          pkg={pkg}
          devices={world.devices}
          onRefreshDevices={onRefreshDevices}
          devicesRefreshing={devicesRefreshing}
          network={aliases}
        />
        {needsRoutedNetwork(pkg.spec.components) && <NetworkSection components={pkg.spec.components} networks={world.networks} />}
        <DependenciesSection deployments={world.deployments} />
        <VolumesSection pkg={pkg} disks={world.disks} />
        <SubmitBar
          blocker={blocker}
          permission={permission}
          generalError={submission.generalError}
          problems={form.formState.submitCount > 0 ? countFieldErrors(form.formState.errors) : 0}
        />
      </form>
      <Suspense fallback={null}>
        <ReviewDialog
          review={submission.review}
          world={world}
          busy={submission.busy}
          availability={permission}
          onCancel={submission.cancelReview}
          onConfirm={submission.confirm}
          onCloseAutoFocus={submission.restoreFocus}
        />
      </Suspense>
    </FormProvider>
  );
}
