import { fill, useI18n } from '../lib/i18n';

export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { labels } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={fill(labels.pager.page, { page, pages })}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {labels.pager.previous}
      </button>
      <span aria-live="polite">{fill(labels.pager.page, { page, pages })}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {labels.pager.next}
      </button>
    </nav>
  );
}
