import type { Core } from '@strapi/strapi';
import { onRefusal, registerWriteStep, type WriteStep } from '@syria-cms/strapi-server-helpers';
import { getService } from './utils';

/** The write step that records every change, and the listener that keeps refused writes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let record: WriteStep | undefined;
  registerWriteStep(strapi, 'evidence-trail.record', (write, next) => (record ??= getService('recorder').step())(write, next));
  onRefusal(strapi, (refusal) => getService('recorder').keepRefusal(refusal));
};
