import { LANGUAGES, useI18n } from '../lib/i18n';

export function LanguageSwitcher() {
  const { lang, setLang, labels } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={labels.app.language}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {labels.lang[l]}
        </button>
      ))}
    </div>
  );
}
