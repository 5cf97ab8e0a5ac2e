import { validateYupSchema, yup } from '@strapi/utils';

const page = { page: yup.number().integer().min(1).max(100000).default(1), pageSize: yup.number().integer().min(1).max(100).default(20) };

/** Each throws Strapi's ValidationError (a 400 naming the field) on bad input. */
export const validateHistoryQuery = validateYupSchema(yup.object(page).noUnknown(), { strict: false });

/** The latest changes: how many, at most 50 (a home-page list, not a browser of the trail). */
export const validateLatestQuery = validateYupSchema(yup.object({ limit: yup.number().integer().min(1).max(50).default(10) }).noUnknown(), { strict: false });

export const validateRefusalQuery = validateYupSchema(
  yup
    .object({
      ...page,
      user: yup.number().integer().positive(),
      from: yup.date(),
      to: yup.date(),
    })
    .noUnknown(),
  { strict: false }
);

export const validateSeq = validateYupSchema(yup.object({ seq: yup.number().typeError('seq must be a number').integer().positive().required() }), {
  strict: false,
});
