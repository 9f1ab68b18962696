/** The saved versions of one page, and what changed from each to the next: fields, and paragraphs word by word. */
import { diffArticles, type ParagraphChange } from '../../../core/library/diff';
import type { SavedVersion } from '../../../core/library/saved';
import { FIELD_LABELS } from '../field-labels';
import { useT } from '../i18n';

function Paragraph({ change }: { change: ParagraphChange }) {
  const t = useT();
  if (change.kind === 'added')
    return (
      <p class="change added" data-change="added">
        <span class="visually-hidden">{t('libraryAdded')} </span>
        <ins>{change.text}</ins>
      </p>
    );
  if (change.kind === 'removed')
    return (
      <p class="change removed" data-change="removed">
        <span class="visually-hidden">{t('libraryRemoved')} </span>
        <del>{change.text}</del>
      </p>
    );
  if (change.kind === 'edited')
    return (
      <p class="change edited" data-change="edited">
        <span class="visually-hidden">{t('libraryEdited')} </span>
        {change.parts.map((part, i) =>
          part.kind === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : part.kind === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
    );
  return null;
}

function Changes({ before, after }: { before: SavedVersion; after: SavedVersion }) {
  const t = useT();
  const diff = diffArticles(before.article, after.article);
  const same = diff.paragraphs.filter((p) => p.kind === 'same').length;
  return (
    <div class="changes">
      <p class="summary" data-summary="">
        {t('libraryChangeSummary', [diff.added, diff.removed, diff.edited, same])}
      </p>
      {diff.fields.length > 0 && (
        <dl class="field-changes">
          {diff.fields.map((change) => (
            <div key={change.field} data-field-change={change.field}>
              <dt>{t(FIELD_LABELS[change.field])}</dt>
              <dd>
                <del>{change.before ?? t('fieldUnknown')}</del> → <ins>{change.after ?? t('fieldUnknown')}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {diff.paragraphs.map((change, i) => (
        <Paragraph key={i} change={change} />
      ))}
    </div>
  );
}

export function Versions(props: {
  versions: SavedVersion[];
  formatTime: (epoch: number) => string;
  onRead: (version: SavedVersion) => void;
  onClose: () => void;
}) {
  const t = useT();
  const { versions } = props;
  const latest = versions.at(-1);
  return (
    <section class="versions" aria-labelledby="versions-heading" data-versions="">
      <header class="panel-header">
        <h2 id="versions-heading" tabIndex={-1}>
          {t('libraryVersionsHeading', [latest?.article.title ?? latest?.url ?? ''])}
        </h2>
        <button type="button" class="link" onClick={props.onClose}>
          {t('libraryClose')}
        </button>
      </header>
      <ol class="version-list">
        {versions.map((version, i) => (
          <li key={version.id} data-version={i + 1}>
            <div class="version-head">
              <span>{t('libraryVersionSaved', [i + 1, props.formatTime(version.savedAt)])}</span>
              <button type="button" class="link" onClick={() => props.onRead(version)}>
                {t('libraryRead')}
              </button>
            </div>
            {i > 0 && <Changes before={versions[i - 1]!} after={version} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
