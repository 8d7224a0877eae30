import { useI18n } from '../lib/i18n';

export function Loading() {
  const { labels } = useI18n();
  return (
    <p className="loading" role="status">
      {labels.app.loading}
    </p>
  );
}
