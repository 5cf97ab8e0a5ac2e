import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { isolate } from '@syria-cms/bilingual-text';
import { LoadState, useRemoteData } from '@syria-cms/strapi-admin-helpers';
import { useAuth } from '@strapi/strapi/admin';
import { useDataExchangeApi } from './api';
import { CommitProgress } from './CommitProgress';
import { ImportForm } from './ImportForm';
import { ImportPreview } from './ImportPreview';
import { ImportResult } from './ImportResult';
import { useDxText } from './messages';
import { Notice } from './Notice';
import { useImportRun } from './useImportRun';

/**
 * Import, step by step: choose a file and a mapping, preview (nothing written), commit with a
 * progress bar, then the result. The form stays above the preview, to preview a corrected file again.
 */
export const ImportSection = () => {
  const t = useDxText();
  const api = useDataExchangeApi();
  const mappings = useRemoteData(React.useCallback(() => api.mappings(), [api]));
  const token = useAuth('ImportSection', (auth) => auth.token);
  const { run, preview, commit, reset } = useImportRun(api, token);
  // A new form (its choices cleared) for each new import.
  const [formKey, setFormKey] = React.useState(0);
  const startOver = () => {
    reset();
    setFormKey((key) => key + 1);
  };

  const current = run.current;
  const writing = current && current.state !== 'previewed';
  const failure = run.failure && (
    <Notice variant="danger" data-testid="import-request-failed">
      {t(run.failure.during === 'preview' ? 'preview.failed' : 'commit.failed', { reason: run.failure.message ?? t('request.failed') })}
    </Notice>
  );

  if (!mappings.data) return <LoadState remote={mappings} />;
  return (
    <Flex direction="column" alignItems="stretch" gap={6} data-testid="import-section">
      {!writing && (
        <>
          <Typography textColor="neutral600">{t('import.intro')}</Typography>
          <ImportForm key={formKey} mappings={mappings.data} busy={run.busy === 'preview'} onPreview={preview} />
        </>
      )}
      {failure}
      {current?.state === 'previewed' && <ImportPreview preview={current} committing={run.busy === 'commit'} onCommit={commit} />}
      {writing && (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography tag="h2" variant="beta">
            {current.state === 'committed' || current.state === 'committing'
              ? t(current.state === 'committed' ? 'progress.done-title' : 'progress.title', { fileName: isolate(current.fileName) })
              : isolate(current.fileName)}
          </Typography>
          {current.state !== 'failed' && <CommitProgress current={current} />}
          {run.lost && <Notice variant="danger">{t('progress.lost')}</Notice>}
          {current.state === 'committed' && <ImportResult current={current} />}
          {current.state === 'failed' && (
            <Notice variant="danger" title={t('failed.title')} data-testid="import-failed">
              <Typography tag="p">
                <span dir="auto">{current.error}</span>
              </Typography>
              <Typography tag="p">{t('failed.nothing-written')}</Typography>
            </Notice>
          )}
          {current.state !== 'committing' && (
            <Flex>
              <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={startOver} data-testid="import-another">
                {t('import-another')}
              </Button>
            </Flex>
          )}
        </Flex>
      )}
    </Flex>
  );
};
