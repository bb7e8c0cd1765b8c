import { useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { isApiError, useCreateDeployment } from '../../api';
import { useToast } from '../../components/toast/toast-context';
import { describeError } from '../../lib/errors';
import { paths } from '../../lib/paths';
import { initialValues, valueAt, type ServerFieldError, type WizardPath, type WizardValues } from './form-model';
import { placeServerError, toCreateDeploymentBody } from './request-model';
import type { WizardWorld } from './wizard-validation';

export interface DeploySubmissionOptions {
  form: UseFormReturn<WizardValues>;
  world: WizardWorld;
  onCreated: () => void;
  /** The world changed under the form (a refusal said so): load the lists again. */
  onRefused: () => void;
  /** The fields the server refused, with the values it refused, so they stay marked until changed. */
  onServerErrors: (errors: ServerFieldError[]) => void;
}

/** Review, confirm, create: and when the platform refuses, put each problem back at its field. */
export function useDeploySubmission({ form, world, onCreated, onRefused, onServerErrors }: DeploySubmissionOptions) {
  const create = useCreateDeployment();
  const navigate = useNavigate();
  const { toast } = useToast();
  const [review, setReview] = useState<WizardValues>();
  const [generalError, setGeneralError] = useState<string>();
  const focusAfterClose = useRef<WizardPath | undefined>(undefined);

  const confirm = () => {
    if (!review) return;
    setGeneralError(undefined);
    create.mutate(toCreateDeploymentBody(review, world.pkg), {
      onSuccess: (dep) => {
        // Fresh before leaving: should the operator come straight back, nothing deploys twice.
        setReview(undefined);
        form.reset(initialValues(world.pkg));
        onCreated();
        toast({ title: 'Deployment created', description: `${dep.metadata.name} is In progress.`, tone: 'success' });
        void navigate(paths.deployment.href(dep.metadata.guid));
      },
      onError: (error) => {
        const placement = placeServerError(isApiError(error) ? error : describeError(error), review);
        for (const { path, message } of placement.fields) form.setError(path, { type: 'server', message });
        onServerErrors(placement.fields.map(({ path, message }) => ({ path, message, value: valueAt(review, path) })));
        setGeneralError(placement.general);
        focusAfterClose.current = placement.fields[0]?.path;
        setReview(undefined);
        onRefused();
      },
    });
  };

  return {
    review,
    /** Values passed the wizard's checks: show them for review. */
    openReview: (values: WizardValues) => {
      setGeneralError(undefined);
      setReview(values);
    },
    cancelReview: () => setReview(undefined),
    confirm,
    busy: create.isPending,
    generalError,
    /** On close after a refusal, focus the first field in error instead of the button that opened the dialog. */
    restoreFocus: () => {
      const path = focusAfterClose.current;
      focusAfterClose.current = undefined;
      if (!path) return true;
      form.setFocus(path);
      return false;
    },
  };
}
